// The real labelled corpus (tests/corpus/real): reading and checking it. A
// malformed line stops training and evaluation with `file:line: reason`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { GENRES, type Genre } from '../analyzers/types';

export const REAL_DIR = fileURLToPath(new URL('../tests/corpus/real/', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const Flag = v.nullable(v.boolean());
const Line = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  text: v.pipe(v.string(), v.regex(/\S/, 'must have some text')),
  lang: v.picklist(['fr', 'en'], 'must be "fr" or "en"'),
  label: v.picklist(GENRES, `must be one of ${GENRES.join(', ')}`),
  cta: Flag,
  source: v.pipe(v.string(), v.minLength(3, 'must say where the post comes from')),
  group: v.pipe(v.string(), v.minLength(3, 'must name the repository or site the post comes from')),
  account: v.optional(v.nullable(v.string())),
  platform: v.optional(v.picklist(['x', 'facebook', 'linkedin', 'instagram', 'other'])),
  why: v.optional(v.string()),
  second: v.optional(v.unknown()),
});

export interface RealPost {
  id: string;
  text: string;
  lang: 'fr' | 'en';
  label: Genre;
  /** Whether the post tells the reader to do something; null when genuinely ambiguous. */
  cta: boolean | null;
  source: string;
  /** The repository or site the post comes from: posts of one group never sit on both sides of a split. */
  group: string;
  account?: string | null;
  platform?: 'x' | 'facebook' | 'linkedin' | 'instagram' | 'other';
  /** Where it was read from: `tests/corpus/real/FILE:LINE`. */
  at: string;
}

export class CorpusError extends Error {}

/** Reads one corpus file; throws `file:line: reason` on the first bad line. */
export function readCorpusFile(path: string): RealPost[] {
  const name = relative(ROOT, path);
  const out: RealPost[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const at = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new CorpusError(`${at}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const result = v.safeParse(Line, value);
    if (!result.success) {
      const issue = result.issues[0];
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? '(line)';
      throw new CorpusError(`${at}: ${field}: ${issue.message}`);
    }
    out.push({ ...result.output, at } as RealPost);
  });
  return out;
}

export interface RealCorpus {
  /** Training and cross-validation posts. */
  train: RealPost[];
  /** The held-out real set: never trained or tuned on. */
  holdout: RealPost[];
}

/** Every file of tests/corpus/real: holdout*.jsonl apart, the rest for training. Ids must be unique. */
export function readRealCorpus(dir: string = REAL_DIR): RealCorpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const train: RealPost[] = [];
  const holdout: RealPost[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    for (const post of readCorpusFile(join(dir, f))) {
      const seen = ids.get(post.id);
      if (seen) throw new CorpusError(`${post.at}: id: "${post.id}" is already used at ${seen}`);
      ids.set(post.id, post.at);
      (f.startsWith('holdout') ? holdout : train).push(post);
    }
  }
  const trainGroups = new Set(train.map((p) => p.group));
  const shared = holdout.find((p) => trainGroups.has(p.group));
  if (shared) throw new CorpusError(`${shared.at}: group: "${shared.group}" also gives training posts`);
  return { train, holdout };
}
