// Property tests of analyze() on arbitrary drafts (issue 2, "6. Bad input"):
// whatever a writer types or pastes, the badge must not crash, must underline
// the words it quotes, must not flicker between two identical drafts, and
// must speak the critique's language.
//
// FC_SEED=<n> replays a run (fast-check prints the seed of a failure);
// FC_RUNS=<n> changes the number of runs per property.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  analyze,
  GENRES,
  ELEMENTS,
  parseBrand,
  preset,
  RULE_IDS,
  RULES,
  type AnalyzeOptions,
  type Brand,
  type Critique,
  type PresetId,
} from '../analyzers/index';
import { hasPlainVisibleCharacter, hasVisibleCharacters, messageProblems, offsetProblems } from './helpers/critique';

// Local runs explore new random drafts each time; CI (.ci/run) replays a fixed
// seed so that whether a change lands does not depend on luck. FC_SEED replays
// a failure reported by either.
const seed =
  process.env.FC_SEED !== undefined
    ? Number(process.env.FC_SEED)
    : process.env.WHYPOST_CI_REPORT === '1'
      ? 20261123
      : undefined;
fc.configureGlobal({
  numRuns: process.env.FC_RUNS === undefined ? 200 : Number(process.env.FC_RUNS),
  ...(seed === undefined ? {} : { seed }),
});

// ---------------------------------------------------------------- arbitraries

// Pieces of real French and English posts: the words the rules look for
// (calls to action, bait, boilerplate, anecdotes), so that rules actually fire
// and report offsets, not only on random noise.
const PROSE = [
  'Réservez votre table avant vendredi',
  'Venez découvrir notre nouvelle collection',
  'Ce week-end, nous avons fait un brunch à la plage',
  'J’ai passé des vacances incroyables en Bretagne',
  'La société XYZ a le plaisir d’annoncer la nomination de Jeanne Dupont au poste de directrice générale',
  'PARIS, le 3 mars 2026 – ',
  'À propos de XYZ : leader innovant des solutions disruptives',
  '« Nous sommes fiers », déclare Paul Martin, PDG',
  'Communiqué de presse',
  'Partagez si vous êtes d’accord',
  'Identifiez un ami qui adore le chocolat',
  'Commentez avec un emoji',
  'Like si tu aimes les chats',
  'Bonjour Julie, désolés pour le retard : votre commande part demain.',
  'Ouvert ce dimanche de 10 h à 18 h',
  '-20 % sur tout le magasin avec le code PRINTEMPS20',
  'Inscrivez-vous à notre infolettre',
  'Les parents et les PME sont les bienvenus',
  'Bon week-end à tous !',
  'Merci à tous nos clients',
  'Book your table before Friday',
  'Sign up now and get 20% off',
  'We are pleased to announce our partnership with Acme Corp.',
  'FOR IMMEDIATE RELEASE',
  'About Acme: the best-in-class, game changer synergy leader',
  'I spent the weekend at the beach with my family',
  'Like if you agree!',
  'RT if you love Mondays',
  'Tag a friend who needs this',
  '1 like = 1 prayer',
  'Comment with an emoji',
  'Hi Sam, sorry about that, we have refunded your order.',
  'Open this Sunday 10am–6pm',
  'Our team is proud of our results, our growth and our vision',
  'Can you help us find our lost dog?',
  'Happy Monday everyone!',
  'Small businesses: learn how to save 2 hours a week',
  'Call us at +33 1 23 45 67 89 or write to hello@shop.example',
  'Only $19.99 until 5/12',
  'de la',
  'the',
  'vous',
  'you',
  'nous',
  'we',
] as const;
const EMOJI = ['🎉', '👍', '👍🏽', '❤️', '🇫🇷', '👨‍👩‍👧', '🔥🔥🔥', '😂', '✨', '1️⃣', '🏳️‍🌈', '☕'] as const;
const LINKS = [
  'https://resto.example/reserver?utm_source=facebook&utm_medium=social',
  'https://shop.example/promo',
  'http://www.boutique.example/fr/soldes#haut',
  'bit.ly/3abcDEF',
  'https://t.co/AbC123xyz',
  'www.example.com',
  'shop.example/a(b)c',
  '@whypost',
  '@Julie_Martin',
  '#Soldes',
  '#HappyThanksgiving',
  '#jeudiconfession',
  '#été2026',
  '#',
  '@',
  'hello@shop.example',
] as const;
const MARKUP = [
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '<b>',
  '</b>',
  '<div class="post">',
  '</div>',
  '<a href="https://resto.example/reserver?utm_source=facebook">',
  '</a>',
  '<img src="https://cdn.example/photo.jpg" alt="Photo du brunch">',
  '<span style="font-weight:bold">',
  '</span>',
  '<!-- brouillon -->',
  '&nbsp;',
  '&amp;',
  '&eacute;',
  '&rsquo;',
  '&#8217;',
  '&#x1F389;',
  '<3',
  '< p >',
  'a < b > c',
  '<',
  '>',
] as const;
// Characters the analyzer blanks out: controls, zero-width, bidi embeddings.
const HANDLED_INVISIBLE = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
] as const;
// Other characters Unicode says are invisible (direction marks, soft hyphen,
// invisible operators, variation selectors, fillers, tag characters).
const OTHER_INVISIBLE = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u2061',
  '\u2063',
  '\ufe0f',
  '\u3164',
  '\uffa0',
  '\u{e0020}',
] as const;
const SPACES = [' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u202f', '\u2009', '\u3000', '\u2028'] as const;
const PUNCTUATION = [
  '!',
  '?',
  '.',
  '…',
  ',',
  ' : ',
  ' ; ',
  '« ',
  ' »',
  '"',
  '’',
  "'",
  '-',
  '—',
  '(',
  ')',
  '*',
] as const;

