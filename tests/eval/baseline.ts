// The recorded figures: a test fails when one falls below its record. Records
// only move up (`npm run eval -- --record`).
import { fileURLToPath } from 'node:url';
import type { Figures } from './metrics';

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** Figure name → value; `falseAlarms` figures are better when lower. */
export type Baseline = Record<string, number>;

/** The sets the record ratchets on: grouped cross-validation and the held-out real set, overall and by language. */
export const RECORDED_SETS = ['cv', 'cv.fr', 'cv.en', 'holdout', 'holdout.fr', 'holdout.en'];

export function baselineFigures(results: Record<string, Figures>): Baseline {
  const out: Baseline = {};
  for (const set of RECORDED_SETS) {
    const f = results[set];
    if (!f) continue;
    out[`${set}.accuracy`] = f.accuracy;
    out[`${set}.macroF1`] = f.macroF1;
    out[`${set}.falseAlarms`] = f.sake.falseAlarms;
    out[`${set}.stops`] = f.stops.share;
    out[`${set}.ctaFound`] = f.cta.found;
    out[`${set}.ctaMissing`] = f.cta.missing;
    out[`${set}.language`] = f.language;
  }
  return out;
}

export const lowerIsBetter = (name: string) => name.endsWith('.falseAlarms') || name.endsWith('.stops');

/** Keeps the better of the old and new value of every figure. */
export function raise(old: Baseline, next: Baseline): Baseline {
  const out: Baseline = { ...old };
  for (const [name, value] of Object.entries(next)) {
    const prev = old[name];
    const rounded = Math.round(value * 10000) / 10000;
    out[name] = prev === undefined ? rounded : lowerIsBetter(name) ? Math.min(prev, rounded) : Math.max(prev, rounded);
  }
  return out;
}
