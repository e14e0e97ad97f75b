// What the learned judgement reads in a draft: words and word pairs, the
// letters inside words (so that « inscrivez-vous » and "inscrire" share
// something), the shape of the post (length, links, an opening @handle…) and
// the analyzer's low-level signals as counts. Every feature is hashed into a
// fixed number of buckets, so the model ships as weights only; each feature
// keeps the span of the draft it came from, to explain a judgement with the
// draft's own words. Training and critique call the same code.
import type { Evidence, Lang } from '../types';
import type { SignalMap } from '../signals';

/** Which families of features a model reads; chosen by cross-validation (see the training script). */
export interface FeatureConfig {
  /** Number of hash buckets, a power of two. */
  dim: number;
  words: boolean;
  bigrams: boolean;
  /** Letter n-grams inside words, from `charMin` to `charMax` letters. */
  chars: boolean;
  charMin: number;
  charMax: number;
  shape: boolean;
  signals: boolean;
  /** How much a signal counts against one word (1 when absent). */
  signalGain?: number;
}

export interface FeatureInput {
  /** The cleaned draft. */
  text: string;
  /** `text` folded (lower case, no accents), same length. */
  folded: string;
  lang: Lang | null;
  /** The analyzer's signals; only their counts and spans are read. */
  signals?: SignalMap | undefined;
}

/** A sparse feature vector: bucket → value, and where each bucket's features are in the draft. */
export interface Vector {
  index: Int32Array;
  value: Float32Array;
}

/** Every occurrence of a feature, as parallel lists: its bucket, its weight in the bucket's value, its span. */
export interface Located {
  bucket: number[];
  weight: number[];
  start: number[];
  end: number[];
}

