// Which words the French and English lexicons know, without loading a parser.
// The sets come from the lexicons of compromise (English) and fr-compromise
// (French), expanded at build time (`npm run train` writes words.json) and
// shipped as two Bloom filters: 7 bits a word, about 3 % of unknown words
// taken for known ones, the same for both languages (decision 010).
import type { Lang } from './types';
import committed from './words.json';
import { fromBase64, toBase64 } from './model/format';

export interface WordFilterFile {
  /** Bits per word and number of hashes, as built. */
  bitsPerWord: number;
  hashes: number;
  /** Per language: the number of words, the filter's size in bits, the bits in base64. */
  lexicons: Record<Lang, { words: number; bits: number; data: string }>;
}

interface Filter {
  bits: number;
  data: Uint8Array;
}

const FNV_PRIME = 16777619;
const SEED_A = 2166136261;
const SEED_B = 0x9747b28c;

function fnv(word: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** The filter's positions of `word`: double hashing, h1 + i·h2. */
export function positions(word: string, hashes: number, bits: number): number[] {
  const a = fnv(word, SEED_A);
  const b = fnv(word, SEED_B) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push(((a + Math.imul(i, b)) >>> 0) % bits);
  return out;
}

/** Builds the filter file of the given word lists (build time). */
export function buildFilters(lexicons: Record<Lang, readonly string[]>, bitsPerWord = 7): WordFilterFile {
  const hashes = Math.max(1, Math.round(bitsPerWord * Math.LN2));
  const out = { bitsPerWord, hashes, lexicons: {} } as WordFilterFile;
  for (const lang of ['en', 'fr'] as const) {
    const words = [...new Set(lexicons[lang])].sort();
    const bits = Math.max(8, Math.ceil(words.length * bitsPerWord));
    const data = new Uint8Array(Math.ceil(bits / 8));
    for (const w of words) for (const p of positions(w, hashes, bits)) data[p >> 3]! |= 1 << (p & 7);
    out.lexicons[lang] = { words: words.length, bits, data: toBase64(data) };
  }
  return out;
}

const file = committed as WordFilterFile;
const filters: Partial<Record<Lang, Filter>> = {};

function filter(lang: Lang): Filter {
  return (filters[lang] ??= { bits: file.lexicons[lang].bits, data: fromBase64(file.lexicons[lang].data) });
}

/** Whether the language's lexicon knows `word` (lower case, no accents); rarely a false yes. */
export function knows(word: string, lang: Lang): boolean {
  const { bits, data } = filter(lang);
  return positions(word, file.hashes, bits).every((p) => (data[p >> 3]! & (1 << (p & 7))) !== 0);
}

/** Share of the words that the language's lexicon knows (lower-case words without accents). */
export function coverage(words: readonly string[], lang: Lang): number {
  if (words.length === 0) return 0;
  return words.filter((w) => knows(w, lang)).length / words.length;
}
