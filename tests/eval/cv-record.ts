// The cross-validation's figures, kept with what they were computed from.
// Grouped cross-validation trains five models and the shipped one (minutes on
// two cores); its figures are a pure function of the training posts, the
// committed model and the training and metric code, all seeded. So `npm run
// eval` writes them here with a digest of those inputs, and prints them again
// without training while the digest still matches; any change of an input
// retrains. `eval.test.ts` trains afresh and fails unless this file holds
// exactly what the fresh run gives, on the current inputs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR } from '../../training/corpus';
import { MODEL_PATH } from '../../training/paths';
import type { Figures } from './metrics';

export const CV_RECORD_PATH = fileURLToPath(new URL('./cv.json', import.meta.url));
const TRAINING_DIR = fileURLToPath(new URL('../../training/', import.meta.url));
const EVAL_CODE = ['data.ts', 'metrics.ts'].map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url)));

/** The sets cross-validation gives: overall and by language. */
export const CV_SETS = ['cv', 'cv.fr', 'cv.en'] as const;

export interface CvRecord {
  /** Digest of every input the figures depend on (see `cvInputs`). */
  inputs: string;
  results: Record<(typeof CV_SETS)[number], Figures>;
}

const ts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(dir, f));

/**
 * What the cross-validated figures are computed from: the corpus's training
 * files, the committed model (it changes when the features or the analyzer's
 * reading of a post do), the training code and the evaluation's own code.
 */
export function cvInputFiles(): string[] {
  const corpus = readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout'))
    .sort()
    .map((f) => join(REAL_DIR, f));
  return [...corpus, MODEL_PATH, ...ts(TRAINING_DIR), ...EVAL_CODE];
}

export function cvInputs(files: readonly string[] = cvInputFiles()): string {
  const h = createHash('sha256');
  // Names relative to the project, so that the digest is the same in every checkout.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const f of files)
    h.update(`${f.slice(root.length)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The recorded figures when they were computed from the current inputs; otherwise undefined. */
export function currentCvRecord(): CvRecord | undefined {
  let record: CvRecord;
  try {
    record = JSON.parse(readFileSync(CV_RECORD_PATH, 'utf8')) as CvRecord;
  } catch {
    return undefined;
  }
  return record.inputs === cvInputs() ? record : undefined;
}

export function cvRecord(results: Record<string, Figures>): CvRecord {
  const picked = Object.fromEntries(CV_SETS.map((set) => [set, results[set]!])) as CvRecord['results'];
  return { inputs: cvInputs(), results: picked };
}

export function writeCvRecord(results: Record<string, Figures>): void {
  writeFileSync(CV_RECORD_PATH, JSON.stringify(cvRecord(results), null, 2) + '\n');
}
