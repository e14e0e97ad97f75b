// The drafts' index: a compact summary of every recorded draft, what the coaching report reads (issue 13).
// Pure functions, no storage: the summary of a record, and the one string the index is stored as.
// One JSON string rather than an array of objects: an extension page reads 10,000 objects from
// chrome.storage in about 300 ms before it has done anything, and the same figures as one string in
// about 50 ms (tests/e2e/report.e2e.test.ts measures the page).
import { ELEMENTS, type Element, type Genre, type Verdict } from '../analyzers/types';
import type { Decision, DraftRecord, DraftSummary, OverrideReason } from './records';

/** A summary as stored: positions, not names, to keep 10,000 of them near 1.5 MB. */
type Row = [
  id: string,
  at: number,
  platform: DraftSummary['platform'],
  brandId: string,
  verdict: Verdict,
  genre: Genre,
  held: 0 | 1,
  decision: Decision,
  reason: OverrideReason | '',
  /** The missing elements' positions in ELEMENTS, or -1 when the brief was not recorded. */
  missing: number[] | -1,
  rules: string[],
  revisionOf: string,
];

interface Stored {
  /** Each brand's name as most recently recorded. */
  brands: Record<string, string>;
  rows: Row[];
}

/** What the report needs of a full record. */
export function summarize(d: DraftRecord): DraftSummary {
  return {
    id: d.id,
    at: d.at,
    platform: d.platform,
    brandId: d.brandId,
    brand: d.brand,
    verdict: d.verdict,
    genre: d.genre,
    held: d.held ?? d.decision !== 'published',
    decision: d.decision,
    ...(d.reason ? { reason: d.reason } : {}),
    missing: d.brief ? ELEMENTS.filter((e) => d.brief![e]?.status === 'missing') : null,
    rules: [...new Set((d.findings ?? []).map((f) => f.rule))],
    ...(d.revisionOf ? { revisionOf: d.revisionOf } : {}),
  };
}

export function encodeIndex(list: readonly DraftSummary[]): string {
  const stored: Stored = { brands: {}, rows: [] };
  const newest = new Map<string, number>();
  for (const s of list) {
    if ((newest.get(s.brandId) ?? -Infinity) <= s.at) {
      newest.set(s.brandId, s.at);
      stored.brands[s.brandId] = s.brand;
    }
    stored.rows.push([
      s.id,
      s.at,
      s.platform,
      s.brandId,
      s.verdict,
      s.genre,
      s.held ? 1 : 0,
      s.decision,
      s.reason ?? '',
      s.missing ? s.missing.map((e) => ELEMENTS.indexOf(e)) : -1,
      s.rules,
      s.revisionOf ?? '',
    ]);
  }
  return JSON.stringify(stored);
}

/** The summaries an index holds, in stored order; an index that cannot be read gives null. */
export function decodeIndex(text: string): DraftSummary[] | null {
  if (text === '') return [];
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null || !Array.isArray(stored.rows)) return null;
  const brands = typeof stored.brands === 'object' && stored.brands !== null ? stored.brands : {};
  const out: DraftSummary[] = [];
  for (const row of stored.rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number') return null;
    const [id, at, platform, brandId, verdict, genre, held, decision, reason, missing, rules, revisionOf] = row;
    out.push({
      id,
      at,
      platform,
      brandId,
      brand: brands[brandId] ?? brandId,
      verdict,
      genre,
      held: held === 1,
      decision,
      ...(reason ? { reason } : {}),
      missing: Array.isArray(missing) ? missing.map((i) => ELEMENTS[i]).filter((e): e is Element => !!e) : null,
      rules: Array.isArray(rules) ? rules : [],
      ...(revisionOf ? { revisionOf } : {}),
    });
  }
  return out;
}
