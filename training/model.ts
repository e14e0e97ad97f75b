// From labelled posts to the committed model file: reading each post as the
// analyzer does, fitting the genre and call-to-action heads, choosing the
// thresholds on out-of-fold probabilities, quantising. Shared by `npm run
// train` and `npm run eval` (whose cross-validation trains the same way).
import { createHash } from 'node:crypto';
import { preset } from '../analyzers/brand';
import { featureInput, readDraft } from '../analyzers/draft';
import { features, type FeatureConfig, type FeatureInput, type Vector } from '../analyzers/model/features';
import type { ModelFile } from '../analyzers/model/format';
import { GENRES } from '../analyzers/types';
import type { RealPost } from './corpus';
import { SETTINGS, type Scored, type TrainSettings } from './heads';
import { foldsInParallel } from './parallel';

export { SETTINGS, type Scored, type TrainSettings } from './heads';

const brand = preset('default');
const GENRE_INDEX = new Map(GENRES.map((g, i) => [g, i]));

/** Reads a post as `analyze()` reads a draft, up to what the model needs. */
export function readPost(post: { text: string }): FeatureInput {
  return featureInput(readDraft(post.text, { brand }));
}

export function vectorize(inputs: readonly FeatureInput[], config: FeatureConfig): Vector[] {
  return inputs.map((input) => features(input, config).vector);
}

/** Genre probabilities with their scores divided by `t`: p_c^(1/t), normalised. */
export function soften(p: Float64Array, t: number): Float64Array {
  const out = Float64Array.from(p, (v) => Math.pow(Math.max(v, 1e-300), 1 / t));
  const sum = out.reduce((a, b) => a + b, 0);
  return out.map((v) => v / sum);
}

/**
 * The temperature that makes out-of-fold genre probabilities honest (lowest
 * log-loss): a model is surer on its own sources than it should be on new ones.
 */
export function fitTemperature(posts: readonly RealPost[], scored: readonly Scored[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.5; t <= 4.001; t += 0.05) {
    let loss = 0;
    posts.forEach(
      (p, i) => (loss -= Math.log(Math.max(soften(scored[i]!.genre, t)[GENRE_INDEX.get(p.label)!]!, 1e-12))),
    );
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}

/** Folds by group: every post of a group is in one fold. Greedy, largest groups first, so folds have similar sizes. */
export function groupFolds(posts: readonly RealPost[], folds: number): number[] {
  const sizes = new Map<string, number>();
  for (const p of posts) sizes.set(p.group, (sizes.get(p.group) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const [group, size] of order) {
    let f = 0;
    for (let i = 1; i < folds; i++) if (load[i]! < load[f]!) f = i;
    foldOf.set(group, f);
    load[f]! += size;
  }
  return posts.map((p) => foldOf.get(p.group)!);
}

/** Out-of-fold probabilities: each post scored by a model that saw no post of its group. */
export async function crossValidate(
  posts: readonly RealPost[],
  vectors: readonly Vector[],
  settings: TrainSettings,
  folds = 5,
): Promise<Scored[]> {
  return (await foldsInParallel(posts, vectors, settings, groupFolds(posts, folds), folds)).oof;
}

const PURPOSEFUL = GENRE_INDEX.get('purposeful')!;
const argmax = (p: Float64Array) => p.reduce((best, v, c) => (v > p[best]! ? c : best), 0);

/**
 * The lowest probability of "not purposeful" above which at most `share` of
 * the purposeful posts would be stopped (their genre read as another and
 * their probability above it).
 */
export function stopThreshold(posts: readonly RealPost[], scored: readonly Scored[], share = 0.05): number {
  const flagged = posts
    .flatMap((p, i) =>
      p.label === 'purposeful' && argmax(scored[i]!.genre) !== PURPOSEFUL ? [1 - scored[i]!.genre[PURPOSEFUL]!] : [],
    )
    .sort((a, b) => b - a);
  const purposeful = posts.filter((p) => p.label === 'purposeful').length;
  const allowed = Math.floor(share * purposeful);
  // Stop above the (allowed+1)-th highest: at most `allowed` stay above.
  const t = flagged[allowed];
  return t === undefined ? 0.5 : Number(t.toFixed(4));
}

/** The call-to-action threshold that best balances finding one and reporting one missing. */
export function ctaThreshold(posts: readonly RealPost[], scored: readonly Scored[]): number {
  const rows = posts.flatMap((p, i) => (p.cta === null ? [] : [{ yes: p.cta, p: scored[i]!.cta }]));
  const yes = rows.filter((r) => r.yes).length;
  const no = rows.length - yes;
  let best = 0.5;
  let bestScore = -1;
  for (let t = 0.05; t < 0.951; t += 0.01) {
    const found = rows.filter((r) => r.yes && r.p > t).length / Math.max(1, yes);
    const missing = rows.filter((r) => !r.yes && r.p <= t).length / Math.max(1, no);
    // The bars: 0.90 found, 0.85 reported missing; the worse-off of the two decides.
    const s = Math.min(found / 0.9, missing / 0.85) + 1e-3 * (found + missing);
    if (s > bestScore) {
      bestScore = s;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}

export function corpusHash(posts: readonly RealPost[]): string {
  const h = createHash('sha256');
  for (const p of posts) h.update(`${p.id}\t${p.label}\t${p.cta}\t${p.group}\t${p.text}\n`);
  return h.digest('hex').slice(0, 16);
}

export interface Training {
  model: ModelFile;
  /** The language each post was read in (null: neither French nor English). */
  langs: (string | null)[];
  /** Out-of-fold probabilities of every training post, in corpus order, genre probabilities calibrated. */
  oof: Scored[];
}

/** Trains the model that ships: thresholds from grouped cross-validation, heads on every training post. */
export async function train(posts: readonly RealPost[], settings: TrainSettings = SETTINGS): Promise<Training> {
  const inputs = posts.map(readPost);
  const vectors = vectorize(inputs, settings.features);
  // The folds and the fit on every post share the cores.
  const { oof: raw, trained } = await foldsInParallel(posts, vectors, settings, groupFolds(posts, 5), 5, true);
  if (!trained) throw new Error('the fit on every post did not run');
  const temperature = fitTemperature(posts, raw);
  const oof = raw.map((s) => ({ ...s, genre: soften(s.genre, temperature) }));
  const model: ModelFile = {
    format: 1,
    features: settings.features,
    genre: trained.genre,
    cta: trained.cta,
    temperature,
    thresholds: { stop: stopThreshold(posts, oof), cta: ctaThreshold(posts, oof) },
    trained: {
      posts: posts.length,
      sources: new Set(posts.map((p) => p.group)).size,
      corpusHash: corpusHash(posts),
      l2: settings.l2,
      prune: settings.prune,
    },
  };
  return { model, oof, langs: inputs.map((i) => i.lang) };
}

/** The model file as committed: one line of JSON. */
export const serialise = (model: ModelFile) => JSON.stringify(model) + '\n';
