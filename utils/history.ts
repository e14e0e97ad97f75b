// The review queue's data, as plain functions: what to keep, what to show,
// and how to export it. No storage and no DOM, so the popup stays a thin view
// and all of this is tested in Node.
import type { Decision, DraftRecord, HistorySettings } from './records';
import type { UiLang } from './ui-strings';
import { POPUP } from '../analyzers/messages';

const DAY = 24 * 60 * 60 * 1000;

/** Bounds of the history settings, shared by `prune` and the popup's form. */
export const LIMITS = {
  maxDrafts: { min: 1, max: 10_000 },
  maxDays: { min: 1, max: 3650 },
} as const;

const newestFirst = (a: { at: number }, b: { at: number }) => b.at - a.at;

/**
 * Drops the drafts older than `maxDays` and keeps the `maxDrafts` newest of
 * the rest, in the order they were stored (storage appends, and the content
 * script must not see its list reordered under it).
 */
export function prune<T extends { at: number }>(list: T[], settings: HistorySettings, now: number): T[] {
  const oldest = now - clampLimit(settings.maxDays, 'maxDays') * DAY;
  const recent = list.map((draft, index) => ({ draft, index })).filter(({ draft }) => draft.at >= oldest);
  const kept = new Set(
    recent
      .sort((a, b) => newestFirst(a.draft, b.draft))
      .slice(0, clampLimit(settings.maxDrafts, 'maxDrafts'))
      .map(({ index }) => index),
  );
  return list.filter((_, index) => kept.has(index));
}

