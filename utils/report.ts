// The coaching report's figures (issue 13), as one pure function over the
// recorded drafts: no storage, no DOM, no clock of its own, so that every
// figure is tested on hand-computed cases and the page only draws them.
import {
  ELEMENTS,
  GENRES,
  isPlatform,
  type Element,
  type Genre,
  type Platform,
  type Verdict,
} from '../analyzers/types';
import { csvField, dayEnd, dayStart, localDay } from './history';
import { OVERRIDE_REASONS, type Decision, type DraftRecord, type OverrideReason } from './storage';

export const DECISIONS: readonly Decision[] = ['published', 'published-anyway', 'revised', 'abandoned'];
export const VERDICTS: readonly Verdict[] = ['ready', 'needs-work', 'posting-for-posting-sake', 'empty'];
export const PERIOD_DAYS = [7, 30, 90] as const;
export type { Platform };

/** A period: the last 7, 30 or 90 days (today included), or two dates typed as YYYY-MM-DD (both included). */
export type Period = { days: (typeof PERIOD_DAYS)[number] } | { from: string; to: string };

export interface ReportFilter {
  /** A brand id; absent: every brand. */
  brand?: string;
  /** Absent: every platform. */
  platform?: Platform;
  period: Period;
}

/** A count and its share of a stated whole, in [0, 1]; the share is 0 when the whole is 0, never NaN. */
export interface Share {
  count: number;
  share: number;
}

export interface Ranked<K extends string> extends Share {
  key: K;
}

export interface Week {
  /** The first millisecond of the week (Monday 00:00, local time). */
  start: number;
  checked: number;
  flagged: number;
  /** flagged / checked; null for a week with nothing checked (a gap in the line, not a zero). */
  share: number | null;
}

/** A reason given for publishing anyway; `none` when the user left the reason empty. */
export type ReasonKey = OverrideReason | 'none';

export interface Report {
  /** The period's bounds, inclusive (ms since epoch). */
  from: number;
  to: number;
  /** Every draft that reached the pre-publish check (every press of Post), flagged or not. */
  checked: number;
  /** Stopped by the check (the dialog was shown): published anyway, revised or abandoned. Of `checked`. */
  flagged: Share;
  /** Of `checked`, in VERDICTS order. */
  verdicts: Ranked<Verdict>[];
  /** The genres of the flagged drafts, most frequent first. Of `flagged.count`. */
  genres: Ranked<Genre>[];
  /** Of `checked`, in DECISIONS order. */
  decisions: Ranked<Decision>[];
  /** The reasons given for publishing anyway, most frequent first. Of the drafts published anyway. */
  reasons: Ranked<ReasonKey>[];
  /** The three most frequent reasons actually given (not `none`), for the report's sentence. */
  topReasons: Ranked<OverrideReason>[];
  /** Drafts whose brief was recorded (drafts recorded before version 2 have none): the whole of `missing`. */
  withBrief: number;
  /** Business elements missing from the brief, most often missing first. Of `withBrief`. */
  missing: Ranked<Element>[];
  /** Rules with at least one finding on the draft, most often triggered first. Of `checked`. */
  rules: Ranked<string>[];
  /**
   * The coaching effect: drafts revised after the check (`count`, share of `flagged`), and among them
   * those whose next version went out without being stopped (`passed`, share of the revised ones).
   */
  revised: Share & { passed: Share };
  /** Monday-to-Sunday weeks covering the period, oldest first. */
  weeks: Week[];
}

/** Ten years of weeks at most: a period typed as 1900–2100 must not draw ten thousand points. */
const MAX_WEEKS = 520;

export const share = (count: number, whole: number): number => (whole > 0 ? count / whole : 0);

function localMidnight(ms: number, addDays = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays).getTime();
}

/**
 * The inclusive bounds of a period, in the user's time zone; null when two
 * dates are asked for and one is not a date. Dates typed the wrong way round are swapped.
 */
export function periodBounds(period: Period, now: number): { from: number; to: number } | null {
  if ('days' in period) return { from: localMidnight(now, 1 - period.days), to: localMidnight(now, 1) - 1 };
  const [a, b] = period.from <= period.to ? [period.from, period.to] : [period.to, period.from];
  const from = dayStart(a);
  const to = dayEnd(b);
  return from === undefined || to === undefined ? null : { from, to };
}

