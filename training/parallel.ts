// Cross-validation folds, and the fit on every post, run side by side, one
// worker thread per core (two here). Each job is fitted exactly as it would be
// alone, so the result does not depend on which thread ran it nor in which
// order; a thread takes the next job as soon as it is free, the largest (the
// fit on every post) first. The worker is bundled by esbuild on the fly, so
// that it runs the same from tsx, Vitest or plain Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Vector } from '../analyzers/model/features';
import { runJob, type Job, type JobResult, type Labels, type Scored, type Trained, type TrainSettings } from './heads';

const ENTRY = fileURLToPath(new URL('./fold-worker.ts', import.meta.url));

export interface Fitted {
  /** Out-of-fold probabilities of every row. */
  oof: Scored[];
  /** The heads fitted on every row, when asked for. */
  trained?: Trained;
}

/** Out-of-fold probabilities for every row (and, with `full`, the heads fitted on every row). */
export async function foldsInParallel(
  labels: readonly Labels[],
  vectors: readonly Vector[],
  settings: TrainSettings,
  foldOf: readonly number[],
  folds: number,
  full = false,
  threads = Math.min(folds + (full ? 1 : 0), availableParallelism()),
): Promise<Fitted> {
  const out: Fitted = { oof: new Array<Scored>(labels.length) };
  const keep = (result: JobResult) => {
    if (result.trained) out.trained = result.trained;
    result.at.forEach((i, j) => (out.oof[i] = result.scored[j]!));
  };
  const jobs: Job[] = [...(full ? (['full'] as const) : []), ...Array.from({ length: folds }, (_, f) => f)];
  if (threads <= 1) {
    for (const job of jobs) keep(runJob(labels, vectors, settings, foldOf, job));
    return out;
  }
  const dir = mkdtempSync(join(tmpdir(), 'whypost-folds-'));
  try {
    const file = join(dir, 'fold-worker.mjs');
    buildSync({
      entryPoints: [ENTRY],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    const plain = {
      labels: labels.map(({ label, cta, group }) => ({ label, cta, group })),
      vectors,
      settings,
      foldOf,
    };
    let next = 0;
    await Promise.all(
      Array.from(
        { length: threads },
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(file, { workerData: plain });
            const give = () => {
              if (next < jobs.length) worker.postMessage(jobs[next++]);
              else void worker.terminate().then(() => resolve());
            };
            worker.on('message', (result: JobResult) => {
              keep(result);
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0 && code !== 1) reject(new Error(`fold worker exited with ${code}`));
            });
            give();
          }),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
