// The message catalogs and the two functions that turn them into sentences:
// localize() (the typography of France, Québec or English) and format()
// (placeholders, catalog names, lists). Every sentence a writer reads in the
// badge, the popup or the CLI goes through them.
import { describe, expect, test } from 'vitest';
import { analyze, CATALOGS, ELEMENTS, GENRES, type Lang } from '../analyzers';
import { format, LIST, localize, type Catalog } from '../analyzers/messages';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const LANGS = Object.keys(CATALOGS) as Lang[];

describe('localize()', () => {
  // [locale, catalog text, what the writer reads]
  const cases: [Parameters<typeof localize>[1], string, string][] = [
    ['fr-FR', 'À qui s’adresse cette publication ?', `À qui s’adresse cette publication${NNBSP}?`],
    ['fr-FR', 'Quel bonheur !', `Quel bonheur${NNBSP}!`],
    ['fr-FR', 'un lieu ; une date', `un lieu${NNBSP}; une date`],
    ['fr-FR', 'Jargon : « synergie ».', `Jargon${NBSP}: «${NBSP}synergie${NBSP}».`],
    ['fr-FR', 'Raconter son week-end', 'Raconter son week-end'],
    ['fr-FR', 'Inscrivez-vous à la newsletter par e-mail', 'Inscrivez-vous à la newsletter par e-mail'],
    // A bare language code means France's typography.
    ['fr', 'Que doit faire le lecteur ?', `Que doit faire le lecteur${NNBSP}?`],
    ['fr-CA', 'À qui s’adresse cette publication ?', 'À qui s’adresse cette publication?'],
    ['fr-CA', 'Quel bonheur !', 'Quel bonheur!'],
    ['fr-CA', 'un lieu ; une date', 'un lieu; une date'],
    ['fr-CA', 'Jargon : « synergie ».', `Jargon${NBSP}: «${NBSP}synergie${NBSP}».`],
    ['fr-CA', 'Ouvert chaque week-end', 'Ouvert chaque fin de semaine'],
    ['fr-CA', 'pendant les week-ends', 'pendant les fins de semaine'],
    ['fr-CA', 'par e-mail', 'par courriel'],
    ['fr-CA', 'notre newsletter', 'notre infolettre'],
    ['en', 'Who is this post for?', 'Who is this post for?'],
    ['en', 'Jargon: “synergy”.', 'Jargon: “synergy”.'],
    // English is left exactly as written, even with French-looking spacing.
    ['en', 'a week-end newsletter ? yes !', 'a week-end newsletter ? yes !'],
  ];

  test.each(cases)('%s: %j → %j', (locale, text, expected) => {
    expect(localize(text, locale)).toBe(expected);
  });

  test.each(['fr-FR', 'fr-CA', 'en'] as const)('%s: localizing twice changes nothing more', (locale) => {
    const text = 'Note : « week-end » ? oui ! non ; peut-être';
    expect(localize(localize(text, locale), locale)).toBe(localize(text, locale));
  });

  test('fr-FR: no plain space is left before ? ! ; : or inside guillemets', () => {
    const out = localize('Vraiment ? Oui ! Un ; deux : « trois »', 'fr-FR');
    expect(out).not.toMatch(/ [?!;:»]|« /);
  });

  test('fr-CA: « Week-end » at the start of a sentence becomes « Fin de semaine »', () => {
    expect(localize('Week-end ou loisir : « {quote} ».', 'fr-CA')).toBe(
      `Fin de semaine ou loisir${NBSP}: «${NBSP}{quote}${NBSP}».`,
    );
  });

  test('fr-CA: the possessive agrees with « fin de semaine »', () => {
    const reason = localize(CATALOGS.fr.rules['weekend-anecdote']!.reason, 'fr-CA');
    expect(reason).toContain('fin de semaine');
    expect(reason).not.toMatch(/\b(?:son|un|le|ce) fin de semaine/);
  });
});