// Links, handles, hashtags, numbers, emoji, words (an elision keeps its apostrophe: « l' », « qu' »).
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s]+|[@#][\p{L}\p{N}_]+|\p{N}+(?:[.,:h]\p{N}+)*|\p{Extended_Pictographic}|[\p{L}\p{M}]+'?|[!?]/gu;

export interface Token {
  /** The token as the model reads it: a word, or a class such as `<url>`. */
  norm: string;
  start: number;
  end: number;
  /** A word made of letters, whose n-grams are read. */
  word: boolean;
}

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    const c = t.charCodeAt(0);
    if (t.startsWith('http') || t.startsWith('www.')) out.push({ norm: '<url>', start, end, word: false });
    else if (c === 64 /* @ */) out.push({ norm: out.length === 0 ? '<@0>' : '<@>', start, end, word: false });
    else if (c === 35 /* # */) {
      out.push({ norm: '<#>', start, end, word: false });
      out.push({ norm: `#${t.slice(1)}`, start, end, word: false });
    } else if (c >= 48 && c <= 57) out.push({ norm: /[:h]/.test(t) ? '<time>' : '<num>', start, end, word: false });
    else if (/\p{Extended_Pictographic}/u.test(t)) out.push({ norm: '<emoji>', start, end, word: false });
    else out.push({ norm: t, start, end, word: t !== '!' && t !== '?' });
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, continued from `h` over `text[from..to)`: the bucket of a feature name, built in parts. */
function fnv(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a, 32 bits: the bucket of a feature name. */
export function hash(name: string): number {
  return fnv(FNV_OFFSET, name) >>> 0;
}

const WORD = fnv(FNV_OFFSET, 'w|');
const PAIR = fnv(FNV_OFFSET, 'b|');
const LETTERS = fnv(FNV_OFFSET, 'c|');
const SPACE = ' '.charCodeAt(0);

// Values by bucket, reused from one draft to the next (the analyzer is single-threaded).
let scratch = new Float64Array(0);

function band(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
}

/** The features of a draft, with where each occurrence is. */
export function features(
  input: FeatureInput,
  config: FeatureConfig,
): { vector: Vector; located: Located; tokens: Token[] } {
  const { folded, lang } = input;
  const dim = config.dim;
  const mask = dim - 1;
  if (scratch.length !== dim) scratch = new Float64Array(dim);
  const totals = scratch;
  const touched: number[] = [];
  const located: Located = { bucket: [], weight: [], start: [], end: [] };
  const put = (h: number, weight: number, start: number, end: number) => {
    const bucket = (h >>> 0) & mask;
    if (totals[bucket] === 0) touched.push(bucket);
    totals[bucket]! += weight;
    located.bucket.push(bucket);
    located.weight.push(weight);
    located.start.push(start);
    located.end.push(end);
  };
  const add = (name: string, weight: number, start: number, end: number) =>
    put(fnv(FNV_OFFSET, name), weight, start, end);
  const tokens = tokenize(folded);

  // Words and pairs weigh 1/√n each, so a long post and a short one speak as loud.
  const norm = 1 / Math.sqrt(Math.max(1, tokens.length));
  if (config.words) for (const t of tokens) put(fnv(WORD, t.norm), norm, t.start, t.end);
  if (config.bigrams) {
    let prev: Token | null = null;
    for (const t of tokens) {
      const first = fnv(PAIR, prev ? prev.norm : '<s>');
      put(fnv(Math.imul(first ^ SPACE, FNV_PRIME), t.norm), norm, prev ? prev.start : t.start, t.end);
      prev = t;
    }
  }
  if (config.chars) {
    let grams = 0;
    for (const t of tokens) if (t.word) grams += Math.max(0, t.norm.length + 2 - config.charMin + 1);
    const w = 1 / Math.sqrt(Math.max(1, grams));
    // A word's letter n-grams, hashed once per distinct word.
    const known = new Map<string, number[]>();
    for (const t of tokens) {
      if (!t.word) continue;
      let hashes = known.get(t.norm);
      if (!hashes) {
        hashes = [];
        const padded = `_${t.norm}_`;
        for (let n = config.charMin; n <= config.charMax; n++)
          for (let i = 0; i + n <= padded.length; i++) hashes.push(fnv(LETTERS, padded, i, i + n));
        known.set(t.norm, hashes);
      }
      for (const h of hashes) put(h, w, t.start, t.end);
    }
  }
  if (config.shape) {
    const text = input.text;
    const whole = (name: string) => add(`m|${name}`, 1, 0, 0);
    whole(`len:${band(text.length, [40, 80, 140, 280, 500, 1000])}`);
    whole(`lines:${band((text.match(/\n/g) ?? []).length, [0, 2, 5])}`);
    const count = (norm: string) => tokens.filter((t) => t.norm === norm).length;
    whole(`url:${band(count('<url>'), [0, 1])}`);
    whole(`hashtags:${band(count('<#>'), [0, 1, 3])}`);
    whole(`mentions:${band(count('<@>') + count('<@0>'), [0, 1, 3])}`);
    whole(`emoji:${band(count('<emoji>'), [0, 2])}`);
    if (tokens[0]?.norm === '<@0>') whole('opens-with-handle');
    if (text.includes('?')) whole('question');
    if (text.includes('!')) whole('exclamation');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
    if (letters > 0 && text === folded) whole('all-lower');
    if (letters > 20 && upper / letters > 0.3) whole('shouting');
    whole(`lang:${lang ?? 'other'}`);
  }
  if (config.signals && input.signals) {
    for (const [id, list] of Object.entries(input.signals) as [string, Evidence[]][]) {
      if (list.length === 0) continue;
      // log(1 + n), shared among the occurrences so that each can be quoted.
      const each = ((config.signalGain ?? 1) * Math.log1p(list.length)) / list.length;
      for (const e of list) add(`s|${id}`, each, e.start, e.end);
    }
  }

  const index = Int32Array.from(touched).sort();
  const value = Float32Array.from(index, (b) => totals[b]!);
  for (const b of touched) totals[b] = 0;
  return { vector: { index, value }, located, tokens };
}
