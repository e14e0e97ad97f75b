// The review queue's data without a browser: what is kept, what a filter
// shows, and exports a spreadsheet or a script can read back exactly.
import { describe, expect, test } from 'vitest';
import {
  dayEnd,
  dayStart,
  EMPTY_FILTER_FORM,
  excerpt,
  exportFilename,
  filterDrafts,
  filterFromForm,
  parseLimit,
  prune,
  queueFacets,
  toCsv,
  toJson,
} from '../utils/history';
import type { DraftRecord, HistorySettings } from '../utils/storage';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 15, 30).getTime();

function draft(id: string, overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id,
    at: NOW,
    text: `Draft ${id}`,
    platform: 'x',
    surface: 'home',
    brandId: 'default',
    brand: 'Default',
    lang: 'en',
    genre: 'no-objective',
    verdict: 'posting-for-posting-sake',
    score: 30,
    findings: [],
    decision: 'published',
    ...overrides,
  };
}

function finding(rule: string): DraftRecord['findings'][number] {
  return { rule, category: 'objective', severity: 'warning', message: `${rule} message`, suggestion: 'Do better.' };
}

const ids = (list: DraftRecord[]) => list.map((d) => d.id);

describe('prune', () => {
  const settings: HistorySettings = { enabled: true, maxDrafts: 3, maxDays: 30 };

  test('drops drafts older than maxDays, keeps the one exactly maxDays old', () => {
    const list = [
      draft('old', { at: NOW - 30 * DAY - 1 }),
      draft('edge', { at: NOW - 30 * DAY }),
      draft('new', { at: NOW - DAY }),
    ];
    expect(ids(prune(list, settings, NOW))).toEqual(['edge', 'new']);
  });

  test('keeps the maxDrafts newest, in the order they were stored', () => {
    const list = [
      draft('d3', { at: NOW - 3 * DAY }),
      draft('d1', { at: NOW - 1 * DAY }),
      draft('d5', { at: NOW - 5 * DAY }),
      draft('d2', { at: NOW - 2 * DAY }),
      draft('d4', { at: NOW - 4 * DAY }),
    ];
    expect(ids(prune(list, settings, NOW))).toEqual(['d3', 'd1', 'd2']);
  });

  test('a setting that is not a number falls back to the defaults, one out of bounds to the nearest bound', () => {
    const list = [draft('a', { at: NOW - 2 * DAY }), draft('b', { at: NOW - 100 * DAY })];
    expect(ids(prune(list, { enabled: true, maxDrafts: Number.NaN, maxDays: Number.NaN }, NOW))).toEqual(['a', 'b']);
    expect(ids(prune(list, { enabled: true, maxDrafts: 0, maxDays: 365 }, NOW))).toEqual(['a']);
    expect(ids(prune(list, { enabled: true, maxDrafts: 10, maxDays: -1 }, NOW))).toEqual([]);
  });

  test('does not change the list it is given', () => {
    const list = [draft('a', { at: NOW - 40 * DAY }), draft('b')];
    prune(list, settings, NOW);
    expect(ids(list)).toEqual(['a', 'b']);
  });
});