/** The Monday 00:00 (local) of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  const sinceMonday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime();
}

export const isFlagged = (d: DraftRecord): boolean => d.decision !== 'published';

function ranked<K extends string>(counts: Map<K, number>, whole: number, order: readonly K[]): Ranked<K>[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count, share: share(count, whole) }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (rank.get(a.key) ?? order.length) - (rank.get(b.key) ?? order.length) ||
        a.key.localeCompare(b.key),
    );
}

function inOrder<K extends string>(counts: Map<K, number>, whole: number, order: readonly K[]): Ranked<K>[] {
  return order.map((key) => {
    const count = counts.get(key) ?? 0;
    return { key, count, share: share(count, whole) };
  });
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Which revised drafts were followed by a version that passed the check.
 * The record does not link a revised draft to the version published after it;
 * the content script records that version right after marking the first one
 * revised, from the same composer. So the next version is the first draft
 * published (anyway or not) later on the same platform, surface and brand.
 */
function revisedThenPassed(all: DraftRecord[], revised: DraftRecord[]): number {
  if (revised.length === 0) return 0;
  const key = (d: DraftRecord) => `${d.platform}\u0000${d.surface}\u0000${d.brandId}`;
  const published = new Map<string, DraftRecord[]>();
  for (const d of all) {
    if (d.decision !== 'published' && d.decision !== 'published-anyway') continue;
    const list = published.get(key(d));
    if (list) list.push(d);
    else published.set(key(d), [d]);
  }
  for (const list of published.values()) list.sort((a, b) => a.at - b.at);
  let passed = 0;
  for (const r of revised) {
    const list = published.get(key(r));
    if (!list) continue;
    // The first publication at or after the revised draft (binary search: 10,000 drafts stay fast).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.at < r.at || list[mid] === r) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo]?.decision === 'published') passed += 1;
  }
  return passed;
}

/** Every figure of the coaching report for one brand (or all), one platform (or both) and one period. */
export function computeReport(list: DraftRecord[], filter: ReportFilter, now: number): Report {
  const bounds = periodBounds(filter.period, now) ?? { from: now, to: now - 1 };
  const scope = list.filter(
    (d) =>
      (filter.brand === undefined || d.brandId === filter.brand) &&
      (filter.platform === undefined || d.platform === filter.platform),
  );
  const shown = scope.filter((d) => d.at >= bounds.from && d.at <= bounds.to);

  const verdicts = new Map<Verdict, number>();
  const decisions = new Map<Decision, number>();
  const genres = new Map<Genre, number>();
  const reasons = new Map<ReasonKey, number>();
  const missing = new Map<Element, number>();
  const rules = new Map<string, number>();
  const revised: DraftRecord[] = [];
  let flagged = 0;
  let withBrief = 0;

  for (const d of shown) {
    bump(verdicts, d.verdict);
    bump(decisions, d.decision);
    if (isFlagged(d)) {
      flagged += 1;
      bump(genres, d.genre);
    }
    if (d.decision === 'published-anyway') bump(reasons, d.reason ?? 'none');
    if (d.decision === 'revised') revised.push(d);
    if (d.brief) {
      withBrief += 1;
      for (const e of ELEMENTS) if (d.brief[e]?.status === 'missing') bump(missing, e);
    }
    for (const rule of new Set(d.findings.map((f) => f.rule))) bump(rules, rule);
  }

  const anyway = decisions.get('published-anyway') ?? 0;
  const reasonList = ranked(reasons, anyway, [...OVERRIDE_REASONS, 'none']);
  const passed = revisedThenPassed(scope, revised);

  return {
    from: bounds.from,
    to: bounds.to,
    checked: shown.length,
    flagged: { count: flagged, share: share(flagged, shown.length) },
    verdicts: inOrder(verdicts, shown.length, VERDICTS),
    genres: ranked(genres, flagged, GENRES),
    decisions: inOrder(decisions, shown.length, DECISIONS),
    reasons: reasonList,
    topReasons: reasonList.filter((r): r is Ranked<OverrideReason> => r.key !== 'none').slice(0, 3),
    withBrief,
    missing: ranked(missing, withBrief, ELEMENTS),
    rules: ranked(rules, shown.length, []),
    revised: {
      count: revised.length,
      share: share(revised.length, flagged),
      passed: { count: passed, share: share(passed, revised.length) },
    },
    weeks: weeks(shown, bounds.from, bounds.to),
  };
}