// A corrupt setting (NaN, 0, a string from an old version) must not empty the queue.
function clampLimit(value: unknown, key: keyof typeof LIMITS): number {
  const { min, max } = LIMITS[key];
  const fallback = key === 'maxDrafts' ? 1000 : 365;
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * A whole number typed in the history form, or null when it is not one or is
 * out of bounds (the form then says which bounds).
 */
export function parseLimit(text: string, key: keyof typeof LIMITS): number | null {
  const { min, max } = LIMITS[key];
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

export interface DraftFilter {
  /** A brand id. */
  brand?: string;
  /** A rule id: drafts with at least one finding of this rule. */
  rule?: string;
  decision?: Decision;
  /** Inclusive bounds, ms since epoch (see `dayStart` and `dayEnd`). */
  from?: number;
  to?: number;
  /** True: only reviewed drafts; false: only those not reviewed yet; absent: both. */
  reviewed?: boolean;
}

/** The drafts that match every criterion of the filter, newest first. */
export function filterDrafts(list: DraftRecord[], filter: DraftFilter): DraftRecord[] {
  return list
    .filter(
      (d) =>
        (filter.brand === undefined || d.brandId === filter.brand) &&
        (filter.rule === undefined || d.findings.some((f) => f.rule === filter.rule)) &&
        (filter.decision === undefined || d.decision === filter.decision) &&
        (filter.from === undefined || d.at >= filter.from) &&
        (filter.to === undefined || d.at <= filter.to) &&
        (filter.reviewed === undefined || (d.reviewed === true) === filter.reviewed),
    )
    .sort(newestFirst);
}

/** The review queue's filter form as typed: empty strings mean "all". */
export interface FilterForm {
  brand: string;
  rule: string;
  decision: Decision | '';
  /** YYYY-MM-DD, from date inputs. */
  from: string;
  to: string;
  /** Off: only the drafts not reviewed yet. */
  showReviewed: boolean;
}

export const EMPTY_FILTER_FORM: FilterForm = {
  brand: '',
  rule: '',
  decision: '',
  from: '',
  to: '',
  showReviewed: false,
};

/** The filter a form describes; a date that is not one is ignored, the day bounds are inclusive. */
export function filterFromForm(form: FilterForm): DraftFilter {
  const filter: DraftFilter = {};
  if (form.brand) filter.brand = form.brand;
  if (form.rule) filter.rule = form.rule;
  if (form.decision) filter.decision = form.decision;
  const from = dayStart(form.from);
  if (from !== undefined) filter.from = from;
  const to = dayEnd(form.to);
  if (to !== undefined) filter.to = to;
  if (!form.showReviewed) filter.reviewed = false;
  return filter;
}

/** What the queue's filters can offer: the brands (named as most recently recorded) and rules found in the drafts. */
export function queueFacets(list: DraftRecord[]): { brands: { id: string; name: string }[]; rules: string[] } {
  const brands = new Map<string, { name: string; at: number }>();
  const rules = new Set<string>();
  for (const d of list) {
    const known = brands.get(d.brandId);
    if (!known || d.at > known.at) brands.set(d.brandId, { name: d.brand || d.brandId, at: d.at });
    for (const f of d.findings) rules.add(f.rule);
  }
  return {
    brands: [...brands].map(([id, { name }]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    rules: [...rules].sort(),
  };
}

// `<input type="date">` gives YYYY-MM-DD; the user means days of their own time zone.
function parseDay(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  // Rejects 2026-02-31, which Date would roll over to March.
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? [y, m, d] : null;
}

/** The first millisecond of a local day given as YYYY-MM-DD, or undefined when it is not a date. */
export function dayStart(value: string): number | undefined {
  const day = parseDay(value);
  return day ? new Date(day[0], day[1] - 1, day[2]).getTime() : undefined;
}

/** The last millisecond of a local day given as YYYY-MM-DD, or undefined when it is not a date. */
export function dayEnd(value: string): number | undefined {
  const day = parseDay(value);
  return day ? new Date(day[0], day[1] - 1, day[2] + 1).getTime() - 1 : undefined;
}

/** The local date as YYYY-MM-DD, for file names and date inputs. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `whypost-drafts-2026-11-23.csv` */
export function exportFilename(format: 'csv' | 'json', now: number): string {
  return `whypost-drafts-${localDay(now)}.${format}`;
}

const CSV_COLUMNS = [
  'date',
  'platform',
  'surface',
  'brand',
  'account',
  'language',
  'genre',
  'verdict',
  'score',
  'decision',
  'reason',
  'reviewed',
  'rules',
  'text',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  // RFC 4180 needs quotes for , " CR LF; a semicolon too, because French Excel splits on it.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(d: DraftRecord): Record<CsvColumn, string> {
  return {
    date: new Date(d.at).toISOString(),
    platform: d.platform,
    surface: d.surface,
    brand: d.brand,
    account: d.account ?? '',
    language: d.lang,
    genre: d.genre,
    verdict: d.verdict,
    score: d.score === undefined ? '' : String(d.score),
    decision: d.decision,
    reason: d.reason ?? '',
    reviewed: d.reviewed ? 'true' : 'false',
    rules: [...new Set(d.findings.map((f) => f.rule))].join(';'),
    text: d.text,
  };
}

/**
 * The drafts as CSV for a spreadsheet: a header in the interface's language,
 * then one row per draft with stable values (ids, ISO dates) that do not
 * change with the language. UTF-8 BOM so that Excel reads accents; CRLF.
 */
export function toCsv(list: DraftRecord[], lang: UiLang): string {
  const headers = POPUP[lang].csvHeaders;
  const lines = [
    CSV_COLUMNS.map((c) => csvField(headers[c])).join(','),
    ...list.map((d) => {
      const row = csvRow(d);
      return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
    }),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The drafts as JSON, every field kept, in an envelope that names its format. */
export function toJson(list: DraftRecord[], now: number = Date.now()): string {
  return JSON.stringify(
    { schema: 'whypost.drafts', version: 1, exportedAt: new Date(now).toISOString(), drafts: list },
    null,
    2,
  );
}

/** The start of a draft on one line, at most `max` UTF-16 units with the ellipsis. */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let end = Math.max(0, max - 1);
  // Cutting between a high and a low surrogate would show half an emoji.
  if (end > 0 && /[\ud800-\udbff]/.test(line[end - 1] ?? '')) end -= 1;
  return `${line.slice(0, end).trimEnd()}…`;
}