const oneOf = <T extends string>(list: readonly T[]): fc.Arbitrary<string> => fc.constantFrom(...list);

// A fragment, sometimes with an invisible character slipped inside it, as a
// copy from a CMS or a messaging app leaves them.
const fragment: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: oneOf(PROSE) },
      { weight: 2, arbitrary: oneOf(EMOJI) },
      { weight: 2, arbitrary: oneOf(LINKS) },
      { weight: 2, arbitrary: oneOf(MARKUP) },
      { weight: 1, arbitrary: oneOf(PUNCTUATION) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    fc.option(fc.tuple(fc.nat(), oneOf([...HANDLED_INVISIBLE, ...OTHER_INVISIBLE])), { freq: 4 }),
  )
  .map(([piece, slip]) => {
    if (slip === null) return piece;
    const [at, ch] = slip;
    const i = at % (piece.length + 1);
    return piece.slice(0, i) + ch + piece.slice(i);
  });

const separator = fc.oneof({ weight: 4, arbitrary: fc.constant(' ') }, oneOf(SPACES), oneOf(PUNCTUATION));

/** A social-media draft assembled from fragments, from a few words to a long Facebook post. */
const socialDraft: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, separator), { maxLength: 40 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Nothing a reader would see, from the characters the spec names: white space, controls, zero-width, tags. */
const namedInvisibleDraft: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      oneOf(SPACES),
      oneOf(HANDLED_INVISIBLE),
      oneOf(['<p>', '</p>', '<br>', '<br/>', '<div class="post">', '</div>', '<img src="a.jpg" alt="photo">']),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Nothing a reader would see, in the full Unicode sense (see hasVisibleCharacters). */
const invisibleDraft: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      oneOf(SPACES),
      oneOf(HANDLED_INVISIBLE),
      oneOf(OTHER_INVISIBLE),
      oneOf(['<p>', '</p>', '<br>', '<b>', '</b>', '<!-- brouillon -->', '&nbsp;', '&#8203;']),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** A call to action with a control or zero-width character between two of its words. */
const invisibleInsidePhrase: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Book now', 'Sign up now', 'Réservez votre table', 'Inscrivez-vous à notre infolettre'),
    oneOf(HANDLED_INVISIBLE),
  )
  .map(([phrase, ch]) => phrase.replace(' ', ch + ' '));

// Random UTF-16 code units: lone surrogates, the halves of an emoji, anything.
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

const draft: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: codeUnits },
  { weight: 5, arbitrary: socialDraft },
  { weight: 1, arbitrary: invisibleDraft },
);

