// The recorded drafts in local storage, kept in step in two items (docs/decisions/013):
// - `draftIndex`, a summary of every draft the history settings keep (what the coaching report reads);
// - `drafts`, the full records (text, findings, brief) of the newest of them, within a byte budget.
// chrome.storage.local holds 10 MB without the unlimitedStorage permission, and history may keep 10,000
// drafts: 10,000 full records weigh 20 MB and more, their summaries about 1.5 MB.
// Every write of either item goes through here. The worker records (utils/messages.ts, RecordRequest);
// the popup marks, deletes, clears and applies new limits; the report reads the index. Nothing here throws
// to its caller on a storage failure: recording is a convenience, publishing never waits for it.
import { browser } from 'wxt/browser';
import { decodeIndex, encodeIndex, summarize } from './draft-index';
import { prune } from './history';
import { readItem } from './page-storage';
import * as MESSAGE from './message-types';
import type { DraftChange, DraftRecord, DraftSummary, HistorySettings } from './records';
import { migrateDrafts } from './storage';
import { DRAFT_INDEX, DRAFTS, SETTINGS } from './storage-keys';

/** chrome.storage.local's quota without unlimitedStorage: the JSON of every value plus every key. */
export const LOCAL_QUOTA = 10_485_760;
/** What the drafts and their index may take together; the rest is left to brands, subscriptions and the like. */
export const STORE_BUDGET = 8_000_000;
/** What the index alone may take (10,000 summaries with many rules each); the oldest summaries go beyond it. */
export const INDEX_BUDGET = 4_000_000;

const META = `${DRAFTS.key}$`;
const INDEX_META = `${DRAFT_INDEX.key}$`;

/** Bytes of a string once written as UTF-8: what storage counts. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Two units of a surrogate pair are four bytes; other units up to three.
    if (c >= 0xd800 && c <= 0xdfff) bytes += 1;
    else if (c >= 0x800) bytes += 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

/** The JSON size of a value as storage keeps it (a string value is stored quoted and escaped). */
export const storedBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value) ?? '');

export interface Kept {
  drafts: DraftRecord[];
  summaries: DraftSummary[];
}

/**
 * What the limits keep: summaries by the user's limits (age, count) and the index budget, full records by
 * the same limits and the byte budget left by the index, newest first. Both in stored order.
 */
export function fit(
  kept: Kept,
  history: HistorySettings,
  now: number,
  budget = STORE_BUDGET,
): Kept & { index: string } {
  let summaries = prune(kept.summaries, history, now);
  let index = encodeIndex(summaries);
  let indexBytes = storedBytes(index);
  while (indexBytes > INDEX_BUDGET && summaries.length > 0) {
    // Rare (thousands of drafts with a dozen rules each): the oldest tenth goes, until it fits.
    const count = Math.floor(summaries.length * 0.9);
    summaries = prune(summaries, { ...history, maxDrafts: Math.max(count, 1) }, now);
    if (count === 0) summaries = [];
    index = encodeIndex(summaries);
    indexBytes = storedBytes(index);
  }
  const ids = new Set(summaries.map((s) => s.id));
  const candidates = prune(kept.drafts, history, now).filter((d) => ids.has(d.id));
  let room = budget - indexBytes;
  const full = new Set<DraftRecord>();
  for (const d of [...candidates].sort((a, b) => b.at - a.at)) {
    room -= storedBytes(d) + 1;
    if (room < 0) break;
    full.add(d);
  }
  return { drafts: candidates.filter((d) => full.has(d)), summaries, index };
}

// One write at a time in this context: a record and a mark made together must not lose each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

interface Loaded extends Kept {
  /** False when the drafts are of another version (the worker has not migrated them yet, or a newer one wrote them). */
  writable: boolean;
  mark: Record<string, unknown>;
}

async function load(): Promise<Loaded> {
  const got = await browser.storage.local.get([DRAFTS.key, META, DRAFT_INDEX.key]);
  const drafts = got[DRAFTS.key];
  const mark = typeof got[META] === 'object' && got[META] !== null ? (got[META] as Record<string, unknown>) : {};
  // As @wxt-dev/storage counts: a value with no mark is version 1; no value yet is any version.
  const version = typeof mark.v === 'number' ? mark.v : drafts === undefined ? DRAFTS.version : 1;
  const list = Array.isArray(drafts) ? (drafts as DraftRecord[]) : [];
  const index = typeof got[DRAFT_INDEX.key] === 'string' ? decodeIndex(got[DRAFT_INDEX.key] as string) : null;
  // No index yet (drafts of version 2, written before it existed), or one that cannot be read: built from the drafts.
  const summaries = index ?? list.map(summarize);
  return { drafts: list, summaries, writable: version === DRAFTS.version, mark };
}

async function save(loaded: Loaded, next: Kept, history: HistorySettings, now: number): Promise<boolean> {
  let budget = STORE_BUDGET;
  for (let attempt = 0; attempt < 3; attempt++) {
    const kept = fit(next, history, now, budget);
    try {
      await browser.storage.local.set({
        [DRAFTS.key]: kept.drafts,
        [META]: { ...loaded.mark, v: DRAFTS.version },
        [DRAFT_INDEX.key]: kept.index,
        [INDEX_META]: { v: DRAFT_INDEX.version },
      });
      return true;
    } catch {
      // Over the quota (other keys grew): fewer full records, then none; the summaries are kept.
      budget = attempt === 0 ? budget / 2 : 0;
    }
  }
  return false;
}

