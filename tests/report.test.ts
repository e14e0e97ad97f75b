// The coaching report's figures (issue 13) on a small queue counted by hand,
// then the thin cases (nothing, one draft, a brand with nothing in the period,
// a week with nothing) where no figure may be NaN, and the exports.
import { describe, expect, test } from 'vitest';
import { ELEMENTS, type Element, type Status } from '../analyzers/types';
import {
  computeReport,
  DEFAULT_REPORT_FORM,
  filterFromReportForm,
  reportFormFromQuery,
  figureRows,
  periodBounds,
  reportBrands,
  reportCsv,
  reportJson,
  weekStart,
  type CsvWords,
  type Report,
} from '../utils/report';
import type { DraftRecord } from '../utils/storage';

// Monday 23 November 2026, 15:30 local time.
const NOW = new Date(2026, 10, 23, 15, 30).getTime();
const at = (day: number, hour = 12, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

function brief(missing: Element[]): NonNullable<DraftRecord['brief']> {
  const out = {} as NonNullable<DraftRecord['brief']>;
  for (const e of ELEMENTS) out[e] = { status: (missing.includes(e) ? 'missing' : 'present') as Status, evidence: [] };
  return out;
}

const finding = (rule: string) => ({
  rule,
  category: 'objective' as const,
  severity: 'warning' as const,
  message: '',
  suggestion: '',
});

function draft(id: string, overrides: Partial<DraftRecord>): DraftRecord {
  return {
    id,
    at: NOW,
    text: `Draft ${id}`,
    platform: 'x',
    surface: 'home',
    brandId: 'acme',
    brand: 'Acme',
    lang: 'en',
    genre: 'purposeful',
    verdict: 'ready',
    findings: [],
    brief: brief([]),
    decision: 'published',
    ...overrides,
  };
}

const SAKE = 'posting-for-posting-sake' as const;

// Counted by hand in the tests below: brand acme, the last 7 days (17–23 November) hold a–h and k.
const QUEUE: DraftRecord[] = [
  draft('a', { at: at(23, 14, 30) }),
  draft('b', {
    at: at(22),
    genre: 'engagement-bait',
    verdict: SAKE,
    decision: 'published-anyway',
    reason: 'client-approved',
    findings: [finding('engagement-bait'), finding('engagement-bait'), finding('missing-call-to-action')],
    brief: brief(['call-to-action', 'value']),
  }),
  draft('c', {
    at: at(21),
    genre: 'press-release',
    verdict: SAKE,
    decision: 'published-anyway',
    findings: [finding('press-release-dump')],
    brief: brief(['value']),
  }),
  draft('d', {
    at: at(20, 9),
    genre: 'anecdote',
    verdict: SAKE,
    decision: 'abandoned',
    findings: [finding('weekend-anecdote')],
    brief: brief(['value', 'call-to-action']),
  }),
  // Revised, then its next version (f, same composer) passed. Recorded before version 2: no brief.
  draft('e', {
    at: at(20, 10),
    genre: 'no-objective',
    verdict: 'needs-work',
    decision: 'revised',
    findings: [finding('no-objective')],
    brief: undefined,
  }),
  draft('f', { at: at(20, 10, 5) }),
  // Revised, then its next version (h) was stopped again and published anyway.
  draft('g', {
    at: at(19),
    surface: 'compose',
    genre: 'engagement-bait',
    verdict: SAKE,
    decision: 'revised',
    findings: [finding('engagement-bait')],
    brief: brief(['objective']),
  }),
  draft('h', {
    at: at(19, 12, 5),
    surface: 'compose',
    genre: 'engagement-bait',
    verdict: SAKE,
    decision: 'published-anyway',
    reason: 'client-approved',
    findings: [finding('engagement-bait')],
    brief: brief(['objective']),
  }),
  draft('i', { at: at(23, 9), brandId: 'other', brand: 'Other', decision: 'abandoned', genre: 'anecdote' }),
  draft('j', { at: at(13) }),
  draft('k', {
    at: at(23, 13),
    platform: 'facebook',
    surface: 'page',
    genre: 'press-release',
    verdict: SAKE,
    decision: 'published-anyway',
    reason: 'time-sensitive',
    findings: [finding('press-release-dump')],
  }),
];

/** Every number anywhere in the report is finite: no NaN, no Infinity. */
function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(finiteEverywhere);
  return true;
}

const keyed = (list: { key: string; count: number; share: number }[]) => list.map((x) => [x.key, x.count, x.share]);