function weeks(shown: DraftRecord[], from: number, to: number): Week[] {
  if (to < from) return [];
  const starts: number[] = [];
  for (let start = weekStart(from); start <= to; start = localMidnight(start, 7)) starts.push(start);
  const kept = starts.slice(-MAX_WEEKS);
  const index = new Map(kept.map((s, i) => [s, i]));
  const out: Week[] = kept.map((start) => ({ start, checked: 0, flagged: 0, share: null }));
  for (const d of shown) {
    const week = out[index.get(weekStart(d.at)) ?? -1];
    if (!week) continue;
    week.checked += 1;
    if (isFlagged(d)) week.flagged += 1;
  }
  for (const week of out) week.share = week.checked > 0 ? week.flagged / week.checked : null;
  return out;
}

/** The brands the report can be filtered by: those of the recorded drafts, named as most recently recorded. */
export function reportBrands(list: DraftRecord[]): { id: string; name: string }[] {
  const brands = new Map<string, { name: string; at: number }>();
  for (const d of list) {
    const known = brands.get(d.brandId);
    if (!known || d.at > known.at) brands.set(d.brandId, { name: d.brand || d.brandId, at: d.at });
  }
  return [...brands].map(([id, { name }]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** One figure of the report as a flat row: what the CSV and the tables hold. */
export interface FigureRow {
  /** checked, flagged, verdict, genre, decision, reason, missing, rule, revised, revised-passed, week */
  section: string;
  /** A stable id (a verdict, a rule id, a week's first day as YYYY-MM-DD…); empty for a single figure. */
  key: string;
  count: number;
  /** The share of `of`, in [0, 1]; null for a week with nothing checked. */
  share: number | null;
  /** What the share is a share of: a count. */
  of: number;
}

/** Every figure of a report as rows, in the order the page shows them. */
export function figureRows(r: Report): FigureRow[] {
  const rows: FigureRow[] = [
    { section: 'checked', key: '', count: r.checked, share: r.checked > 0 ? 1 : 0, of: r.checked },
    { section: 'flagged', key: '', count: r.flagged.count, share: r.flagged.share, of: r.checked },
  ];
  const add = (section: string, list: Ranked<string>[], of: number) => {
    for (const x of list) rows.push({ section, key: x.key, count: x.count, share: x.share, of });
  };
  add('verdict', r.verdicts, r.checked);
  add('decision', r.decisions, r.checked);
  add('genre', r.genres, r.flagged.count);
  const anyway = r.decisions.find((d) => d.key === 'published-anyway')?.count ?? 0;
  add('reason', r.reasons, anyway);
  add('missing', r.missing, r.withBrief);
  add('rule', r.rules, r.checked);
  rows.push({ section: 'revised', key: '', count: r.revised.count, share: r.revised.share, of: r.flagged.count });
  rows.push({
    section: 'revised-passed',
    key: '',
    count: r.revised.passed.count,
    share: r.revised.passed.share,
    of: r.revised.count,
  });
  for (const w of r.weeks) {
    rows.push({ section: 'week', key: localDay(w.start), count: w.flagged, share: w.share, of: w.checked });
  }
  return rows;
}

/** A share as a percentage with one decimal, as the CSV and JSON give it ("" for none). */
export const percent = (value: number | null): string => (value === null ? '' : (value * 100).toFixed(1));

export interface ReportMeta {
  /** The brand's name, or the words for "every brand". */
  brand: string;
  /** The platform's name, or the words for both. */
  platform: string;
  /** When the report was made (ms). */
  generatedAt: number;
}

export interface CsvWords {
  headers: Record<'section' | 'key' | 'label' | 'count' | 'share' | 'of', string>;
  /** The label of a row in the interface's language. */
  label(row: FigureRow): string;
  /** The first rows' names: brand, platform, period, generated. */
  meta: Record<'brand' | 'platform' | 'from' | 'to' | 'generated', string>;
}

/**
 * The report as CSV for a spreadsheet: the brand, platform and period first,
 * then one row per figure with its stable section and key, its label in the
 * interface's language, its count, its share in percent and what it is a share of.
 * UTF-8 BOM and CRLF like the review queue's export.
 */
export function reportCsv(r: Report, meta: ReportMeta, words: CsvWords): string {
  const h = words.headers;
  const line = (cells: (string | number)[]) => cells.map((c) => csvField(String(c))).join(',');
  const lines = [
    line([h.section, h.key, h.label, h.count, h.share, h.of]),
    line(['report', 'brand', words.meta.brand, '', '', '']),
    line(['report', 'brand-name', meta.brand, '', '', '']),
    line(['report', 'platform', words.meta.platform, '', '', '']),
    line(['report', 'platform-name', meta.platform, '', '', '']),
    line(['report', 'from', words.meta.from, localDay(r.from), '', '']),
    line(['report', 'to', words.meta.to, localDay(r.to), '', '']),
    line(['report', 'generated', words.meta.generated, new Date(meta.generatedAt).toISOString(), '', '']),
    ...figureRows(r).map((row) =>
      line([row.section, row.key, words.label(row), row.count, percent(row.share), row.of]),
    ),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The report as JSON: every figure with its count and share, in an envelope that names its format. */
export function reportJson(r: Report, meta: ReportMeta, filter: ReportFilter): string {
  return JSON.stringify(
    {
      schema: 'whypost.report',
      version: 1,
      generatedAt: new Date(meta.generatedAt).toISOString(),
      brand: { id: filter.brand ?? null, name: meta.brand },
      platform: filter.platform ?? null,
      ...r,
      from: localDay(r.from),
      to: localDay(r.to),
      weeks: r.weeks.map((w) => ({ ...w, start: localDay(w.start) })),
    },
    null,
    2,
  );
}

/** `whypost-report-2026-11-23.csv` */
export function reportFilename(format: 'csv' | 'json', now: number): string {
  return `whypost-report-${localDay(now)}.${format}`;
}

/** The report's filter form as chosen: empty strings mean "all". */
export interface ReportForm {
  brand: string;
  platform: Platform | '';
  period: '7' | '30' | '90' | 'dates';
  /** YYYY-MM-DD, from date inputs, when `period` is `dates`. */
  from: string;
  to: string;
}

export const DEFAULT_REPORT_FORM: ReportForm = { brand: '', platform: '', period: '30', from: '', to: '' };

/** The filter a form describes; null when it asks for two dates and one is not a date. */
export function filterFromReportForm(form: ReportForm): ReportFilter | null {
  let period: Period;
  if (form.period === 'dates') {
    if (dayStart(form.from) === undefined || dayStart(form.to) === undefined) return null;
    period = { from: form.from, to: form.to };
  } else {
    period = { days: Number(form.period) as (typeof PERIOD_DAYS)[number] };
  }
  return {
    period,
    ...(form.brand ? { brand: form.brand } : {}),
    ...(form.platform ? { platform: form.platform } : {}),
  };
}

/**
 * The form given in the page's address (`report.html?brand=acme&platform=x&days=7`
 * or `?from=2026-11-01&to=2026-11-30`), so that a link can open the report already
 * filtered; anything not understood keeps its default.
 */
export function reportFormFromQuery(search: string): ReportForm {
  const q = new URLSearchParams(search);
  const form: ReportForm = { ...DEFAULT_REPORT_FORM };
  const brand = q.get('brand');
  if (brand) form.brand = brand;
  const platform = q.get('platform');
  if (isPlatform(platform)) form.platform = platform;
  const days = q.get('days');
  if (days === '7' || days === '30' || days === '90') form.period = days;
  const from = q.get('from');
  const to = q.get('to');
  if (from && to && dayStart(from) !== undefined && dayStart(to) !== undefined) {
    Object.assign(form, { period: 'dates', from, to });
  }
  return form;
}
