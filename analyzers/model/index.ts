// The learned judgement: the genre of a draft and whether it tells the reader
// to do something, from weights trained on real posts (`npm run train`,
// training/). The words that weighed most are mapped back to the draft so that
// every judgement can be explained with the writer's own words.
import { GENRES, type Evidence, type Genre } from '../types';
import { features, type FeatureInput, type Located, type Token } from './features';
import { find, loadHead, probabilities, type Head, type ModelFile } from './format';

export { probabilities } from './format';
import committed from './model.json';

export interface Judgement {
  genre: Genre;
  /** Probability of each genre; they add up to 1. */
  probabilities: Record<Genre, number>;
  /** Probability that the post is published for publishing's sake (any genre but purposeful). */
  flagged: number;
  /** Above the threshold chosen so that at most 5 % of purposeful posts are stopped. */
  stop: boolean;
  /**
   * Set when a fact decided the genre, whatever the model read: the draft answers someone (a reply,
   * an X draft opening on a handle), or asks for what Meta does not call bait (advice, help, a fundraiser).
   */
  fact?: boolean;
  /** The words that weighed most towards the genre (rather than the nearest other reading). */
  evidence: Evidence[];
  cta: {
    probability: number;
    present: boolean;
    /** The words that weighed most towards a call to action, when there is one. */
    evidence: Evidence[];
  };
}

export interface Model {
  file: ModelFile;
  genre: Head;
  cta: Head;
}

export function loadModel(file: ModelFile): Model {
  const genre = loadHead(file.genre);
  const cta = loadHead(file.cta);
  if (genre.classes.join() !== GENRES.join()) throw new Error('model file: unexpected genre classes');
  if (cta.classes.join() !== 'no,yes') throw new Error('model file: unexpected call-to-action classes');
  return { file, genre, cta };
}

let cached: Model | null = null;
/** The committed model, decoded once. */
export function defaultModel(): Model {
  return (cached ??= loadModel(committed as ModelFile));
}

/**
 * Whether the words ending at `end` and starting at `start` may be quoted as
 * one phrase: not when something the writer does not see (markup) stood between them.
 */
export type Joinable = (end: number, start: number) => boolean;

const MAX_PHRASES = 3;
const MAX_PHRASE_TOKENS = 8;

/**
 * The draft's words that pushed `target` above `contrast`, as up to three
 * phrases, strongest first. Each feature's contribution is shared among the
 * tokens it covers; neighbouring tokens that weigh make one phrase.
 */
export function explain(
  head: Head,
  target: number,
  contrast: number,
  located: Located,
  tokens: readonly Token[],
  text: string,
  kind: string,
  joinable: Joinable = () => true,
): Evidence[] {
  if (tokens.length === 0) return [];
  const k = head.classes.length;
  const score = new Float64Array(tokens.length);
  const rows = new Map<number, number>();
  // Tokens are in text order: the first token ending after `start`.
  const firstAfter = (start: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let o = 0; o < located.bucket.length; o++) {
    const start = located.start[o]!;
    const end = located.end[o]!;
    if (end <= start) continue;
    const bucket = located.bucket[o]!;
    let row = rows.get(bucket);
    if (row === undefined) rows.set(bucket, (row = find(head.buckets, bucket)));
    if (row < 0) continue;
    const delta = head.weights[row * k + target]! - head.weights[row * k + contrast]!;
    const from = firstAfter(start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end) to++;
    if (to === from) continue;
    const share = (located.weight[o]! * delta) / (to - from);
    for (let t = from; t < to; t++) score[t]! += share;
  }
  let top = 0;
  for (const s of score) top = Math.max(top, s);
  if (top <= 0) return [];
  const floor = top * 0.3;
  const phrases: { from: number; to: number; weight: number }[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (score[t]! < floor) continue;
    let end = t;
    let weight = 0;
    weight += score[end++]!;
    while (
      end < tokens.length &&
      score[end]! >= floor &&
      end - t < MAX_PHRASE_TOKENS &&
      !text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n') &&
      joinable(tokens[end - 1]!.end, tokens[end]!.start)
    )
      weight += score[end++]!;
    phrases.push({ from: t, to: end, weight });
    t = end - 1;
  }
  return phrases
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_PHRASES)
    .map(({ from, to }) => {
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      return { kind, start, end, text: text.slice(start, end) };
    });
}

const PURPOSEFUL = GENRES.indexOf('purposeful');

/** Judges a draft: its genre with probabilities, whether to stop it, and its call to action. */
export function judge(input: FeatureInput, model: Model = defaultModel(), joinable?: Joinable): Judgement {
  const { vector, located, tokens } = features(input, model.file.features);
  const p = probabilities(model.genre, vector.index, vector.value, model.file.temperature);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const genre = GENRES[best]!;
  const probs = Object.fromEntries(GENRES.map((g, c) => [g, p[c]!])) as Record<Genre, number>;
  const flagged = 1 - p[PURPOSEFUL]!;
  // Why this genre rather than the nearest other reading.
  let contrast = best === PURPOSEFUL ? -1 : PURPOSEFUL;
  if (contrast < 0)
    for (let c = 0; c < p.length; c++) if (c !== best && (contrast < 0 || p[c]! > p[contrast]!)) contrast = c;
  const evidence = explain(model.genre, best, contrast, located, tokens, input.text, 'model', joinable);
  const q = probabilities(model.cta, vector.index, vector.value);
  const ctaProbability = q[1]!;
  const present = ctaProbability > model.file.thresholds.cta;
  return {
    genre,
    probabilities: probs,
    flagged,
    stop: genre !== 'purposeful' && flagged > model.file.thresholds.stop,
    evidence,
    cta: {
      probability: ctaProbability,
      present,
      // Only a call to action found is shown with its words.
      evidence: present ? explain(model.cta, 1, 0, located, tokens, input.text, 'model-cta', joinable) : [],
    },
  };
}