describe('computeReport on a queue counted by hand', () => {
  const r = computeReport(QUEUE, { brand: 'acme', period: { days: 7 } }, NOW);

  test('checked and flagged', () => {
    expect(r.checked).toBe(9);
    // Stopped by the check: b c d e g h k.
    expect(r.flagged).toEqual({ count: 7, share: 7 / 9 });
  });

  test('verdicts, every one in a fixed order', () => {
    expect(keyed(r.verdicts)).toEqual([
      ['ready', 2, 2 / 9],
      ['needs-work', 1, 1 / 9],
      [SAKE, 6, 6 / 9],
      ['empty', 0, 0],
    ]);
  });

  test('decisions', () => {
    expect(keyed(r.decisions)).toEqual([
      ['published', 2, 2 / 9],
      ['published-anyway', 4, 4 / 9],
      ['revised', 2, 2 / 9],
      ['abandoned', 1, 1 / 9],
    ]);
  });

  test('genres of the flagged drafts, most frequent first, ties in the catalogue’s order', () => {
    expect(keyed(r.genres)).toEqual([
      ['engagement-bait', 3, 3 / 7],
      ['press-release', 2, 2 / 7],
      ['anecdote', 1, 1 / 7],
      ['no-objective', 1, 1 / 7],
    ]);
  });

  test('published-anyway reasons grouped, the empty reason apart, three most frequent given ones', () => {
    expect(keyed(r.reasons)).toEqual([
      ['client-approved', 2, 2 / 4],
      ['time-sensitive', 1, 1 / 4],
      ['none', 1, 1 / 4],
    ]);
    expect(r.topReasons.map((x) => x.key)).toEqual(['client-approved', 'time-sensitive']);
  });

  test('missing brief elements, of the drafts whose brief was recorded', () => {
    expect(r.withBrief).toBe(8);
    expect(keyed(r.missing)).toEqual([
      ['value', 3, 3 / 8],
      ['objective', 2, 2 / 8],
      ['call-to-action', 2, 2 / 8],
    ]);
  });

  test('rules, counted once per draft, ties alphabetical', () => {
    expect(keyed(r.rules)).toEqual([
      ['engagement-bait', 3, 3 / 9],
      ['press-release-dump', 2, 2 / 9],
      ['missing-call-to-action', 1, 1 / 9],
      ['no-objective', 1, 1 / 9],
      ['weekend-anecdote', 1, 1 / 9],
    ]);
  });

  test('revised after the check, and revised then passed (the next version from the same composer)', () => {
    expect(r.revised).toEqual({ count: 2, share: 2 / 7, passed: { count: 1, share: 1 / 2 } });
  });

  test('the weekly share flagged, Monday to Sunday', () => {
    expect(r.weeks).toEqual([
      { start: new Date(2026, 10, 16).getTime(), checked: 7, flagged: 6, share: 6 / 7 },
      { start: new Date(2026, 10, 23).getTime(), checked: 2, flagged: 1, share: 1 / 2 },
    ]);
  });

  test('the platform filter', () => {
    const fb = computeReport(QUEUE, { brand: 'acme', platform: 'facebook', period: { days: 7 } }, NOW);
    expect(fb.checked).toBe(1);
    expect(keyed(fb.genres)).toEqual([['press-release', 1, 1]]);
    expect(fb.withBrief).toBe(1);
    expect(fb.missing).toEqual([]);
  });

  test('LinkedIn is a platform of its own', () => {
    const q = [
      draft('li', { platform: 'linkedin', surface: 'li-share' }),
      draft('x', {}),
      draft('fb', { platform: 'facebook' }),
    ];
    const linkedin = computeReport(q, { platform: 'linkedin', period: { days: 7 } }, NOW);
    expect(linkedin.checked).toBe(1);
    expect(computeReport(q, { period: { days: 7 } }, NOW).checked).toBe(3);
    expect(reportFormFromQuery('?platform=linkedin')).toEqual({ ...DEFAULT_REPORT_FORM, platform: 'linkedin' });
  });

  test('every brand, and a longer period', () => {
    expect(computeReport(QUEUE, { period: { days: 7 } }, NOW).checked).toBe(10);
    expect(computeReport(QUEUE, { brand: 'acme', period: { days: 30 } }, NOW).checked).toBe(10);
  });

  test('the next version may fall after the period and still counts', () => {
    const q = [
      draft('r', { at: at(20, 23, 58), decision: 'revised', genre: 'anecdote' }),
      draft('s', { at: at(21, 0, 2) }),
    ];
    const only20 = computeReport(q, { period: { from: '2026-11-20', to: '2026-11-20' } }, NOW);
    expect(only20.checked).toBe(1);
    expect(only20.revised).toEqual({ count: 1, share: 1, passed: { count: 1, share: 1 } });
  });

  test('every figure is finite', () => expect(finiteEverywhere(r)).toBe(true));
});

