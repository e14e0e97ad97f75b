// Fitting the two heads of the learned judgement on labelled rows, and
// reading them back as analyze() does. No file or draft reading here, so that
// cross-validation folds can run in worker threads (see parallel.ts).
import { hash, type FeatureConfig, type Vector } from '../analyzers/model/features';
import { encodeBuckets, loadHead, probabilities, toBase64, type HeadFile } from '../analyzers/model/format';
import { GENRES, type Genre } from '../analyzers/types';
import { balanced, fit, toRows, type Fit } from './learn';

/** What a head is fitted on: a post's genre, its call to action (null: ambiguous) and its source. */
export interface Labels {
  label: Genre;
  cta: boolean | null;
  group: string;
}

export interface TrainSettings {
  features: FeatureConfig;
  /** L2 strength of the genre head. */
  l2: number;
  /** L2 strength of the call-to-action head. */
  ctaL2: number;
  /** Buckets whose largest quantised weight is below this (in 1/127 of the largest) are dropped. */
  prune: number;
  /** Weigh the posts so that every genre counts as much in the fit, whatever its size. */
  balance: boolean;
  /**
   * A feature gets a weight only when posts of at least this many sources carry it: words of one
   * account or one dataset (a line number, a team's hashtag) teach nothing about the next source.
   */
  minSources: number;
  /** Weigh each post by 1/√(its source's size), so that a large source does not set the style. */
  sourceBalance: boolean;
  /** Relative improvement of the loss below which a fit stops. */
  tolerance: number;
  /**
   * For a learning curve (`npm run train -- --compare`): each cross-validation fold trains on this share of
   * its training posts or of their sources, chosen by a fixed hash; the posts it scores stay the same.
   */
  trainShare?: { share: number; by: 'post' | 'source' };
}

export const SETTINGS: TrainSettings = {
  features: {
    dim: 1 << 18,
    words: true,
    bigrams: true,
    chars: true,
    charMin: 3,
    charMax: 4,
    shape: true,
    signals: true,
    // Lexicon signals count 1.5× a word: chosen on grouped cross-validation (decision 010).
    signalGain: 1.5,
  },
  l2: 1e-4,
  ctaL2: 1e-4,
  // 7: the weights that move a probability least go, so that the model stays near 210 KB gzip
  // (the worker's budget is 400 KB) as the corpus grows; chosen on size alone.
  prune: 7,
  balance: true,
  minSources: 2,
  sourceBalance: false,
  tolerance: 1e-5,
};

/** How much each post counts in the fit: genres balanced, sources damped, as the settings say. */
function rowWeights(
  labels: readonly number[],
  groups: readonly string[],
  classes: number,
  settings: TrainSettings,
): Float64Array {
  const out = settings.balance ? balanced(labels, classes) : new Float64Array(labels.length).fill(1);
  if (settings.sourceBalance) {
    const size = new Map<string, number>();
    for (const g of groups) size.set(g, (size.get(g) ?? 0) + 1);
    groups.forEach((g, i) => (out[i]! /= Math.sqrt(size.get(g)!)));
  }
  return out;
}

/** Fits one head on the rows at `rows`, with classes balanced. */
function fitHead(
  vectors: readonly Vector[],
  labels: readonly number[],
  groups: readonly string[],
  classes: number,
  l2: number,
  dim: number,
  settings: TrainSettings,
): Fit {
  // Only buckets that posts of `minSources` sources (and at least two posts) carry get a column:
  // smaller, faster, and what is left can speak of a source the model has not seen.
  // Counted in arrays over the buckets (a map per bucket was a tenth of the fit's time).
  const m = settings.minSources;
  const groupId = new Map<string, number>();
  const posts = new Int32Array(dim);
  const seen = new Int32Array(dim * m);
  const distinct = new Uint8Array(dim);
  vectors.forEach((v, i) => {
    let g = groupId.get(groups[i]!);
    if (g === undefined) groupId.set(groups[i]!, (g = groupId.size));
    for (const bucket of v.index) {
      posts[bucket]!++;
      const n = distinct[bucket]!;
      if (n >= m) continue;
      let known = false;
      for (let s = 0; s < n; s++) if (seen[bucket * m + s] === g) known = true;
      if (!known) {
        seen[bucket * m + n] = g;
        distinct[bucket] = n + 1;
      }
    }
  });
  // Columns in the order the buckets first appear, as before.
  const column = new Int32Array(dim).fill(-1);
  const buckets: number[] = [];
  for (const v of vectors)
    for (const bucket of v.index)
      if (posts[bucket]! >= 2 && distinct[bucket]! >= m && column[bucket] === -1) {
        column[bucket] = buckets.length;
        buckets.push(bucket);
      }
  const compact = vectors.map((v) => {
    const keep = Array.from(v.index.keys()).filter((i) => column[v.index[i]!] !== -1);
    return {
      index: Int32Array.from(keep, (i) => column[v.index[i]!]!),
      value: Float32Array.from(keep, (i) => v.value[i]!),
    };
  });
  const result = fit(toRows(compact, buckets.length), labels, {
    classes,
    l2,
    rowWeights: rowWeights(labels, groups, classes, settings),
    tolerance: settings.tolerance,
  });
  // Back to buckets.
  const weights = new Float64Array(classes * dim);
  for (const [j, bucket] of buckets.entries())
    for (let c = 0; c < classes; c++) weights[c * dim + bucket] = result.weights[c * buckets.length + j]!;
  return { ...result, dim, weights };
}

