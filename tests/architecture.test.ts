// The project's shape, read from its sources: layers that only point down,
// no circle of imports (type-only ones included), and lexicons that say each
// pattern once.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { circles, files, importGraph, type Edge } from './helpers/imports';
import { en } from '../analyzers/lexicon/en';
import { fr } from '../analyzers/lexicon/fr';
import { MESSAGE } from '../utils/messages';
import * as KEYS from '../utils/storage-keys';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Lowest first: a module may import from its own layer or a lower one.
const LAYERS = [
  ['analyzers/', 'the analyzer: pure, runs unchanged in Node'],
  ['utils/', 'browser-side services: storage, brands, history, composers, links'],
  ['components/', 'Preact views'],
  ['runtime/', 'the content-script app, which assembles views and services'],
  ['entrypoints/', "the extension's entry points"],
] as const;

const layerOf = (file: string) => LAYERS.findIndex(([prefix]) => file.startsWith(prefix));

const graph = importGraph(
  ROOT,
  LAYERS.map(([prefix]) => prefix.slice(0, -1)),
);

describe('layers', () => {
  test('the graph is read (the reader finds imports of every kind)', () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph.some((e) => e.typeOnly)).toBe(true);
    expect(graph.some((e) => e.dynamic)).toBe(true);
    expect(graph.some((e) => e.from.startsWith('entrypoints/') && e.to.startsWith('analyzers/'))).toBe(true);
  });

  test('every module lives in a layer', () => {
    const outside = [...new Set(graph.flatMap((e) => [e.from, e.to]))].filter((f) => layerOf(f) < 0);
    expect(outside).toEqual([]);
  });

  test('no import points up a layer', () => {
    const up = (e: Edge) => layerOf(e.to) > layerOf(e.from);
    expect(graph.filter(up).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  test('no circle of imports, type-only ones included', () => {
    expect(circles(graph)).toEqual([]);
  });

  test('the reader sees circles and upward imports when there are some', () => {
    const fake: Edge[] = [
      { from: 'analyzers/a.ts', to: 'analyzers/b.ts', typeOnly: true, dynamic: false },
      { from: 'analyzers/b.ts', to: 'analyzers/a.ts', typeOnly: false, dynamic: false },
      { from: 'utils/c.ts', to: 'components/d.tsx', typeOnly: false, dynamic: false },
    ];
    expect(circles(fake)).toEqual([['analyzers/a.ts', 'analyzers/b.ts']]);
    expect(fake.filter((e) => layerOf(e.to) > layerOf(e.from))).toHaveLength(1);
  });
});

describe('lexicons', () => {
  test.each([
    ['en', en],
    ['fr', fr],
  ] as const)('%s: no pattern is written twice for one signal', (_, lexicon) => {
    const repeated = Object.entries(lexicon).flatMap(([signal, patterns]) =>
      (patterns as string[]).filter((p, i, all) => all.indexOf(p) !== i).map((p) => `${signal}: ${p}`),
    );
    expect(repeated).toEqual([]);
  });
});

/** The project's sources outside the analyzer, with their text. */
function sources(): { file: string; text: string }[] {
  return ['utils', 'components', 'runtime', 'entrypoints']
    .flatMap((d) => files(join(ROOT, d)))
    .map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

describe('one home', () => {
  test('every message type is written once, in utils/message-types.ts', () => {
    const types = new Set<string>(Object.values(MESSAGE));
    const elsewhere = sources()
      .filter((s) => s.file !== 'utils/message-types.ts')
      .flatMap((s) => [...s.text.matchAll(/['"`](whypost:[a-z-]+)['"`]/g)].map((m) => `${s.file}: ${m[1]}`))
      .filter((hit) => types.has(hit.split(': ')[1]!) || !hit.endsWith('whypost:refresh-subscriptions'));
    // (The one other `whypost:` name is the daily alarm's, declared once in background.ts.)
    expect(elsewhere).toEqual([]);
  });

  test('every storage key is written once, in utils/storage-keys.ts', () => {
    // Keys that are not also ordinary words of the interface ("drafts", "settings" are, in the catalogs).
    const distinctive = [KEYS.brandPrefix, KEYS.activeBrand, KEYS.subscriptions, KEYS.managedCopy, KEYS.linkedPages];
    const literal = new RegExp(`['"\`](?:${distinctive.map((k) => k.replace('.', '\\.')).join('|')})['"\`]`, 'g');
    const storageCall = /storage\.(?:local|sync|session|managed)\.(?:get|set|remove)\(\s*['"`{[]\s*['"`]/;
    const elsewhere = sources()
      .filter((s) => s.file !== 'utils/storage-keys.ts')
      .flatMap((s) =>
        s.text
          .split('\n')
          .map((line, i) => ({ line, at: `${s.file}:${i + 1}` }))
          .filter(({ line }) => literal.test(line) || storageCall.test(line) || /defineItem<[^>]*>\(\s*['"]/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(elsewhere).toEqual([]);
  });

  // Issue 12: every versioned item's key, area, version, fallback and migrations in utils/storage-keys.ts,
  // as WXT's `storage.defineItem` takes them; utils/storage.ts makes the items from those specs, in one call.
  test('every version and migration is declared once, in utils/storage-keys.ts', () => {
    const all = sources();
    const spec = /\b(?:area|version|fallback)\s*:/;
    const misplaced = all
      .filter((s) => s.file !== 'utils/storage-keys.ts')
      .flatMap((s) =>
        s.text
          .split('\n')
          .map((line, i) => ({ line, at: `${s.file}:${i + 1}` }))
          .filter(
            ({ line }) =>
              // A migration table, or one step of one (`2: (old) => …`).
              /\bmigrations\s*:\s*\{/.test(line) ||
              /^\s*\d+\s*:\s*(?:async\s*)?\(/.test(line) ||
              /_MIGRATIONS\s*=/.test(line) ||
              // An item's spec written out (`{ key: …, version: 2 }`) outside the specs.
              (/\bkey\s*:/.test(line) && spec.test(line)),
          )
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(misplaced).toEqual([]);
    const defineCalls = all.flatMap((s) => [...s.text.matchAll(/storage\.defineItem\s*[<(]/g)].map(() => s.file));
    expect(defineCalls).toEqual(['utils/storage.ts']);
    // The one call takes its key, area, version, fallback and migrations from a spec.
    const storage = all.find((s) => s.file === 'utils/storage.ts')!.text;
    expect(storage).toMatch(/storage\.defineItem<T>\(`\$\{spec\.area\}:\$\{spec\.key\}`/);
    // Every versioned item of utils/storage.ts is made from a spec declared there.
    const made = [...storage.matchAll(/= defineItem<[^>]+>\((\w+)/g)].map((m) => m[1]);
    expect(made.length).toBeGreaterThan(2);
    for (const name of made) expect(KEYS).toHaveProperty(name!);
  });

  test('the one-home tests see a migration or a spec written elsewhere', () => {
    const migration = '  3: (old: Loose[]) => old.map((d) => ({ ...d, held: false })),';
    const written = "export const X: ItemSpec<string> = { area: 'local', key: 'x', version: 2, fallback: '' };";
    expect(/^\s*\d+\s*:\s*(?:async\s*)?\(/.test(migration)).toBe(true);
    expect(/\bkey\s*:/.test(written) && /\b(?:area|version|fallback)\s*:/.test(written)).toBe(true);
  });
});
