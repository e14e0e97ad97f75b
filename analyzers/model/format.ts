// The committed model file: what `npm run train` writes and `analyze()` reads.
// Weights are stored sparse and quantised to 8 bits (a scale per class), as
// base64 text inside JSON, so that the same file loads in Node and in the
// extension's bundles.
import type { FeatureConfig } from './features';

export interface HeadFile {
  /** Class names, in the order of the weights. */
  classes: string[];
  bias: number[];
  /** A quantised weight q stands for q × scale[class]. */
  scale: number[];
  /** The buckets that have a weight: ascending, as base64 of LEB128 deltas. */
  buckets: string;
  /** int8 weights, bucket by bucket, one per class: base64. */
  weights: string;
}

export interface ModelFile {
  format: 1;
  features: FeatureConfig;
  /** The genre, over the five genres. */
  genre: HeadFile;
  /** Whether the post tells the reader to do something: classes ["no", "yes"]. */
  cta: HeadFile;
  /**
   * The genre head's scores are divided by this before the softmax: fitted on
   * cross-validation so that a probability of 0.7 is right about 70 % of the
   * time on sources the model has not seen.
   */
  temperature: number;
  thresholds: {
    /**
     * Probability that a post is not purposeful above which the verdict stops
     * publishing; chosen on cross-validation so that at most 5 % of purposeful
     * posts are stopped.
     */
    stop: number;
    /** Probability of a call to action above which the brief counts one. */
    cta: number;
  };
  /** What the model was trained on, for the record. */
  trained: { posts: number; sources: number; corpusHash: string; l2: number; prune: number };
}

export interface Head {
  classes: string[];
  bias: Float64Array;
  buckets: Int32Array;
  /** weights[i * classes + c]: dequantised. */
  weights: Float32Array;
}

// Base64 without Buffer or atob differences between Node and browsers.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = DECODE[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`invalid base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBuckets(buckets: Int32Array): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const b of buckets) {
    let d = b - prev;
    prev = b;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeBuckets(text: string): Int32Array {
  const bytes = fromBase64(text);
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < bytes.length;) {
    let d = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++]!;
      d |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    prev += d;
    out.push(prev);
  }
  return Int32Array.from(out);
}

export function loadHead(file: HeadFile): Head {
  const buckets = decodeBuckets(file.buckets);
  const raw = fromBase64(file.weights);
  const k = file.classes.length;
  if (raw.length !== buckets.length * k) throw new Error('model file: weights and buckets disagree');
  const weights = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const q = raw[i]! > 127 ? raw[i]! - 256 : raw[i]!;
    weights[i] = q * file.scale[i % k]!;
  }
  return { classes: file.classes, bias: Float64Array.from(file.bias), buckets, weights };
}

/** Where a bucket's weights are in a head (binary search), or -1. */
export function find(buckets: Int32Array, bucket: number): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = buckets[mid]!;
    if (v === bucket) return mid;
    if (v < bucket) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Probabilities of a head's classes for a feature vector, its scores divided by `temperature`. */
export function probabilities(head: Head, index: Int32Array, value: Float32Array, temperature = 1): Float64Array {
  const k = head.classes.length;
  const z = Float64Array.from(head.bias);
  for (let i = 0; i < index.length; i++) {
    const row = find(head.buckets, index[i]!);
    if (row < 0) continue;
    const v = value[i]!;
    for (let c = 0; c < k; c++) z[c]! += head.weights[row * k + c]! * v;
  }
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp((z[c]! - max) / temperature);
    sum += z[c]!;
  }
  for (let c = 0; c < k; c++) z[c]! /= sum;
  return z;
}