// A brand that exercises the brand rules (products, required and banned
// terms, conditions, preferred calls to action) and Québec typography.
const quebecBrand = ((): Brand => {
  const result = parseBrand({
    schema: 'whypost.brand',
    version: 1,
    name: 'Boulangerie XYZ',
    locale: 'fr-CA',
    products: ['croissant', 'Acme'],
    callsToAction: ['Commandez en ligne'],
    requiredTerms: ['#Soldes'],
    bannedTerms: ['leader', { term: 'meilleur', reason: 'Allégation interdite' }],
    utm: [{ domains: ['*'], parameters: ['utm_source'] }],
    conditions: [
      { id: 'promo', when: { signal: 'promotion' }, require: ['call-to-action', 'tracked-link'] },
      { id: 'brunch', when: { term: 'brunch' }, require: [{ term: 'réservez' }], severity: 'blocker' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.brand;
})();
const PRESET_IDS: readonly PresetId[] = ['default', 'b2c-shop', 'b2b', 'public-institution', 'strict-agency'];

const options: fc.Arbitrary<AnalyzeOptions> = fc.record({
  platform: fc.constantFrom('x' as const, 'facebook' as const, undefined),
  kind: fc.constantFrom('post' as const, 'reply' as const, 'comment' as const, undefined),
  locale: fc.constantFrom('fr' as const, 'en' as const, undefined),
  brand: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    fc.constantFrom(...PRESET_IDS).map((id) => preset(id)),
    fc.constant(quebecBrand),
  ),
});

// ---------------------------------------------------------------- properties

const VERDICTS: readonly Critique['verdict'][] = ['ready', 'needs-work', 'posting-for-posting-sake', 'empty'];
const SEVERITIES: readonly string[] = ['suggestion', 'warning', 'blocker'];
const NEUTRAL_RULES = new Set(RULES.filter((r) => r.languageNeutral).map((r) => r.id));

// 200 runs take a second or two per property; the margin is for loaded CI machines and FC_RUNS.
describe('analyze() on arbitrary drafts', { timeout: 60_000 }, () => {
  test('never throws, whatever the draft and the options', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        analyze(text, opts);
      }),
    );
  });

  test('never throws on values that are not strings, and calls them empty', () => {
    // JavaScript callers (a content script reading a missing field) can pass anything.
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        options,
        (value, opts) => {
          expect(analyze(value as string, opts).verdict).toBe('empty');
        },
      ),
    );
  });

  test('every offset lies within the text and every finding quotes the words at its offsets', () => {
    // Evidence text is checked by the next test, on drafts built to catch it.
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        expect(offsetProblems(text, analyze(text, opts), { evidenceText: false })).toEqual([]);
      }),
    );
  });

  // Evidence spanning an invisible character ("Book\u0000 now") must quote the
  // draft's words, not the cleaned copy the rules read.
  test('every evidence item quotes the words at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(draft, invisibleInsidePhrase), options, (text, opts) => {
        expect(offsetProblems(text, analyze(text, opts))).toEqual([]);
      }),
    );
  });

  test('the same input gives the same output, even after analysing another draft', () => {
    // The second call follows another analysis so that state left behind
    // (a global regex's lastIndex, a cache keyed too loosely) shows up.
    fc.assert(
      fc.property(draft, draft, options, (text, other, opts) => {
        const first = analyze(text, opts);
        analyze(other, opts);
        expect(analyze(text, opts)).toStrictEqual(first);
      }),
    );
  });

  test('score, verdict, genre, findings and stats take allowed values', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        const c = analyze(text, opts);
        expect(Number.isInteger(c.score)).toBe(true);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(100);
        expect(VERDICTS).toContain(c.verdict);
        expect(GENRES).toContain(c.genre);
        expect(c.stats.characters).toBe(text.length);
        for (const f of c.findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(ELEMENTS).toContain(f.category);
          expect(SEVERITIES).toContain(f.severity);
        }
        for (const element of ELEMENTS) expect(['present', 'weak', 'missing']).toContain(c.brief[element].status);
      }),
    );
  });

  test('a draft made only of white space, control and zero-width characters and HTML tags is empty', () => {
    fc.assert(
      fc.property(namedInvisibleDraft, options, (text, opts) => {
        const c = analyze(text, opts);
        expect(c.verdict).toBe('empty');
        expect(c.findings).toEqual([]);
      }),
    );
  });

  test('a draft with a letter, digit, punctuation mark or emoji outside markup is never empty', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        fc.pre(hasPlainVisibleCharacter(text));
        expect(analyze(text, opts).verdict).not.toBe('empty');
      }),
    );
  });

  // Everything Unicode renders invisibly, HTML comments and tags count as
  // nothing; entities count as the characters they stand for.
  test('verdict is `empty` if and only if the draft shows nothing (full Unicode notion)', () => {
    fc.assert(
      fc.property(fc.oneof(draft, invisibleDraft), options, (text, opts) => {
        expect(analyze(text, opts).verdict === 'empty').toBe(!hasVisibleCharacters(text));
      }),
    );
  });

  test("every message is non-empty and in the critique's locale", () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        expect(messageProblems(analyze(text, opts), opts)).toEqual([]);
      }),
    );
  });

  test('in a language the lexicons do not cover, only language-neutral rules report', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        const c = analyze(text, opts);
        if (c.lang === 'fr' || c.lang === 'en') return;
        expect(c.findings.map((f) => f.rule).filter((rule) => !NEUTRAL_RULES.has(rule))).toEqual([]);
      }),
    );
  });
});
