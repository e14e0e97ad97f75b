// One name per concept and language: a genre, a verdict, a status, a severity,
// a business element or a rule is called the same in the analyzer's catalogs, the
// page interface, the popup and the options page (the case of the first letter
// aside: a menu capitalises what a sentence does not).
import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../analyzers/messages';
import { NAMES } from '../analyzers/messages/names';
import type { Lang } from '../analyzers/types';
import { OPTIONS_STRINGS } from '../components/options/strings';
import { popupStrings } from '../components/popup/strings';
import { UI } from '../utils/ui-strings';

type Names = Record<string, string | undefined>;
/** Where a catalog names its concepts, by the concept's kind. */
type Named = Partial<Record<'genres' | 'verdicts' | 'statuses' | 'severities' | 'elements' | 'rules', Names>>;

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

function catalogsOf(lang: Lang): Record<string, Named> {
  const catalog = CATALOGS[lang];
  const ui = UI[lang];
  const popup = popupStrings(lang);
  return {
    'analyzers/messages/names.ts': NAMES[lang],
    [`analyzers/messages/${lang}.ts`]: {
      genres: catalog.genres,
      verdicts: catalog.verdicts,
      statuses: catalog.statuses,
      severities: catalog.severities,
      elements: mapValues(catalog.elements, (e) => e.name),
      rules: mapValues(catalog.rules, (r) => r.name),
    },
    'utils/ui-strings.ts': {
      genres: ui.genres,
      verdicts: ui.verdicts,
      statuses: ui.statuses,
      elements: ui.elements,
    },
    'components/popup/strings.ts': {
      genres: popup.genres,
      verdicts: popup.verdicts,
      statuses: popup.statuses,
      severities: popup.severities,
      elements: popup.elements,
      rules: popup.rules,
    },
    'components/options/strings.ts': { severities: OPTIONS_STRINGS[lang].severities },
  };
}

describe('one name per concept', () => {
  test.each(['fr', 'en'] as const)('in %s, every catalog names each concept the same way', (lang) => {
    // Typesetting changes spaces, not names: compare with ordinary spaces.
    const plain = JSON.parse(JSON.stringify(catalogsOf(lang)).replace(/[\u00a0\u202f]/g, ' ')) as Record<string, Named>;
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

  test('the genres, verdicts, statuses, severities and elements all have a name in both languages', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const names of Object.values(NAMES[lang]))
        for (const name of Object.values<string>(names)) expect(name.trim()).not.toBe('');
  });
});
