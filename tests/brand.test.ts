// Brand rule sets (issue 2, section 2, "Brand rule set"): the file format,
// its validation with field paths and line numbers, the presets, and what a
// brand changes in a critique. The popup (a later issue) edits these files and
// the CLI reads them, so an error must say which field and which line.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  analyze,
  parseBrand,
  parseBrandText,
  preset,
  PRESETS,
  RULE_IDS,
  type Brand,
  type BrandError,
  type BrandInput,
  type Critique,
  type PresetId,
} from '../analyzers';
import {
  accountKey,
  BRAND_SCHEMA_ID,
  BRAND_SCHEMA_VERSION,
  BrandSchema,
  brandErrorMessage,
  sameAccount,
} from '../analyzers/brand';

const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
const MINIMAL = { schema: BRAND_SCHEMA_ID, version: BRAND_SCHEMA_VERSION, name: 'Boulangerie Dupain' } as const;

/** A validated brand: the minimal file plus `extra`. */
function brand(extra: Partial<BrandInput> = {}): Brand {
  const result = parseBrand({ ...MINIMAL, ...extra });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.brand;
}

/** The errors of a rule set that must be refused. */
function errorsOf(value: unknown): BrandError[] {
  const result = parseBrand(value);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(value)}`);
  return result.errors;
}

function textErrorsOf(source: string): BrandError[] {
  const result = parseBrandText(source);
  if (result.ok) throw new Error(`accepted: ${source}`);
  return result.errors;
}

// Drafts that trigger known findings with the default rules: a promotion with
// an untracked link (one `untracked-link` suggestion, verdict `ready`), and a
// weekend story (posting for posting's sake, warnings and a suggestion).
const FR_PROMO = '-20 % sur tous nos croissants ce samedi ! Réservez sur https://boulangerie.example/promo';
const EN_PROMO = '20% off all our croissants this Saturday! Order now at https://bakery.example/promo';
const FR_ANECDOTE = 'Ce week-end, j’ai fait un brunch à la plage avec ma famille. Quel bonheur !';
const EN_ANECDOTE = 'I spent the weekend at the beach with my family. What a joy!';
const FR_HIRING = 'Nous recrutons deux boulangers à Lyon ! Envoyez votre CV avant le 15 mars à emplois@dupain.example.';
const EN_HIRING = 'We’re hiring two bakers in Lyon! Send your CV before March 15 to jobs@dupain.example.';

const PROMOS = [
  ['French', FR_PROMO],
  ['English', EN_PROMO],
] as const;
const ANECDOTES = [
  ['French', FR_ANECDOTE],
  ['English', EN_ANECDOTE],
] as const;

const rulesOf = (c: Critique) => c.findings.map((f) => f.rule);
const severitiesOf = (c: Critique) => new Set(c.findings.map((f) => f.severity));

/** Every sentence of a critique that comes from the catalogs. */
/** The catalog's sentences in a critique (messages quote the draft and the brand as written, so they are left out). */
function sentences(c: Critique): string[] {
  return [
    ...c.findings.flatMap((f) => [f.reason, f.suggestion]),
    ...Object.values(c.brief).flatMap((item) => [item.question ?? '', item.example ?? '']),
    ...c.notices.map((n) => n.message),
  ].filter(Boolean);
}

describe('presets', () => {
  test('the presets are default, B2C shop, B2B, public institution and strict agency', () => {
    expect(PRESET_IDS).toEqual(['default', 'b2c-shop', 'b2b', 'public-institution', 'strict-agency']);
  });

  test.each(PRESET_IDS)('%s is valid, and preset() returns it with every default filled in', (id) => {
    const result = parseBrand(PRESETS[id]);
    expect(result).toEqual({ ok: true, brand: preset(id) });
    expect(preset(id).id).toBe(id);
  });

  test.each(PRESET_IDS)('%s round-trips through a file: JSON.stringify → parseBrandText gives the same brand', (id) => {
    // Both forms a user may save: the preset as written, and the brand after defaults.
    expect(parseBrandText(JSON.stringify(PRESETS[id], null, 2))).toEqual({ ok: true, brand: preset(id) });
    expect(parseBrandText(JSON.stringify(preset(id)))).toEqual({ ok: true, brand: preset(id) });
  });

  test('preset() without an id is the default preset', () => {
    expect(preset()).toBe(preset('default'));
  });

  test.each(PRESET_IDS)('%s names only rules that exist', (id) => {
    const b = preset(id);
    for (const rule of [...Object.keys(b.rules), ...b.blocking.rules]) expect(RULE_IDS).toContain(rule);
  });
});

describe('defaults', () => {
  test('a file with only schema, version and name gets every default', () => {
    expect(brand()).toEqual({
      ...MINIMAL,
      accounts: [],
      products: [],
      objectives: [],
      audiences: [],
      callsToAction: [],
      requiredTerms: [],
      bannedTerms: [],
      utm: [],
      rules: {},
      minSeverity: 'suggestion',
      blocking: { verdicts: ['posting-for-posting-sake'], severity: 'blocker', rules: [] },
      conditions: [],
    });
  });

  test('an empty blocking policy gets its defaults field by field', () => {
    expect(brand({ blocking: {} }).blocking).toEqual({
      verdicts: ['posting-for-posting-sake'],
      severity: 'blocker',
      rules: [],
    });
    expect(brand({ blocking: { severity: null } }).blocking).toEqual({
      verdicts: ['posting-for-posting-sake'],
      severity: null,
      rules: [],
    });
  });

  test('a condition without severity is a warning', () => {
    const b = brand({ conditions: [{ id: 'promo', when: { signal: 'promotion' }, require: ['link'] }] });
    expect(b.conditions[0]!.severity).toBe('warning');
  });

  test('terms are trimmed and domains lower-cased, as a hand-written file needs', () => {
    const b = brand({
      name: '  Boulangerie Dupain ',
      products: [' croissant '],
      utm: [{ domains: ['Boulangerie.Example', '*.Dupain.example'], parameters: ['utm_source'] }],
    });
    expect(b.name).toBe('Boulangerie Dupain');
    expect(b.products).toEqual(['croissant']);
    expect(b.utm[0]!.domains).toEqual(['boulangerie.example', '*.dupain.example']);
  });
});

describe('invalid rule sets give errors that name the field', () => {
  // [what is wrong, the file's fields that differ from MINIMAL, the path, what the message says]
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['wrong schema id', { schema: 'whypost.brnad' }, 'schema', /must be "whypost\.brand"/],
    ['version 2, newer than supported', { version: 2 }, 'version', /version 2 is newer than this Whypost understands/],
    ['version 0', { version: 0 }, 'version', /must be 1/],
    ['version as a string', { version: '1' }, 'version', /must be 1/],
    ['empty name', { name: '   ' }, 'name', /must not be empty/],
    ['name that is not a string', { name: 42 }, 'name', /expected string, got 42/],
    ['bad rule severity', { rules: { buzzwords: { severity: 'fatal' } } }, 'rules.buzzwords.severity', /"fatal"/],
    ['bad minimum severity', { minSeverity: 'error' }, 'minSeverity', /"suggestion" \| "warning" \| "blocker"/],
    [
      'enabled that is not a boolean',
      { rules: { buzzwords: { enabled: 'yes' } } },
      'rules.buzzwords.enabled',
      /boolean/,
    ],
    [
      'UTM domain written as a URL',
      { utm: [{ domains: ['https://shop.example.com/'], parameters: ['utm_source'] }] },
      'utm.0.domains.0',
      /must be a domain such as shop\.example\.com/,
    ],
    [
      'UTM wildcard on a top-level domain',
      { utm: [{ domains: ['*.com'], parameters: ['utm_source'] }] },
      'utm.0.domains.0',
      /must be a domain/,
    ],
    [
      'UTM parameter with a space',
      { utm: [{ domains: ['shop.example.com'], parameters: ['utm source'] }] },
      'utm.0.parameters.0',
      /query parameter name/,
    ],
    [
      'UTM policy with no parameter',
      { utm: [{ domains: ['shop.example.com'], parameters: [] }] },
      'utm.0.parameters',
      /at least one parameter/,
    ],
    [
      'condition with an unknown signal',
      { conditions: [{ id: 'promo', when: { signal: 'sale' }, require: ['link'] }] },
      'conditions.0.when',
      /"promotion" \| "event" \| "contest" \| "job-offer" \| "link" \| "price"/,
    ],
    [
      'condition requiring nothing',
      { conditions: [{ id: 'promo', when: { signal: 'promotion' }, require: [] }] },
      'conditions.0.require',
      /must require at least one thing/,
    ],
    [
      'condition requiring something unknown',
      { conditions: [{ id: 'promo', when: { signal: 'promotion' }, require: ['coupon'] }] },
      'conditions.0.require.0',
      /"call-to-action", "link", "tracked-link", "date", "price", "audience"/,
    ],
    [
      'condition id with capitals',
      { conditions: [{ id: 'Promo', when: { signal: 'promotion' }, require: ['link'] }] },
      'conditions.0.id',
      /lower-case/,
    ],
    ['unknown top-level key', { colour: 'blue' }, 'colour', /colour/],
    ['unknown key in the blocking policy', { blocking: { verdict: ['ready'] } }, 'blocking.verdict', /verdict/],
    [
      'banned term object without term',
      { bannedTerms: ['Croissanterie Belleville', { reason: 'concurrent' }] },
      'bannedTerms.1',
      /must be a term or \{ "term"/,
    ],
    ['empty banned term', { bannedTerms: [{ term: ' ' }] }, 'bannedTerms.0.term', /must not be empty/],
    ['blocking an unknown rule', { blocking: { rules: ['no-cta'] } }, 'blocking.rules.0', /unknown rule "no-cta"/],
    ['blocking on the empty verdict', { blocking: { verdicts: ['empty'] } }, 'blocking.verdicts.0', /"ready"/],
    ['unknown locale', { locale: 'fr-BE' }, 'locale', /"fr-FR" \| "fr-CA" \| "en"/],
    ['unknown objective', { objectives: ['fun'] }, 'objectives.0', /"awareness"/],
    [
      'account on another platform',
      { accounts: [{ platform: 'instagram', handle: 'dupain' }] },
      'accounts.0.platform',
      /"x"/,
    ],
  ];

  test.each(cases)('%s', (_what, fields, path, message) => {
    const errors = errorsOf({ ...MINIMAL, ...fields });
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]!.message).toMatch(message);
  });

  test('an unknown rule id in `rules` is refused, and the message lists the known rules', () => {
    const errors = errorsOf({ ...MINIMAL, rules: { 'hashtag-stuffed': { enabled: false } } });
    expect(errors.map((e) => e.path)).toEqual(['rules.hashtag-stuffed']);
    expect(errors[0]!.message).toMatch(/^unknown rule; known rules: /);
    for (const id of RULE_IDS) expect(errors[0]!.message).toContain(id);
  });

  test('every faulty field is reported at once, not only the first', () => {
    const errors = errorsOf({ ...MINIMAL, version: 0, name: '', minSeverity: 'error', rules: { nope: {} } });
    // `rules.nope` is checked after the schema passes, so it waits for the others to be fixed.
    expect(errors.map((e) => e.path)).toEqual(['version', 'name', 'minSeverity']);
  });

  test.each([
    ['null', null],
    ['a string', 'whypost.brand'],
    ['a number', 1],
  ])('a value that is not an object (%s) is refused at the root', (_what, value) => {
    expect(errorsOf(value).map((e) => e.path)).toEqual(['(root)']);
  });

  test('a rule set wrapped in an array is refused at the root', () => {
    expect(errorsOf([MINIMAL]).map((e) => e.path)).toEqual(['(root)']);
  });

  test('missing required fields are each named', () => {
    expect(errorsOf({}).map((e) => e.path)).toEqual(['schema', 'version', 'name']);
  });

  test('an unknown key is described as unknown, not as `expected never`', () => {
    const [error] = errorsOf({ ...MINIMAL, colour: 'blue' });
    expect(error!.message).not.toMatch(/never/);
    expect(error!.message).toMatch(/unknown|not allowed|not part/i);
  });
});

describe('parseBrandText', () => {
  const FILE = `{
  "schema": "whypost.brand",
  "version": 1,
  "name": "Boulangerie Dupain",
  "rules": {
    "buzzwords": { "severity": "fatal" }
  },
  "utm": [{ "domains": ["shop example"], "parameters": ["utm_source"] }],
  "conditions": [
    { "id": "promo", "when": { "signal": "promotion" }, "require": [] }
  ]
}`;

  test('gives the line of each faulty field with its path', () => {
    const found = textErrorsOf(FILE).map(({ path, line }) => ({ path, line }));
    // Errors come in the schema's order; the lines are what matters.
    expect(found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))).toEqual([
      { path: 'rules.buzzwords.severity', line: 6 },
      { path: 'utm.0.domains.0', line: 8 },
      { path: 'conditions.0.require', line: 10 },
    ]);
  });

  test.each([
    ['name', '{\n  "schema": "whypost.brand",\n  "version": 1,\n  "name": ""\n}', 4],
    ['version', '{\n  "schema": "whypost.brand",\n  "version": 2,\n  "name": "X"\n}', 3],
    ['colour', '{\n  "schema": "whypost.brand",\n  "version": 1,\n  "name": "X",\n  "colour": "blue"\n}', 5],
  ])('the error on `%s` carries its line', (path, source, line) => {
    expect(textErrorsOf(source)).toEqual([expect.objectContaining({ path, line })]);
  });

  test('a field that is missing has no line, but still its path', () => {
    const [error] = textErrorsOf('{\n  "schema": "whypost.brand",\n  "version": 1\n}');
    expect(error).toEqual({ path: 'name', message: expect.any(String) as string });
  });

  test('an error in the second condition gives the line of the second condition', () => {
    const source = `{
  "schema": "whypost.brand",
  "version": 1,
  "name": "Boulangerie Dupain",
  "conditions": [
    {
      "id": "promo",
      "when": { "signal": "promotion" },
      "require": ["link"]
    },
    {
      "id": "event",
      "when": { "signal": "event" },
      "require": []
    }
  ]
}`;
    expect(textErrorsOf(source)).toEqual([expect.objectContaining({ path: 'conditions.1.require', line: 14 })]);
  });

  test.each([
    ['a trailing comma', '{\n  "schema": "whypost.brand",\n  "version": 1,\n  "name": "X",\n}', 5],
    ['a missing comma', '{\n  "schema": "whypost.brand"\n  "version": 1\n}', 3],
    ['a comment', '{\n  "schema": "whypost.brand",\n  // France\n  "version": 1\n}', 3],
    ['a file cut short', '{\n  "schema": "whypost.brand",\n  "version": 1\n', 4],
  ])('invalid JSON (%s) is reported as such, with its line', (_what, source, line) => {
    const errors = textErrorsOf(source);
    expect(errors).toEqual([{ path: '(file)', message: expect.stringMatching(/^not valid JSON: /) as string, line }]);
  });

  test.each([
    ['a single-quoted string', '{\n  "schema": \'whypost.brand\'\n}', 2],
    ['an unquoted value', '{\n  "schema": "whypost.brand",\n  "version": 1,\n  "minSeverity": warning\n}', 4],
  ])('invalid JSON (%s) gives the line of the mistake', (_what, source, line) => {
    expect(textErrorsOf(source)).toEqual([expect.objectContaining({ path: '(file)', line })]);
  });

  test('an empty file is not valid JSON', () => {
    expect(textErrorsOf('')).toEqual([
      expect.objectContaining({ path: '(file)', message: expect.stringMatching(/^not valid JSON/) as string }),
    ]);
  });

  test('a valid file gives the same brand as parseBrand on its JSON', () => {
    const source = JSON.stringify({ ...MINIMAL, locale: 'fr-CA', products: ['croissant'] }, null, 2);
    expect(parseBrandText(source)).toEqual(parseBrand(JSON.parse(source)));
  });
});

describe('a brand changes the analysis', () => {
  test.each(PROMOS)('turning a rule off removes its findings (%s)', (_lang, draft) => {
    expect(rulesOf(analyze(draft))).toContain('untracked-link');
    const off = analyze(draft, { brand: brand({ rules: { 'untracked-link': { enabled: false } } }) });
    expect(rulesOf(off)).not.toContain('untracked-link');
  });

  test.each(PROMOS)('a severity override applies to every finding of the rule (%s)', (_lang, draft) => {
    const c = analyze(draft, { brand: brand({ rules: { 'untracked-link': { severity: 'blocker' } } }) });
    const found = c.findings.filter((f) => f.rule === 'untracked-link');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.severity)).toEqual(found.map(() => 'blocker'));
    // A blocker leaves the post to work on, and blocks it under the default policy.
    expect(c.verdict).toBe('needs-work');
    expect(c.blocks).toBe(true);
  });

  test.each(ANECDOTES)('a severity override can also lower a rule (%s)', (_lang, draft) => {
    const c = analyze(draft, { brand: brand({ rules: { 'weekend-anecdote': { severity: 'suggestion' } } }) });
    const found = c.findings.filter((f) => f.rule === 'weekend-anecdote');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe('suggestion');
  });

  test.each(ANECDOTES)('minSeverity "warning" hides suggestions and keeps warnings (%s)', (_lang, draft) => {
    expect(severitiesOf(analyze(draft))).toContain('suggestion');
    const c = analyze(draft, { brand: brand({ minSeverity: 'warning' }) });
    expect(severitiesOf(c)).not.toContain('suggestion');
    expect(severitiesOf(c)).toContain('warning');
  });

  test.each([
    ['French', 'Partagez si vous êtes d’accord ! Identifiez un ami qui adore le chocolat.'],
    ['English', 'Like if you agree! Tag a friend who needs this.'],
  ])('minSeverity "blocker" shows only blockers (%s bait)', (_lang, draft) => {
    expect(severitiesOf(analyze(draft))).toContain('warning');
    const c = analyze(draft, { brand: brand({ minSeverity: 'blocker' }) });
    expect(rulesOf(c)).toContain('engagement-bait');
    expect([...severitiesOf(c)]).toEqual(['blocker']);
  });

  // [policy, draft, blocking, whether the post is blocked]
  const blocking: [string, string, BrandInput['blocking'], boolean][] = [
    ['default policy, posting for posting’s sake (FR)', FR_ANECDOTE, undefined, true],
    ['default policy, posting for posting’s sake (EN)', EN_ANECDOTE, undefined, true],
    ['default policy, a ready post with a suggestion', FR_PROMO, undefined, false],
    ['no verdict blocks and no blocker is found', FR_ANECDOTE, { verdicts: [] }, false],
    ['the verdict `ready` blocks', EN_PROMO, { verdicts: ['ready'] }, true],
    [
      'the verdict `needs-work` blocks, the post is posting for posting’s sake',
      EN_ANECDOTE,
      { verdicts: ['needs-work'] },
      false,
    ],
    ['severity: a suggestion reaches "suggestion"', FR_PROMO, { verdicts: [], severity: 'suggestion' }, true],
    ['severity: a suggestion does not reach "warning"', EN_PROMO, { verdicts: [], severity: 'warning' }, false],
    ['severity: warnings reach "warning"', FR_ANECDOTE, { verdicts: [], severity: 'warning' }, true],
    ['severity null: never by severity', FR_ANECDOTE, { verdicts: [], severity: null }, false],
    [
      'rule: a finding of a listed rule blocks',
      FR_PROMO,
      { verdicts: [], severity: null, rules: ['untracked-link'] },
      true,
    ],
    [
      'rule: a listed rule with no finding does not',
      EN_PROMO,
      { verdicts: [], severity: null, rules: ['buzzwords'] },
      false,
    ],
  ];

  test.each(blocking)('blocking — %s', (_policy, draft, policy, blocks) => {
    const b = policy === undefined ? brand() : brand({ blocking: policy });
    expect(analyze(draft, { brand: b }).blocks).toBe(blocks);
  });

  test('the strict-agency preset blocks posts that need work', () => {
    const c = analyze(EN_PROMO, { brand: preset('strict-agency') });
    expect(c.verdict).toBe('needs-work');
    expect(c.blocks).toBe(true);
  });

  test('a rule listed in blocking.rules is shown and blocks even below minSeverity: the explicit list wins', () => {
    const c = analyze(FR_PROMO, { brand: brand({ minSeverity: 'warning', blocking: { rules: ['untracked-link'] } }) });
    const untracked = c.findings.find((f) => f.rule === 'untracked-link');
    expect(untracked?.severity).toBe('suggestion');
    expect(c.blocks).toBe(true);
    // Other findings below the minimum stay hidden.
    expect(c.findings.filter((f) => f.severity === 'suggestion').map((f) => f.rule)).toEqual(['untracked-link']);
  });

  describe('locale', () => {
    // A banned term with a reason ending in « ! » puts a brand sentence with an
    // exclamation mark into the messages; the brief's questions bring the « ? ».
    const withBanned = (locale: 'fr-FR' | 'fr-CA') =>
      brand({ locale, bannedTerms: [{ term: 'meilleur brunch', reason: 'allégation invérifiable !' }] });
    const draft = 'Ce week-end, j’ai fait le meilleur brunch de ma vie à la plage avec ma famille. Quel bonheur !';

    test('fr-CA: no space before « ? » and « ! », a no-break space before « : »', () => {
      const c = analyze(draft, { brand: withBanned('fr-CA') });
      const all = sentences(c).join('\n');
      expect(all).toMatch(/\S\?/);
      expect(all).not.toMatch(/[\s\u202f][?!]/);
      expect(all).toContain('\u00a0:');
      expect(all).not.toContain(' :');
      expect(c.brief.objective.question).toMatch(/inviter\?$/);
      // The brand's reason is its own words, quoted as written.
      expect(c.findings.find((f) => f.rule === 'banned-term')!.message).toContain('invérifiable !');
    });

    test('fr-CA: « fin de semaine » where the catalog says « week-end »', () => {
      const c = analyze(draft, { brand: withBanned('fr-CA') });
      const reason = c.findings.find((f) => f.rule === 'weekend-anecdote')!.reason;
      expect(reason).toContain('fin de semaine');
      expect(reason).not.toMatch(/week-end/i);
    });

    test('fr-CA: a message quotes the draft’s words, not their Québec equivalent', () => {
      const c = analyze(draft, { brand: withBanned('fr-CA') });
      const story = c.findings.find((f) => f.rule === 'weekend-anecdote' && f.quote)!;
      // The words quoted are the draft's own, as typed, even those Québec would write otherwise.
      expect(draft.slice(story.start, story.end)).toBe(story.quote);
      expect(story.message).toContain(`«\u00a0${story.quote}\u00a0»`);
      const c2 = analyze('Ce week-end, j’ai fait un brunch à la plage. Quel bonheur !', { brand: withBanned('fr-CA') });
      const quoted = c2.findings.filter((f) => f.rule === 'weekend-anecdote').map((f) => f.message);
      expect(quoted.join('\n')).not.toContain('fin de semaine');
    });

    test('fr-FR: a narrow no-break space (U+202F) before « ? » and « ! »', () => {
      const c = analyze(draft, { brand: withBanned('fr-FR') });
      const all = sentences(c).join('\n');
      expect(all).toContain('\u202f?');
      expect(all).not.toMatch(/[^\u202f][?!]/);
      expect(all).not.toContain(' :');
      expect(c.findings.find((f) => f.rule === 'weekend-anecdote')!.reason).toContain('week-end');
    });

    test('fr-CA: an empty draft asks its questions in Québec typography', () => {
      const c = analyze('   ', { brand: brand({ locale: 'fr-CA' }) });
      expect(c.verdict).toBe('empty');
      expect(c.brief.audience.question).toBe('À qui s’adresse cette publication?');
    });

    test('a brand locale does not turn an English draft’s messages into French', () => {
      const c = analyze(EN_ANECDOTE, { brand: brand({ locale: 'fr-CA' }) });
      expect(c.locale).toBe('en');
      expect(c.brief.objective.question).toBe(
        'What is this post for: selling, informing, recruiting, helping, inviting?',
      );
    });
  });

  // [draft, objectives of the brand, status of the objective]
  const objectives: [string, string, BrandInput['objectives'], 'present' | 'weak'][] = [
    ['French hiring post', FR_HIRING, [], 'present'],
    ['French hiring post', FR_HIRING, ['recruitment'], 'present'],
    ['French hiring post', FR_HIRING, ['sales', 'awareness'], 'weak'],
    ['English hiring post', EN_HIRING, ['recruitment', 'sales'], 'present'],
    ['English hiring post', EN_HIRING, ['sales'], 'weak'],
    ['French promotion', FR_PROMO, ['sales'], 'present'],
    ['French promotion', FR_PROMO, ['recruitment'], 'weak'],
    ['English promotion', EN_PROMO, ['recruitment', 'support'], 'weak'],
  ];

  test.each(objectives)('%s, brand objectives %j: the objective is %s', (_what, draft, pursued, status) => {
    const c = analyze(draft, { brand: brand({ objectives: pursued }) });
    expect(c.genre).toBe('purposeful');
    expect(c.brief.objective.status).toBe(status);
    // A weak objective asks the question, in the draft's language.
    if (status === 'weak') expect(c.brief.objective.question).toMatch(/\?$/);
  });

  test('the brand’s first preferred call to action is the example of a missing one', () => {
    const c = analyze(FR_ANECDOTE, { brand: brand({ callsToAction: ['Commandez en ligne', 'Passez nous voir'] }) });
    expect(c.brief['call-to-action']).toMatchObject({ status: 'missing', example: 'Commandez en ligne' });
  });

  test.each(PROMOS)('a UTM policy names the parameters a link lacks, as a warning (%s)', (_lang, draft) => {
    const b = brand({
      utm: [{ domains: ['*.boulangerie.example', 'bakery.example'], parameters: ['utm_source', 'utm_campaign'] }],
    });
    const [finding] = analyze(draft, { brand: b }).findings.filter((f) => f.rule === 'untracked-link');
    expect(finding).toMatchObject({ messageId: 'policy', severity: 'warning' });
    expect(finding!.message).toContain('utm_source, utm_campaign');
    const tracked = draft.replace('/promo', '/promo?utm_source=facebook&utm_campaign=croissants');
    expect(rulesOf(analyze(tracked, { brand: b }))).not.toContain('untracked-link');
  });

  test.each(PROMOS)('a condition reports what a promotion lacks (%s)', (_lang, draft) => {
    // The b2c-shop preset requires a call to action, a link and a tracked link on promotions.
    const [finding] = analyze(draft, { brand: preset('b2c-shop') }).findings.filter(
      (f) => f.rule === 'brand-condition',
    );
    expect(finding).toMatchObject({ severity: 'warning', data: { condition: 'promotion-needs-action' } });
    expect(finding!.data.missing).toBe('@tracked-link');
    expect(finding!.message).toMatch(/UTM/);
  });
});

describe('accounts: the posting identity and the handles a rule set lists', () => {
  // [platform, what the page shows, what the rule set lists, same identity?]
  test.each([
    ['x', '@AcmeFR', 'acmefr', true],
    ['x', 'AcmeFR', 'AcmeFR_', false],
    ['facebook', 'Boulangerie Dupain', ' boulangerie dupain ', true],
    // LinkedIn: the member's or the Page's name as the share box shows it, folded…
    ['linkedin', 'Café Lumière', 'cafe  lumiere', true],
    ['linkedin', 'Jane Doe', '@Jane Doe', true],
    ['linkedin', 'Acme Robotics', 'Acme Robotic', false],
    // …or its address, whatever the form the rule set writes it in.
    ['linkedin', 'https://www.linkedin.com/company/acme-robotics/', 'linkedin.com/company/Acme-Robotics', true],
    ['linkedin', 'https://fr.linkedin.com/in/jane-doe?trk=x', 'www.linkedin.com/in/jane-doe', true],
    ['linkedin', 'linkedin.com/in/caf%C3%A9-lumi%C3%A8re', 'linkedin.com/in/café-lumière', true],
    // A Page and a member with the same slug are two identities; a name never matches an address.
    ['linkedin', 'linkedin.com/in/acme', 'linkedin.com/company/acme', false],
    ['linkedin', 'acme', 'linkedin.com/company/acme', false],
    ['linkedin', '  ', '', false],
  ] as const)('%s: %j and %j → %s', (platform, shown, listed, same) => {
    expect(sameAccount(platform, shown, listed)).toBe(same);
  });

  test.each([
    'https://www.linkedin.com/showcase/acme-labs/',
    'https://www.linkedin.com/showcase/acme-labs/posts/?feedView=all',
    'linkedin.com/showcase/ACME-labs',
  ])('a LinkedIn address keeps its kind and slug only: %s', (address) => {
    expect(accountKey('linkedin', address)).toBe('showcase/acme-labs');
  });

  test('a rule set may list LinkedIn accounts', () => {
    const result = parseBrand({ ...MINIMAL, accounts: [{ platform: 'linkedin', handle: 'Acme Robotics' }] });
    expect(result).toMatchObject({
      ok: true,
      brand: { accounts: [{ platform: 'linkedin', handle: 'Acme Robotics' }] },
    });
    expect(parseBrand({ ...MINIMAL, accounts: [{ platform: 'tiktok', handle: 'acme' }] })).toMatchObject({
      ok: false,
      errors: [{ path: 'accounts.0.platform' }],
    });
  });
});

describe('docs/brand-rule-set.md', () => {
  const doc = readFileSync(new URL('../docs/brand-rule-set.md', import.meta.url), 'utf8');

  test('documents every top-level field of the schema', () => {
    for (const key of Object.keys(BrandSchema.entries)) expect(doc, key).toContain(`\`${key}\``);
  });

  test('its complete example is a valid rule set', () => {
    // The first ```json block after the "Complete example" heading.
    const example = /## Complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(parseBrandText(example!)).toMatchObject({ ok: true });
  });
});

