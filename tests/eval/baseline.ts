// The recorded figures: a test fails when one falls below its record. Records
// only move up (`npm run eval -- --record`) while the corpus stays the same.
// A record belongs to the corpus it was measured on: figures of another corpus
// are another measurement (new sources can be harder), so when the corpus
// changes, `--record` starts the records afresh from that run, and the diff of
// baseline.json shows in the commit what the new corpus gave.
import { fileURLToPath } from 'node:url';
import type { RealPost } from '../../training/corpus';
import { corpusHash } from '../../training/model';
import type { Figures } from './metrics';

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** Figure name → value; `falseAlarms` figures are better when lower. */
export type Baseline = Record<string, number>;

/** What baseline.json holds: the corpus the figures were measured on, and the figures. */
export interface BaselineFile {
  corpus: CorpusStamp;
  figures: Baseline;
}

/** Enough to tell one corpus from another: sizes and a digest of every post's id, text and labels. */
export interface CorpusStamp {
  train: number;
  holdout: number;
  digest: string;
}

export function corpusStamp(train: readonly RealPost[], holdout: readonly RealPost[]): CorpusStamp {
  return { train: train.length, holdout: holdout.length, digest: corpusHash([...train, ...holdout]) };
}

export const sameCorpus = (a: CorpusStamp, b: CorpusStamp) =>
  a.train === b.train && a.holdout === b.holdout && a.digest === b.digest;

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

/**
 * The next record: on the same corpus, the better of the old and new value of
 * every figure; on another corpus, the new figures.
 */
export function nextRecord(old: BaselineFile, corpus: CorpusStamp, figures: Baseline): BaselineFile {
  const fresh: Baseline = {};
  for (const [name, value] of Object.entries(figures)) fresh[name] = Math.round(value * 10000) / 10000;
  return { corpus, figures: sameCorpus(old.corpus, corpus) ? raise(old.figures, figures) : fresh };
}

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
