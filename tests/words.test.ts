// The language check's word filters: built from the parsers' lexicons at build
// time, read without loading a parser.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { buildFilters, coverage, knows } from '../analyzers/words';
import { lexiconWords, serialiseWords, wordFilters } from '../training/words';
import { WORDS_PATH } from '../training/paths';

describe('word filters', () => {
  test('every word put in a filter is known, in its language', () => {
    const file = buildFilters({ en: ['weekend', 'launch'], fr: ['semaine', 'lancement'] });
    expect(file.lexicons.en.words).toBe(2);
    expect(file.hashes).toBe(5);
    expect(file.lexicons.fr.bits).toBeGreaterThanOrEqual(14);
  });

  test('the committed filters are what the lexicons give (npm run train writes them)', () => {
    expect(readFileSync(WORDS_PATH, 'utf8')).toBe(serialiseWords(wordFilters()));
  }, 30_000);

  test('no word of the lexicons is missed, and few others are taken for known', () => {
    for (const lang of ['en', 'fr'] as const) {
      const words = lexiconWords(lang);
      expect(words.length).toBeGreaterThan(15_000);
      expect(words.every((w) => knows(w, lang))).toBe(true);
      // Strings no lexicon holds: the false yes stays near the filter's design (≈ 3 %).
      const strangers = Array.from({ length: 4000 }, (_, i) => `zq${i.toString(36)}xw`);
      expect(strangers.filter((w) => knows(w, lang)).length / strangers.length).toBeLessThan(0.06);
    }
  }, 30_000);

  test('coverage tells French words from English ones', () => {
    expect(coverage(['nomme', 'directeur', 'general'], 'fr')).toBeGreaterThan(
      coverage(['nomme', 'directeur', 'general'], 'en'),
    );
    expect(coverage(['names', 'chief', 'operating', 'officer'], 'en')).toBe(1);
    expect(coverage([], 'en')).toBe(0);
  });

  test('the analyzer loads no parser', async () => {
    const result = await build({
      entryPoints: ['analyzers/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => /node_modules\/(?:compromise|fr-compromise)\//.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('analyzers/words.json'))).toBe(true);
  });
});