describe('errors in French, for the options page', () => {
  const head = '"schema":"whypost.brand","version":1';
  // One file for each kind of message the schema, parseBrand and the JSON reader write.
  const FILES = [
    `{${head},"name":""}`,
    `{${head},"name":"${'x'.repeat(90)}"}`,
    `{${head},"name":"a","foo":1}`,
    `{${head},"name":"a","minSeverity":"grave"}`,
    `{${head},"name":"a","rules":{"nope":{}}}`,
    `{${head},"name":"a","blocking":{"rules":["nope"]}}`,
    '{"schema":"whypost.brand","version":3,"name":"a"}',
    '{"schema":"x","version":1,"name":"a"}',
    '{"schema":"whypost.brand","version":2,"name":"a"}',
    `{${head},"name":"a","products":["${'y'.repeat(120)}"]}`,
    `{${head},"name":"a","products":[${Array.from({ length: 201 }, () => '"p"').join(',')}]}`,
    `{${head},"name":"a","utm":[{"domains":["bad domain"],"parameters":[]}]}`,
    `{${head},"name":"a","utm":[{"domains":[],"parameters":["utm source"]}]}`,
    `{${head},"name":"a","conditions":[{"id":"A B","when":{"x":1},"require":[]}]}`,
    `{${head},"name":"a","conditions":[{"id":"a","when":{"signal":"event"},"require":["nope"]}]}`,
    `{${head},"name":"a","bannedTerms":[3],"accounts":[{"platform":"tiktok","handle":"a"}]}`,
    `{${head},"name":"a","objectives":["fun"],"rules":{"buzzwords":{"enabled":"yes"}}}`,
    `{${head}}`,
    '{"schema": ',
    '[1]',
    '{"a": "b\n"}',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1} x',
    '{"a" 1}',
    '{"a":tru}',
  ];

  test.each(FILES)('every message has a French wording: %s', (file) => {
    const result = parseBrandText(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const { message } of result.errors) {
      const fr = brandErrorMessage(message, 'fr');
      expect(fr, message).not.toBe(message);
      expect(fr, message).not.toMatch(/\b(must|expected|unknown|got|found|column|the file|update)\b/);
      expect(brandErrorMessage(message, 'en')).toBe(message);
    }
  });
});