describe('filterDrafts', () => {
  const list = [
    draft('x-acme', { at: NOW - 3 * DAY, brandId: 'acme', brand: 'Acme', findings: [finding('engagement-bait')] }),
    draft('fb-default', {
      at: NOW - DAY,
      platform: 'facebook',
      decision: 'published-anyway',
      reason: 'client-approved',
      findings: [finding('press-release-dump'), finding('missing-value')],
      reviewed: true,
    }),
    draft('x-default', { at: NOW - 2 * DAY, decision: 'abandoned', findings: [finding('missing-value')] }),
  ];

  test.each<[string, Parameters<typeof filterDrafts>[1], string[]]>([
    ['nothing: all, newest first', {}, ['fb-default', 'x-default', 'x-acme']],
    ['a brand by id', { brand: 'acme' }, ['x-acme']],
    ['a rule', { rule: 'missing-value' }, ['fb-default', 'x-default']],
    ['a decision', { decision: 'abandoned' }, ['x-default']],
    ['not reviewed', { reviewed: false }, ['x-default', 'x-acme']],
    ['reviewed', { reviewed: true }, ['fb-default']],
    ['inclusive bounds', { from: NOW - 3 * DAY, to: NOW - 2 * DAY }, ['x-default', 'x-acme']],
    ['every criterion at once', { brand: 'default', rule: 'missing-value', reviewed: false }, ['x-default']],
    ['a rule no draft has', { rule: 'buzzwords' }, []],
  ])('%s', (_, filter, expected) => {
    expect(ids(filterDrafts(list, filter))).toEqual(expected);
  });

  test('the form: empty fields mean all, dates are whole local days, reviewed hidden by default', () => {
    expect(filterFromForm(EMPTY_FILTER_FORM)).toEqual({ reviewed: false });
    const filter = filterFromForm({
      brand: 'acme',
      rule: '',
      decision: 'published',
      from: '2026-11-20',
      to: '2026-11-21',
      showReviewed: true,
    });
    expect(filter).toEqual({
      brand: 'acme',
      decision: 'published',
      from: new Date(2026, 10, 20).getTime(),
      to: new Date(2026, 10, 22).getTime() - 1,
    });
    const late = draft('late', { at: new Date(2026, 10, 21, 23, 59).getTime(), brandId: 'acme' });
    const next = draft('next', { at: new Date(2026, 10, 22, 0, 0).getTime(), brandId: 'acme' });
    expect(ids(filterDrafts([late, next], filter))).toEqual(['late']);
  });

  test('a date that is not one is ignored', () => {
    expect(dayStart('2026-02-31')).toBeUndefined();
    expect(dayEnd('')).toBeUndefined();
    expect(dayStart('23/11/2026')).toBeUndefined();
    expect(filterFromForm({ ...EMPTY_FILTER_FORM, from: 'nope', showReviewed: true })).toEqual({});
  });

  test('the facets: brands by their latest name, the rules found', () => {
    const facets = queueFacets([
      draft('a', { brandId: 'acme', brand: 'Acme (old)', at: NOW - DAY, findings: [finding('buzzwords')] }),
      draft('b', { brandId: 'acme', brand: 'Acme', at: NOW }),
      draft('c', { findings: [finding('missing-value'), finding('buzzwords')] }),
    ]);
    expect(facets).toEqual({
      brands: [
        { id: 'acme', name: 'Acme' },
        { id: 'default', name: 'Default' },
      ],
      rules: ['buzzwords', 'missing-value'],
    });
  });
});

describe('parseLimit', () => {
  test.each<[string, 'maxDrafts' | 'maxDays', number | null]>([
    ['500', 'maxDrafts', 500],
    [' 42 ', 'maxDays', 42],
    ['1', 'maxDrafts', 1],
    ['10000', 'maxDrafts', 10_000],
    ['10001', 'maxDrafts', null],
    ['3650', 'maxDays', 3650],
    ['3651', 'maxDays', null],
    ['0', 'maxDays', null],
    ['-5', 'maxDrafts', null],
    ['1.5', 'maxDrafts', null],
    ['1e3', 'maxDrafts', null],
    ['', 'maxDays', null],
    ['ten', 'maxDays', null],
  ])('%j as %s → %s', (text, key, expected) => {
    expect(parseLimit(text, key)).toBe(expected);
  });
});

