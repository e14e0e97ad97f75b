// Cross-validation folds fitted side by side, one worker thread per core (two
// here). Each fold is fitted exactly as it would be alone, so the result does
// not depend on which thread ran it. The worker is bundled by esbuild on the
// fly, so that it runs the same from tsx, Vitest or plain Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Vector } from '../analyzers/model/features';
import { runFold, type Labels, type Scored, type TrainSettings } from './heads';

const ENTRY = fileURLToPath(new URL('./fold-worker.ts', import.meta.url));

/** Out-of-fold probabilities for every row; folds are spread over the cores. */
export async function foldsInParallel(
  labels: readonly Labels[],
  vectors: readonly Vector[],
  settings: TrainSettings,
  foldOf: readonly number[],
  folds: number,
  threads = Math.min(folds, availableParallelism()),
): Promise<Scored[]> {
  const out: Scored[] = new Array(labels.length);
  const keep = (at: number[], scored: Scored[]) => at.forEach((i, j) => (out[i] = scored[j]!));
  if (threads <= 1) {
    for (let f = 0; f < folds; f++) {
      const { at, scored } = runFold(labels, vectors, settings, foldOf, f);
      keep(at, scored);
    }
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
    await Promise.all(
      Array.from({ length: threads }, (_, t) => {
        const mine = Array.from({ length: folds }, (_, f) => f).filter((f) => f % threads === t);
        return new Promise<void>((resolve, reject) => {
          const worker = new Worker(file, { workerData: { ...plain, folds: mine } });
          worker.on('message', (m: { at: number[]; scored: Scored[] }) => keep(m.at, m.scored));
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fold worker exited with ${code}`))));
        });
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
