// One catalog a language (analyzers/messages/fr.ts, en.ts; decision 014):
// - one name per concept and language: a genre, a verdict, a status, a severity,
//   a business element, a platform or a rule is called the same in the analyzer's
//   catalog, the page, the popup, the options page and the report (the case of the
//   first letter aside: a menu capitalises what a sentence does not);
// - both languages have the same surfaces and keys, no empty text, the same
//   {placeholders}, and sentences that insert the same values;
// - the browser's words (locales/*.yml, which WXT turns into _locales) agree with the catalogs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BADGE, CARD, CATALOGS, CHECK, EXTENSION, NAMES } from '../analyzers/messages';
import * as en from '../analyzers/messages/en';
import * as fr from '../analyzers/messages/fr';
import type { Lang } from '../analyzers/types';
import { optionsStrings } from '../components/options/strings';
import { popupStrings } from '../components/popup/strings';
import { reportStrings } from '../components/report/strings';

type Names = Record<string, string | undefined>;
/** Where a surface names its concepts, by the concept's kind. */
type Named = Partial<
  Record<
    'genres' | 'verdicts' | 'statuses' | 'severities' | 'elements' | 'platforms' | 'languages' | 'rules' | 'reasons',
    Names
  >
>;

/** Every concept named in two ways in one language, as `kind.id: "a" ≠ "b" (where, where)`. */
function twoNames(catalogs: Record<string, Named>): string[] {
  const seen = new Map<string, { name: string; where: string }>();
  const clashes: string[] = [];
  for (const [where, named] of Object.entries(catalogs)) {
    for (const [kind, names] of Object.entries(named)) {
      for (const [id, name] of Object.entries(names ?? {})) {
        if (name === undefined) continue;
        const key = `${kind}.${id}`;
        const first = seen.get(key);
        const fold = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
        if (!first) seen.set(key, { name, where });
        else if (fold(first.name) !== fold(name))
          clashes.push(`${key}: ${JSON.stringify(first.name)} ≠ ${JSON.stringify(name)} (${first.where}, ${where})`);
      }
    }
  }
  return clashes;
}