describe('empty and thin data', () => {
  const empty = computeReport([], { period: { days: 30 } }, NOW);

  test('no drafts: zeros, never NaN, and weeks with nothing have no share', () => {
    expect(empty.checked).toBe(0);
    expect(empty.flagged).toEqual({ count: 0, share: 0 });
    expect(empty.verdicts.every((v) => v.count === 0 && v.share === 0)).toBe(true);
    expect(empty.genres).toEqual([]);
    expect(empty.reasons).toEqual([]);
    expect(empty.missing).toEqual([]);
    expect(empty.revised).toEqual({ count: 0, share: 0, passed: { count: 0, share: 0 } });
    // Sunday 25 October to Monday 23 November: six Monday-to-Sunday weeks, each empty.
    expect(empty.weeks).toHaveLength(6);
    expect(empty.weeks.every((w) => w.checked === 0 && w.share === null)).toBe(true);
    expect(finiteEverywhere(empty)).toBe(true);
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });

  test('one draft', () => {
    const one = computeReport([QUEUE[1]!], { period: { days: 7 } }, NOW);
    expect(one.checked).toBe(1);
    expect(one.flagged).toEqual({ count: 1, share: 1 });
    expect(one.topReasons).toEqual([{ key: 'client-approved', count: 1, share: 1 }]);
    expect(finiteEverywhere(one)).toBe(true);
  });

  test('a brand with no draft in the period', () => {
    const other = computeReport(QUEUE, { brand: 'other', period: { from: '2026-11-01', to: '2026-11-15' } }, NOW);
    expect(other.checked).toBe(0);
    expect(finiteEverywhere(other)).toBe(true);
  });

  test('a week with nothing between two weeks with drafts', () => {
    const q = [draft('1', { at: at(2), decision: 'abandoned' }), draft('2', { at: at(18) })];
    const r = computeReport(q, { period: { from: '2026-11-02', to: '2026-11-22' } }, NOW);
    expect(r.weeks.map((w) => [w.checked, w.share])).toEqual([
      [1, 1],
      [0, null],
      [1, 0],
    ]);
  });

  test('two dates that are not dates give an empty report rather than an error', () => {
    const r = computeReport(QUEUE, { period: { from: '2026-02-31', to: '2026-11-23' } }, NOW);
    expect(r.checked).toBe(0);
    expect(r.weeks).toEqual([]);
    expect(finiteEverywhere(r)).toBe(true);
  });
});

describe('periods and weeks', () => {
  test('the last 7 days include today, from midnight', () => {
    expect(periodBounds({ days: 7 }, NOW)).toEqual({
      from: new Date(2026, 10, 17).getTime(),
      to: new Date(2026, 10, 24).getTime() - 1,
    });
  });

  test('two dates, in either order, both included', () => {
    const bounds = { from: new Date(2026, 10, 2).getTime(), to: new Date(2026, 10, 6).getTime() - 1 };
    expect(periodBounds({ from: '2026-11-02', to: '2026-11-05' }, NOW)).toEqual(bounds);
    expect(periodBounds({ from: '2026-11-05', to: '2026-11-02' }, NOW)).toEqual(bounds);
    expect(periodBounds({ from: '', to: '2026-11-05' }, NOW)).toBeNull();
  });

  test.each([
    ['Monday 23 November 00:00', new Date(2026, 10, 23, 0, 0), 23],
    ['Sunday 29 November 23:59', new Date(2026, 10, 29, 23, 59), 23],
    ['Sunday 22 November 23:59', new Date(2026, 10, 22, 23, 59), 16],
  ])('the week of %s starts on the Monday before', (_, day, monday) => {
    expect(weekStart(day.getTime())).toBe(new Date(2026, 10, monday).getTime());
  });

  test('a period of two centuries draws ten years of weeks at most', () => {
    expect(computeReport([], { period: { from: '1900-01-01', to: '2100-01-01' } }, NOW).weeks).toHaveLength(520);
  });
});