describe('format()', () => {
  test.each(LANGS)('%s: fills placeholders from data, numbers included', (lang) => {
    expect(format('{count} mots-clics : « {quote} »', { count: 7, quote: '#soldes' }, CATALOGS[lang])).toBe(
      '7 mots-clics : « #soldes »',
    );
  });

  test('leaves a placeholder with no data as it is, so a missing value shows', () => {
    expect(format('Mentions {trigger} ({quote})', { quote: '-20 %' }, CATALOGS.en)).toBe('Mentions {trigger} (-20 %)');
  });

  test('fills dashed placeholders such as {custom-fr}', () => {
    expect(format('{custom-fr}', { 'custom-fr': 'Ajoutez un lien suivi.' }, CATALOGS.fr)).toBe(
      'Ajoutez un lien suivi.',
    );
  });

  // [lang, data value, what the sentence says]
  const names: [Lang, string, string][] = [
    ['fr', '@promotion', 'une promotion'],
    ['en', '@promotion', 'a promotion'],
    ['fr', '@tracked-link', 'un lien suivi (UTM)'],
    ['en', '@tracked-link', 'a tracked link (UTM)'],
    [
      'fr',
      ['@call-to-action', '@link', '@tracked-link'].join(LIST),
      'un appel à l’action, un lien, un lien suivi (UTM)',
    ],
    ['en', ['@call-to-action', '@link', '@tracked-link'].join(LIST), 'a call to action, a link, a tracked link (UTM)'],
    ['fr', ['@date', 'réservez'].join(LIST), 'une date, réservez'],
    ['en', ['book now', '@price'].join(LIST), 'book now, a price'],
    // A quote is inserted as written, « | » and all.
    ['en', '#paris | #shopping', '#paris | #shopping'],
    // An @id the catalog does not know is shown as written rather than dropped.
    ['en', '@coupon', '@coupon'],
    ['fr', 'fr', 'français'],
  ];

  test.each(names)('%s: %j reads %j', (lang, value, expected) => {
    expect(format('{missing}', { missing: value }, CATALOGS[lang])).toBe(expected);
  });

  test.each(LANGS)('%s: every name a brand condition can produce is in the catalog', (lang) => {
    const ids = [
      ...['promotion', 'event', 'contest', 'job-offer', 'link', 'price'],
      ...['call-to-action', 'link', 'tracked-link', 'date', 'price', 'audience'],
    ];
    for (const id of ids) expect(CATALOGS[lang].terms[`@${id}`], `@${id}`).toBeTruthy();
  });

  test.each([
    ['French', 'Nouvelle collection en boutique ! #soldes | #promo | #mode | #style | #paris | #shopping | #tendance'],
    ['English', 'Book your table: https://resto.example/book?table=4|5 before Friday'],
  ])('a finding on a %s draft quotes words containing « | » as written', (_lang, draft) => {
    const quoted = analyze(draft).findings.filter((f) => f.quote?.includes('|'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) expect(f.message).toContain(f.quote);
  });
});

/** Every string of a catalog section, with its path, for the checks below. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [[path, String(value)]];
  return Object.entries(value).flatMap(([key, v]) => strings(v, `${path}.${key}`));
}

const SECTIONS = [
  'rules',
  'elements',
  'genres',
  'verdicts',
  'statuses',
  'severities',
  'notices',
  'terms',
  'report',
] as const satisfies readonly (keyof Catalog)[];

describe('catalogs', () => {
  const table = LANGS.flatMap((lang) => SECTIONS.map((section) => [lang, section] as const));

  test.each(table)('%s: every string of `%s` is non-empty', (lang, section) => {
    const all = strings(CATALOGS[lang][section], `${lang}.${section}`);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter(([, s]) => s.trim() === '').map(([path]) => path)).toEqual([]);
  });

  test.each(LANGS)('%s: every rule has a name, a reason, a suggestion and a default message', (lang) => {
    for (const [id, rule] of Object.entries(CATALOGS[lang].rules)) {
      expect(rule.name.trim(), `${id}.name`).not.toBe('');
      expect(rule.reason.trim(), `${id}.reason`).not.toBe('');
      expect(rule.suggestion.trim(), `${id}.suggestion`).not.toBe('');
      expect(rule.messages.default?.trim(), `${id}.messages.default`).toBeTruthy();
    }
  });

  test.each(LANGS)('%s: every element has a name, a question, an example and its notes', (lang) => {
    for (const element of ELEMENTS) {
      const text = CATALOGS[lang].elements[element];
      expect(CATALOGS[lang].names.elements[element].trim(), element).not.toBe('');
      for (const field of ['question', 'example'] as const) expect(text[field].trim(), element).not.toBe('');
      for (const [id, note] of Object.entries(text.notes)) expect(note.trim(), `${element}.notes.${id}`).not.toBe('');
    }
  });

  test.each(LANGS)('%s: every genre and verdict has a name', (lang) => {
    for (const genre of GENRES) expect(CATALOGS[lang].genres[genre], genre).toBeTruthy();
    for (const verdict of ['ready', 'needs-work', 'posting-for-posting-sake', 'empty'] as const)
      expect(CATALOGS[lang].verdicts[verdict], verdict).toBeTruthy();
  });

  test.each(ELEMENTS)('the French question for %s ends with « ? » after a plain space', (element) => {
    // A plain space: localize() turns it into France's narrow no-break space or Québec's nothing.
    expect(CATALOGS.fr.elements[element].question).toMatch(/\S \?$/);
  });

  test.each(ELEMENTS)('the English question for %s ends with a question mark, with no space before it', (element) => {
    expect(CATALOGS.en.elements[element].question).toMatch(/\S\?$/);
  });

  test('the French catalog is written with plain spaces, so localize() alone sets the typography', () => {
    const all = SECTIONS.flatMap((section) => strings(CATALOGS.fr[section], `fr.${section}`));
    // No no-break space typed by hand, and a space before every ? ! ; : (outside URLs and placeholders).
    expect(all.filter(([, s]) => /[\u00a0\u202f]/.test(s)).map(([p]) => p)).toEqual([]);
    const tight = all.filter(([, s]) => /[^\s(«][?!;:]/.test(s.replace(/https?:\/\/\S+|\{[a-z-]+\}/g, '')));
    expect(tight.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  test('the English catalog has no space before ? ! ; : and no guillemets', () => {
    const all = SECTIONS.flatMap((section) => strings(CATALOGS.en[section], `en.${section}`));
    expect(all.filter(([, s]) => /\s[?!;:]|[«»]/.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  const keys = (value: unknown): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]))
      : [];

  test.each(SECTIONS.filter((s) => s !== 'terms'))('French and English have the same keys in `%s`', (section) => {
    expect(keys(CATALOGS.en[section]).sort()).toEqual(keys(CATALOGS.fr[section]).sort());
  });

  test('French and English have the same keys in `terms`', () => {
    expect(keys(CATALOGS.en.terms).sort()).toEqual(keys(CATALOGS.fr.terms).sort());
  });

  test('the English mixed-language notice names the language in words', () => {
    const c = analyze('Réservez votre table avant vendredi, le menu du chef vous attend. Book now, see you soon!', {
      locale: 'en',
    });
    const notice = c.notices.find((n) => n.id === 'mixed-language');
    expect(notice?.message).toBe('This draft mixes French and English; it was read as French.');
  });
});