const mapValues = <T>(o: Record<string, T>, f: (v: T) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** Each surface as the interface shows it (assembled and typeset), by where it is shown. */
function surfacesOf(lang: Lang): Record<string, Named> {
  const catalog = CATALOGS[lang];
  const popup = popupStrings(lang);
  const report = reportStrings(lang);
  const options = optionsStrings(lang, lang === 'fr' ? 'fr-FR' : 'en');
  return {
    names: NAMES[lang],
    catalog: {
      genres: catalog.genres,
      verdicts: catalog.verdicts,
      statuses: catalog.statuses,
      severities: catalog.severities,
      elements: catalog.names.elements,
      rules: mapValues(catalog.rules, (r) => r.name),
    },
    // A rule that bears a genre's id is named after it.
    'catalog (rules named after a genre)': {
      genres: Object.fromEntries(
        Object.keys(NAMES[lang].genres).flatMap((id) => (catalog.rules[id] ? [[id, catalog.rules[id].name]] : [])),
      ),
    },
    check: { reasons: CHECK[lang].reasons },
    popup: {
      genres: popup.genres,
      verdicts: popup.verdicts,
      statuses: popup.statuses,
      severities: popup.severities,
      elements: popup.elements,
      platforms: popup.platforms,
      rules: popup.rules,
      reasons: popup.reasons,
    },
    options: { severities: options.severities, platforms: options.platforms, languages: options.languageNames },
    report: {
      genres: report.genres,
      verdicts: report.verdicts,
      elements: report.elements,
      platforms: report.platforms,
      rules: report.rules,
      reasons: report.reasons,
    },
  };
}

describe('one name per concept', () => {
  test.each(['fr', 'en'] as const)('in %s, every surface names each concept the same way', (lang) => {
    // Typesetting changes spaces, not names: compare with ordinary spaces.
    const plain = JSON.parse(JSON.stringify(surfacesOf(lang)).replace(/[\u00a0\u202f]/g, ' ')) as Record<string, Named>;
    expect(twoNames(plain)).toEqual([]);
  });

  test('the check sees a concept named twice', () => {
    expect(
      twoNames({
        a: { genres: { 'press-release': 'Communiqué de presse' }, severities: { warning: 'avertissement' } },
        b: { genres: { 'press-release': 'Communiqué' }, severities: { warning: 'Avertissement' } },
      }),
    ).toEqual(['genres.press-release: "Communiqué de presse" ≠ "Communiqué" (a, b)']);
  });

  test('the page shows the same words as the popup for what both show', () => {
    for (const lang of ['fr', 'en'] as const) {
      const popup = popupStrings(lang);
      const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
      for (const key of ['brief', 'findings', 'noFindings', 'example'] as const)
        expect(plain(popup[key]), `${lang} ${key}`).toBe(CARD[lang][key]);
      expect(popup.weighted(3, 280).replace(/[\u00a0\u202f]/g, ' ')).toBe(CARD[lang].weighted(3, 280));
      expect(BADGE[lang].language('fr')).toMatch(/^FR$/);
    }
  });
});

// ---- every key in both languages ----

/** Values put into a sentence to see which of them it shows; no sentence holds them by chance. */
const NUMBERS = [71, 83, 97];
const STRINGS = ['‹a›', '‹b›', '‹c›'];

/** Calls a sentence with markers (numbers first, then strings); what it returns and which markers it shows. */
function sayWith(fn: (...args: unknown[]) => unknown): { said: string; shows: string[] } {
  for (const markers of [NUMBERS, STRINGS]) {
    try {
      const said = fn(...markers.slice(0, fn.length));
      if (typeof said === 'string') return { said, shows: markers.map(String).filter((m) => said.includes(m)) };
    } catch {
      // A sentence that reads a string's methods: try strings.
    }
  }
  throw new Error('a sentence that takes neither numbers nor strings');
}

/** A sentence's {placeholders}; `{custom-fr}` and `{custom-en}` (a brand's own message in each language) count as one. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!.replace(/-(?:fr|en)$/, '-lang')).sort();

/** Every difference between two languages' words: keys, empty texts, placeholders, inserted values. */
function differences(a: unknown, b: unknown, path: string): string[] {
  if (typeof a === 'string' && typeof b === 'string') {
    const out: string[] = [];
    if (a.trim() === '') out.push(`${path}: empty in French`);
    if (b.trim() === '') out.push(`${path}: empty in English`);
    if (placeholders(a).join() !== placeholders(b).join())
      out.push(`${path}: placeholders {${placeholders(a).join('}, {')}} ≠ {${placeholders(b).join('}, {')}}`);
    return out;
  }
  if (typeof a === 'function' && typeof b === 'function') {
    if (a.length !== b.length) return [`${path}: takes ${a.length} values in French, ${b.length} in English`];
    const x = sayWith(a as (...args: unknown[]) => unknown);
    const y = sayWith(b as (...args: unknown[]) => unknown);
    return [
      ...differences(x.said, y.said, `${path}()`),
      ...(x.shows.join() === y.shows.join() ? [] : [`${path}(): shows ${x.shows.join()} ≠ ${y.shows.join()}`]),
    ];
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => {
      const [u, v] = [(a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]];
      if (u === undefined) return [`${path}.${k}: missing in French`];
      if (v === undefined) return [`${path}.${k}: missing in English`];
      return differences(u, v, `${path}.${k}`);
    });
  }
  return typeof a === typeof b ? [] : [`${path}: ${typeof a} ≠ ${typeof b}`];
}

describe('both languages', () => {
  test('have the same surfaces', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(fr)).toEqual(expect.arrayContaining(['names', 'rules', 'badge', 'card', 'check', 'popup']));
  });

  test.each(Object.keys(fr))(
    '%s: the same keys, no empty text, the same placeholders and inserted values',
    (surface) => {
      const a = (fr as Record<string, unknown>)[surface];
      const b = (en as Record<string, unknown>)[surface];
      expect(differences(a, b, surface)).toEqual([]);
    },
  );

  test('the check sees a missing key, an empty text, a placeholder or a value left out', () => {
    expect(
      differences(
        { a: 'x {count}', b: '', c: (n: number) => `${n} brouillons`, d: 'y' },
        { a: 'x {total}', b: 'b', c: () => 'drafts' },
        's',
      ),
    ).toEqual([
      's.a: placeholders {count} ≠ {total}',
      's.b: empty in French',
      's.c: takes 1 values in French, 0 in English',
      's.d: missing in English',
    ]);
    expect(
      differences({ f: (h: string) => `à ${h}` }, { f: (h: string) => `to ${h.length ? 'it' : ''}` }, 's'),
    ).toEqual(['s.f(): shows 71 ≠ ']);
  });
});

describe("the browser's words", () => {
  // WXT builds public/_locales/*/messages.json from locales/*.yml: the one place the manifest reads.
  const yml = (lang: Lang) =>
    Object.fromEntries(
      readFileSync(join(import.meta.dirname, '..', 'locales', `${lang}.yml`), 'utf8')
        .split('\n')
        .filter((line) => line.includes(': '))
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );

  test.each(['fr', 'en'] as const)('locales/%s.yml says what the catalog says', (lang) => {
    expect(yml(lang)).toEqual({ extName: EXTENSION[lang].name, extDescription: EXTENSION[lang].description });
  });
});