async function history(): Promise<HistorySettings> {
  return (await readItem(SETTINGS)).history;
}

/** Changes the drafts and their summaries together; false when nothing was written. */
function change(edit: (kept: Kept) => Kept | undefined, limits?: HistorySettings, now = Date.now()): Promise<boolean> {
  return serial(async () => {
    try {
      const loaded = await load();
      if (!loaded.writable) return false;
      const next = edit(loaded);
      if (!next) return false;
      return await save(loaded, next, limits ?? (await history()), now);
    } catch {
      return false;
    }
  });
}

/**
 * Adds a draft that reached the pre-publish check, unless history is off. A draft published from a composer
 * where earlier versions were abandoned turns them into `revised` (following `revisionOf`).
 */
export async function recordDraft(record: DraftRecord, now = Date.now()): Promise<boolean> {
  let limits: HistorySettings;
  try {
    limits = await history();
  } catch {
    return false;
  }
  if (!limits.enabled) return false;
  return change(
    ({ drafts, summaries }) => {
      const revised = new Set<string>();
      if (record.decision === 'published' || record.decision === 'published-anyway') {
        const byId = new Map(summaries.map((s) => [s.id, s]));
        for (let id = record.revisionOf; id && !revised.has(id); id = byId.get(id)?.revisionOf) {
          if (byId.get(id)?.decision === 'abandoned') revised.add(id);
        }
      }
      const mark = <T extends { id: string; decision: string }>(d: T): T =>
        revised.has(d.id) ? { ...d, decision: 'revised' } : d;
      return {
        drafts: [...drafts.map(mark), record],
        summaries: [...summaries.map(mark), summarize(record)],
      };
    },
    limits,
    now,
  );
}

/** Marks drafts reviewed or not (the review queue's marks; the summaries do not hold them). */
export function setReviewed(ids: readonly string[], reviewed: boolean): Promise<boolean> {
  const set = new Set(ids);
  return change(({ drafts, summaries }) => ({
    drafts: drafts.map((d) => (set.has(d.id) ? { ...d, reviewed } : d)),
    summaries,
  }));
}

/** Deletes drafts, from the queue and from the report. */
export function removeDrafts(ids: readonly string[]): Promise<boolean> {
  const set = new Set(ids);
  return change(({ drafts, summaries }) => ({
    drafts: drafts.filter((d) => !set.has(d.id)),
    summaries: summaries.filter((s) => !set.has(s.id)),
  }));
}

/** Clears every recorded draft. */
export function clearDrafts(): Promise<boolean> {
  return change(() => ({ drafts: [], summaries: [] }));
}

/** Drops what new history limits no longer keep. */
export function applyLimits(limits: HistorySettings, now = Date.now()): Promise<boolean> {
  return change((kept) => kept, limits, now);
}

/**
 * Every recorded draft's summary, for the report: the index alone (about 1.5 MB for 10,000 drafts). When
 * there is none yet, it is built from the drafts and written, once.
 */
export async function readSummaries(): Promise<DraftSummary[]> {
  const { [DRAFT_INDEX.key]: text } = await browser.storage.local.get(DRAFT_INDEX.key);
  const summaries = typeof text === 'string' ? decodeIndex(text) : null;
  if (summaries) return summaries;
  await changeDrafts({ op: 'index' });
  const loaded = await load();
  return loaded.summaries;
}

/**
 * Writes the index when there is none (drafts recorded before it existed), after the drafts' migrations,
 * keeping the budget. Reads only the index's version mark when it exists: the worker calls this at every start.
 */
export function buildIndex(): Promise<boolean> {
  return serial(async () => {
    try {
      const { [INDEX_META]: mark } = await browser.storage.local.get(INDEX_META);
      if (mark !== undefined) return false;
      // Drafts of an older version are migrated first (the page that asks may be the first to run since the update).
      await migrateDrafts();
      const loaded = await load();
      if (!loaded.writable || loaded.drafts.length === 0) return false;
      return await save(loaded, loaded, await history(), Date.now());
    } catch {
      return false;
    }
  });
}

/** Makes a change here, in this context's queue of writes: the worker's, for what pages ask of it. */
export function applyChange(change: DraftChange): Promise<boolean> {
  switch (change.op) {
    case 'reviewed':
      return setReviewed(change.ids, change.reviewed);
    case 'remove':
      return removeDrafts(change.ids);
    case 'clear':
      return clearDrafts();
    case 'limits':
      return history().then(applyLimits, () => false);
    case 'index':
      return buildIndex();
  }
}

/**
 * From the popup or the report: the worker makes the change, in the queue where it records drafts, so that
 * a draft recorded at the same moment is neither lost nor brought back by a clearing. When the worker cannot
 * answer, the change is made here rather than lost.
 */
export async function changeDrafts(change: DraftChange): Promise<boolean> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: MESSAGE.drafts, change })) as
      { ok?: unknown } | undefined;
    if (typeof answer?.ok === 'boolean') return answer.ok;
  } catch {
    // No worker to answer: below.
  }
  return applyChange(change);
}