/** A strict RFC 4180 reader, to check that what toCsv writes reads back field for field. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last line without CRLF');
  return rows;
}

describe('toCsv', () => {
  const tricky = draft('tricky', {
    at: Date.UTC(2026, 10, 23, 9, 5, 0),
    text: 'Prix : 24 €, "brunch" du dimanche\nRéservez ici',
    brand: 'Café, Thé & Co',
    account: '@cafe',
    lang: 'fr',
    genre: 'purposeful',
    verdict: 'ready',
    score: 88,
    decision: 'published-anyway',
    reason: 'time-sensitive',
    reviewed: true,
    findings: [finding('untracked-link'), finding('buzzwords'), finding('untracked-link')],
  });

  test('a UTF-8 BOM, CRLF line endings, one row per draft after the header', () => {
    const csv = toCsv([tricky, draft('plain')], 'en');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.match(/\r\n/g)).toHaveLength(3);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 14)).toBe(true);
  });

  test.each([
    ['en', 'date,platform,surface,brand,account,language,genre,verdict,score,decision,reason,reviewed,rules,text'],
    ['fr', 'date,plateforme,emplacement,marque,compte,langue,genre,verdict,score,décision,raison,relu,règles,texte'],
  ] as const)('%s: the header in the interface language', (lang, header) => {
    expect(toCsv([], lang)).toBe(`\ufeff${header}\r\n`);
  });

  test('quotes fields with commas, quotes and line breaks, doubling the quotes, and reads back exactly', () => {
    const csv = toCsv([tricky], 'fr');
    expect(csv).toContain('"Café, Thé & Co"');
    expect(csv).toContain('"Prix : 24 €, ""brunch"" du dimanche\nRéservez ici"');
    const [, row] = parseCsv(csv.slice(1));
    expect(row).toEqual([
      '2026-11-23T09:05:00.000Z',
      'x',
      'home',
      'Café, Thé & Co',
      // An X handle starts with @, which a spreadsheet would read as a formula.
      "'@cafe",
      'fr',
      'purposeful',
      'ready',
      '88',
      'published-anyway',
      'time-sensitive',
      'true',
      'untracked-link;buzzwords',
      'Prix : 24 €, "brunch" du dimanche\nRéservez ici',
    ]);
  });

  test('empty cells for what a draft does not have', () => {
    const old = draft('old');
    delete old.score;
    const [, row] = parseCsv(toCsv([old], 'en').slice(1));
    expect(row?.[4]).toBe('');
    expect(row?.[8]).toBe('');
    expect(row?.[10]).toBe('');
    expect(row?.[11]).toBe('false');
  });

  test.each(['=HYPERLINK("http://evil.example","x")', '+33 1 23 45 67 89', '-2+3', '@SUM(A1)', '\tcmd', '\r=1+1'])(
    'a field starting like a formula gets an apostrophe: %j',
    (text) => {
      const csv = toCsv([draft('f', { text, brand: text, account: text })], 'en');
      const [, row] = parseCsv(csv.slice(1));
      expect(row?.[3]).toBe(`'${text}`);
      expect(row?.[4]).toBe(`'${text}`);
      expect(row?.[13]).toBe(`'${text}`);
    },
  );

  test('a formula sign inside a field is left alone', () => {
    const [, row] = parseCsv(toCsv([draft('f', { text: '2+2=4 @home' })], 'en').slice(1));
    expect(row?.[13]).toBe('2+2=4 @home');
  });
});

describe('toJson', () => {
  test('an envelope that names its format, every field of every draft', () => {
    const list = [draft('a', { reviewed: true, findings: [finding('buzzwords')] }), draft('b')];
    const json = toJson(list, Date.UTC(2026, 10, 23, 12));
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['schema', 'version', 'exportedAt', 'drafts']);
    expect(parsed).toEqual({
      schema: 'whypost.drafts',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      drafts: list,
    });
    expect(json).toContain('\n  "drafts": [');
  });

  test('exportedAt defaults to now', () => {
    const before = Date.now();
    const at = Date.parse((JSON.parse(toJson([])) as { exportedAt: string }).exportedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
});

describe('excerpt', () => {
  test('a short text on one line, as it is', () => {
    expect(excerpt('  Bonjour\n\tà tous  ')).toBe('Bonjour à tous');
  });

  test('a long text cut to max with an ellipsis', () => {
    const text = 'a'.repeat(200);
    const out = excerpt(text);
    expect(out).toHaveLength(120);
    expect(out.endsWith('…')).toBe(true);
    expect(excerpt(text, 10)).toBe(`${'a'.repeat(9)}…`);
  });

  test('exactly max characters is not cut', () => {
    expect(excerpt('b'.repeat(120))).toBe('b'.repeat(120));
  });

  test('never splits an emoji in two', () => {
    // The cut falls between the two halves of 😀 (at UTF-16 index 9).
    const out = excerpt(`${'x'.repeat(8)}😀${'y'.repeat(20)}`, 10);
    expect(out).toBe(`${'x'.repeat(8)}…`);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const kept = excerpt(`${'x'.repeat(7)}😀${'y'.repeat(20)}`, 10);
    expect(kept).toBe(`${'x'.repeat(7)}😀…`);
  });
});

test('export file names carry the local date', () => {
  expect(exportFilename('csv', new Date(2026, 10, 23, 23, 59).getTime())).toBe('whypost-drafts-2026-11-23.csv');
  expect(exportFilename('json', new Date(2026, 0, 5, 0, 1).getTime())).toBe('whypost-drafts-2026-01-05.json');
});