describe('brands offered by the filter', () => {
  test('named as most recently recorded, sorted by name', () => {
    const q = [draft('1', { brand: 'Acme old', at: 1 }), ...QUEUE];
    expect(reportBrands(q)).toEqual([
      { id: 'acme', name: 'Acme' },
      { id: 'other', name: 'Other' },
    ]);
  });
});

describe('exports', () => {
  const r: Report = computeReport(QUEUE, { brand: 'acme', period: { days: 7 } }, NOW);
  const words: CsvWords = {
    headers: { section: 'section', key: 'key', label: 'label', count: 'count', share: 'share (%)', of: 'of' },
    label: (row) => (row.key ? `${row.section}: ${row.key}` : row.section),
    meta: { brand: 'brand', platform: 'platform', from: 'from', to: 'to', generated: 'generated' },
  };

  test('the CSV holds every figure with its count and share', () => {
    const csv = reportCsv(r, { brand: 'Acme', platform: 'X, Facebook', generatedAt: NOW }, words);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('section,key,label,count,share (%),of');
    expect(lines).toContain('report,brand-name,Acme,,,');
    expect(lines).toContain('report,platform-name,"X, Facebook",,,');
    expect(lines).toContain('report,from,from,2026-11-17,,');
    expect(lines).toContain('checked,,checked,9,100.0,9');
    expect(lines).toContain('flagged,,flagged,7,77.8,9');
    expect(lines).toContain('decision,published-anyway,decision: published-anyway,4,44.4,9');
    expect(lines).toContain('reason,client-approved,reason: client-approved,2,50.0,4');
    expect(lines).toContain('revised-passed,,revised-passed,1,50.0,2');
    expect(lines).toContain('week,2026-11-16,week: 2026-11-16,6,85.7,7');
    expect(lines).toHaveLength(1 + 7 + figureRows(r).length);
  });

  test('an empty report exports no NaN', () => {
    const e = computeReport([], { period: { days: 7 } }, NOW);
    const csv = reportCsv(e, { brand: 'All', platform: 'All', generatedAt: NOW }, words);
    expect(csv).not.toContain('NaN');
    expect(csv).toContain('week,2026-11-16,week: 2026-11-16,0,,0');
    expect(reportJson(e, { brand: 'All', platform: 'All', generatedAt: NOW }, { period: { days: 7 } })).not.toContain(
      'NaN',
    );
  });

  test('the JSON names its format, the brand and the period in days', () => {
    const json = JSON.parse(
      reportJson(r, { brand: 'Acme', platform: 'X', generatedAt: NOW }, { brand: 'acme', period: { days: 7 } }),
    );
    expect(json).toMatchObject({
      schema: 'whypost.report',
      version: 1,
      brand: { id: 'acme', name: 'Acme' },
      platform: null,
      from: '2026-11-17',
      to: '2026-11-23',
      checked: 9,
      flagged: { count: 7 },
    });
    expect(json.weeks[0]).toEqual({ start: '2026-11-16', checked: 7, flagged: 6, share: 6 / 7 });
  });
});

describe('the filter form', () => {
  test.each([
    [{}, { period: { days: 30 } }],
    [
      { brand: 'acme', platform: 'x' as const, period: '7' as const },
      { brand: 'acme', platform: 'x', period: { days: 7 } },
    ],
    [
      { period: 'dates' as const, from: '2026-11-01', to: '2026-11-30' },
      { period: { from: '2026-11-01', to: '2026-11-30' } },
    ],
  ])('%j gives %j', (form, filter) => {
    expect(filterFromReportForm({ ...DEFAULT_REPORT_FORM, ...form })).toEqual(filter);
  });

  test('two dates with one missing give no filter', () => {
    expect(filterFromReportForm({ ...DEFAULT_REPORT_FORM, period: 'dates', from: '2026-11-01' })).toBeNull();
  });

  test('read from the address, anything not understood ignored', () => {
    expect(reportFormFromQuery('?brand=acme&platform=facebook&days=7')).toEqual({
      ...DEFAULT_REPORT_FORM,
      brand: 'acme',
      platform: 'facebook',
      period: '7',
    });
    expect(reportFormFromQuery('?from=2026-11-01&to=2026-11-30&platform=myspace&days=12')).toEqual({
      ...DEFAULT_REPORT_FORM,
      period: 'dates',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(reportFormFromQuery('')).toEqual(DEFAULT_REPORT_FORM);
  });
});
