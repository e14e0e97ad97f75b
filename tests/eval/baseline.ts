// The recorded figures: a test fails when one falls below its record. Records
// only move up (`npm run eval -- --record`).
import { fileURLToPath } from 'node:url';
import type { Figures } from './metrics';

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** Figure name → value; `falseAlarms` figures are better when lower. */
export type Baseline = Record<string, number>;

export function baselineFigures(results: Record<string, Figures>): Baseline {
  const out: Baseline = {};
  for (const [set, f] of Object.entries(results)) {
    out[`${set}.accuracy`] = f.accuracy;
    out[`${set}.macroF1`] = f.macroF1;
    out[`${set}.falseAlarms`] = f.sake.falseAlarms;
    out[`${set}.language`] = f.language;
  }
  return out;
}

export const lowerIsBetter = (name: string) => name.endsWith('.falseAlarms');

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