/** Quantises a head to 8 bits a weight, dropping buckets whose weights all round below `prune`. */
export function quantise(head: Fit, classes: readonly string[], prune: number): HeadFile {
  const { dim } = head;
  const scale = classes.map((_, c) => {
    let max = 0;
    for (let j = 0; j < dim; j++) max = Math.max(max, Math.abs(head.weights[c * dim + j]!));
    return max > 0 ? max / 127 : 1;
  });
  const buckets: number[] = [];
  const bytes: number[] = [];
  for (let j = 0; j < dim; j++) {
    const q = classes.map((_, c) => Math.round(head.weights[c * dim + j]! / scale[c]!));
    if (!q.some((x) => Math.abs(x) >= prune)) continue;
    buckets.push(j);
    for (const x of q) bytes.push(x & 0xff);
  }
  return {
    classes: [...classes],
    bias: Array.from(head.bias, (b) => Number(b.toPrecision(8))),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    buckets: encodeBuckets(Int32Array.from(buckets)),
    weights: toBase64(Uint8Array.from(bytes)),
  };
}

export interface Trained {
  genre: HeadFile;
  cta: HeadFile;
}

const GENRE_INDEX = new Map(GENRES.map((g, i) => [g, i]));

/** Fits both heads on labelled posts whose vectors are given in the same order. */
export function trainHeads(posts: readonly Labels[], vectors: readonly Vector[], settings: TrainSettings): Trained {
  const dim = settings.features.dim;
  const genre = fitHead(
    vectors,
    posts.map((p) => GENRE_INDEX.get(p.label)!),
    posts.map((p) => p.group),
    GENRES.length,
    settings.l2,
    dim,
    settings,
  );
  const withCta = posts.flatMap((p, i) => (p.cta === null ? [] : [i]));
  const cta = fitHead(
    withCta.map((i) => vectors[i]!),
    withCta.map((i) => (posts[i]!.cta ? 1 : 0)),
    withCta.map((i) => posts[i]!.group),
    2,
    settings.ctaL2,
    dim,
    settings,
  );
  return {
    genre: quantise(genre, GENRES, settings.prune),
    cta: quantise(cta, ['no', 'yes'], settings.prune),
  };
}

export interface Scored {
  /** Genre probabilities, in GENRES order. */
  genre: Float64Array;
  cta: number;
}

/** Probabilities of each vector under trained heads, read back from the file format as analyze() does. */
export function score(trained: Trained, vectors: readonly Vector[]): Scored[] {
  const genre = loadHead(trained.genre);
  const cta = loadHead(trained.cta);
  return vectors.map((v) => ({
    genre: probabilities(genre, v.index, v.value),
    cta: probabilities(cta, v.index, v.value)[1]!,
  }));
}

/** One cross-validation fold: heads fitted on the other folds, probabilities of this fold's rows. */
export function runFold(
  labels: readonly Labels[],
  vectors: readonly Vector[],
  settings: TrainSettings,
  foldOf: readonly number[],
  fold: number,
): { at: number[]; scored: Scored[] } {
  const part = settings.trainShare;
  const kept = (i: number) => !part || hash(part.by === 'post' ? `${i}` : labels[i]!.group) / 2 ** 32 < part.share;
  const trainAt = labels.flatMap((_, i) => (foldOf[i] !== fold && kept(i) ? [i] : []));
  const at = labels.flatMap((_, i) => (foldOf[i] === fold ? [i] : []));
  if (at.length === 0) return { at, scored: [] };
  const trained = trainHeads(
    trainAt.map((i) => labels[i]!),
    trainAt.map((i) => vectors[i]!),
    settings,
  );
  return {
    at,
    scored: score(
      trained,
      at.map((i) => vectors[i]!),
    ),
  };
}

/** A unit of training work: one cross-validation fold, or the heads fitted on every row. */
export type Job = number | 'full';

export interface JobResult {
  /** The rows scored out of fold (none for the full fit). */
  at: number[];
  scored: Scored[];
  trained?: Trained;
}

export function runJob(
  labels: readonly Labels[],
  vectors: readonly Vector[],
  settings: TrainSettings,
  foldOf: readonly number[],
  job: Job,
): JobResult {
  if (job === 'full') return { at: [], scored: [], trained: trainHeads(labels, vectors, settings) };
  return runFold(labels, vectors, settings, foldOf, job);
}
