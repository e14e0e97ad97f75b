// The recorded drafts in storage (utils/draft-store.ts, docs/decisions/013): the worker records, the full
// records and their summaries stay in step, the user's limits and "clear" apply to both, 10,000 drafts stay
// under chrome.storage.local's quota, and no storage failure ever reaches the caller. On WXT's fake browser,
// with the quota enforced as Chrome counts it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ELEMENTS } from '../analyzers/types';
import background from '../entrypoints/background';
import { decodeIndex, encodeIndex, summarize } from '../utils/draft-index';
import {
  applyLimits,
  buildIndex,
  clearDrafts,
  fit,
  LOCAL_QUOTA,
  readSummaries,
  recordDraft,
  removeDrafts,
  setReviewed,
  storedBytes,
  STORE_BUDGET,
  utf8Bytes,
} from '../utils/draft-store';
import type * as DraftStore from '../utils/draft-store';
import type { DraftRecord } from '../utils/records';
import { DEFAULT_SETTINGS, drafts, migrateDrafts, settings } from '../utils/storage';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

const record = (id: string, overrides: Partial<DraftRecord> = {}): DraftRecord => ({
  id,
  at: NOW,
  text: `Réservez votre table ${id}`,
  platform: 'x',
  surface: 'x-home',
  brandId: 'acme',
  brand: 'Acme',
  lang: 'fr',
  genre: 'purposeful',
  verdict: 'ready',
  findings: [],
  decision: 'published',
  held: false,
  ...overrides,
});

/**
 * A draft as heavy as the content script records them: a long Facebook post with accents and emoji, four
 * findings with their sentences, and the brief with the questions and examples of the missing elements.
 */
function heavy(i: number, at: number): DraftRecord {
  const sentence = 'Un brouillon écrit pour la marque, avec des accents et un émoji ☕, assez long pour peser. ';
  return record(`d${i}`, {
    at,
    platform: i % 2 ? 'x' : 'facebook',
    text: sentence.repeat(7),
    genre: 'no-objective',
    verdict: 'posting-for-posting-sake',
    decision: i % 3 ? 'published' : 'published-anyway',
    held: i % 3 === 0,
    score: 42,
    findings: ['no-objective', 'missing-call-to-action', 'untracked-link', 'buzzwords'].map((rule, j) => ({
      rule,
      category: 'objective' as const,
      severity: 'warning' as const,
      message: `Ce brouillon ne dit pas ce qu’il doit obtenir : ${sentence}`,
      suggestion: `Dites ce que le lecteur doit faire, et pourquoi maintenant : ${sentence}`,
      start: j * 10,
      end: j * 10 + 8,
      quote: 'brouillon',
    })),
    brief: Object.fromEntries(
      ELEMENTS.map((e, j) => [
        e,
        j % 2
          ? { status: 'present' as const, evidence: ['table', 'dimanche'] }
          : { status: 'missing' as const, evidence: [], question: `Quel ${e} ? ${sentence}`, example: sentence },
      ]),
    ) as DraftRecord['brief'],
  });
}

/** Everything local storage holds, as Chrome counts it against its quota. */
async function usedBytes(): Promise<number> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + storedBytes(value), 0);
}

/** Makes the fake browser refuse a write that would pass the quota, as Chrome does; returns the unchecked write. */
function enforceQuota(): (values: Record<string, unknown>) => Promise<void> {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (values: Record<string, unknown>) => {
    const all = { ...(await local.get(null)), ...values };
    const bytes = Object.entries(all).reduce((sum, [key, value]) => sum + key.length + storedBytes(value), 0);
    if (bytes > LOCAL_QUOTA) throw new Error('QUOTA_BYTES quota exceeded');
    return set(values);
  });
  return set;
}

const limits = (maxDrafts: number, maxDays = 90) => ({ enabled: true, maxDrafts, maxDays });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('recording', () => {
  test('the full record for the review queue, its summary for the report, both marked with their version', async () => {
    expect(await recordDraft(record('a', { decision: 'abandoned', held: true }), NOW)).toBe(true);
    expect(await recordDraft(record('b'), NOW)).toBe(true);
    expect((await drafts.getValue()).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await readSummaries()).map((s) => [s.id, s.held, s.decision])).toEqual([
      ['a', true, 'abandoned'],
      ['b', false, 'published'],
    ]);
    expect(await fakeBrowser.storage.local.get(['drafts$', 'draftIndex$'])).toEqual({
      drafts$: { v: 3 },
      draftIndex$: { v: 1 },
    });
  });

  test('a version published after versions abandoned in turn makes them revised, following revisionOf', async () => {
    await recordDraft(record('v1', { decision: 'abandoned', held: true }), NOW);
    await recordDraft(record('v2', { decision: 'abandoned', held: true, revisionOf: 'v1' }), NOW);
    await recordDraft(record('other', { decision: 'abandoned', held: true }), NOW);
    await recordDraft(record('v3', { revisionOf: 'v2' }), NOW);
    const decisions = (list: { id: string; decision: string }[]) => list.map((d) => `${d.id}:${d.decision}`);
    const expected = ['v1:revised', 'v2:revised', 'other:abandoned', 'v3:published'];
    expect(decisions(await drafts.getValue())).toEqual(expected);
    expect(decisions(await readSummaries())).toEqual(expected);
    expect((await readSummaries()).find((s) => s.id === 'v3')?.revisionOf).toBe('v2');
  });

  test('the user’s limits apply to both; history off records nothing', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, history: limits(2, 10) });
    await recordDraft(record('old', { at: NOW - 11 * DAY }), NOW);
    for (const [i, id] of ['b', 'c', 'd'].entries()) await recordDraft(record(id, { at: NOW - 3 + i }), NOW);
    expect((await drafts.getValue()).map((d) => d.id)).toEqual(['c', 'd']);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['c', 'd']);
    await settings.setValue({ ...DEFAULT_SETTINGS, history: { ...limits(2, 10), enabled: false } });
    expect(await recordDraft(record('e'), NOW)).toBe(false);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['c', 'd']);
  });

  test('drafts of an older version are not written over until the worker migrated them', async () => {
    const old = [{ id: 'old', at: NOW, text: 't', brand: 'acme', decision: 'kept-editing', findings: [] }];
    await fakeBrowser.storage.local.set({ drafts: old, drafts$: { v: 1 } });
    expect(await recordDraft(record('new'), NOW)).toBe(false);
    expect((await fakeBrowser.storage.local.get('drafts')).drafts).toEqual(old);
    await migrateDrafts();
    expect(await recordDraft(record('new'), NOW)).toBe(true);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['old', 'new']);
  });

  test('the worker records what a content script sends it, and answers', async () => {
    background.main();
    const ask = (message: unknown) =>
      new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, {}, resolve));
    expect(await ask({ type: 'whypost:record', record: record('sent', { at: Date.now() }) })).toEqual({ ok: true });
    expect((await readSummaries()).map((d) => d.id)).toEqual(['sent']);
    // Not a record: no answer from this listener.
    expect(await Promise.race([ask({ type: 'whypost:record', record: { id: 1 } }), 'none'])).toBe('none');
  });
});

describe('the review queue’s actions keep the two in step', () => {
  beforeEach(async () => {
    for (const id of ['a', 'b', 'c']) await recordDraft(record(id, { at: Date.now() }));
  });

  test('reviewed marks go to the full records only', async () => {
    await setReviewed(['a'], true);
    expect((await drafts.getValue()).map((d) => d.reviewed ?? false)).toEqual([true, false, false]);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  test('delete, new limits and clear', async () => {
    await removeDrafts(['b']);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['a', 'c']);
    expect((await drafts.getValue()).map((d) => d.id)).toEqual(['a', 'c']);
    await applyLimits(limits(1));
    expect((await readSummaries()).length).toBe(1);
    expect((await drafts.getValue()).length).toBe(1);
    await clearDrafts();
    expect(await readSummaries()).toEqual([]);
    expect(await drafts.getValue()).toEqual([]);
  });
});

describe('the popup and the report ask the worker, which writes drafts one at a time', () => {
  beforeEach(async () => {
    for (const [i, id] of ['a', 'b', 'c'].entries()) await recordDraft(record(id, { at: Date.now() - 3000 + i }));
  });

  // The popup is another page: a module of its own, with its own queue of writes, and the same storage.
  async function popupStore(): Promise<typeof DraftStore> {
    vi.resetModules();
    return import('../utils/draft-store');
  }

  test('a clearing made while the worker records a draft neither loses that draft nor brings the cleared ones back', async () => {
    background.main();
    const popup = await popupStore();
    const ask = (message: unknown) =>
      new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, {}, resolve));
    // The content script's record and the popup's clearing, at the same moment.
    await Promise.all([
      ask({ type: 'whypost:record', record: record('sent', { at: Date.now() }) }),
      popup.changeDrafts({ op: 'clear' }),
    ]);
    const ids = (await drafts.getValue()).map((d) => d.id);
    expect([[], ['sent']]).toContainEqual(ids);
    expect((await readSummaries()).map((d) => d.id)).toEqual(ids);
  });

  test('marks, deletions and new limits reach the drafts through the worker', async () => {
    background.main();
    const popup = await popupStore();
    expect(await popup.changeDrafts({ op: 'reviewed', ids: ['a'], reviewed: true })).toBe(true);
    expect(await popup.changeDrafts({ op: 'remove', ids: ['b'] })).toBe(true);
    await settings.setValue({ ...DEFAULT_SETTINGS, history: limits(1) });
    expect(await popup.changeDrafts({ op: 'limits' })).toBe(true);
    const left = await drafts.getValue();
    expect(left.map((d) => [d.id, d.reviewed ?? false])).toEqual([['c', false]]);
  });

  test('with no worker to answer, the change is made by the page itself rather than lost', async () => {
    const popup = await popupStore();
    expect(await popup.changeDrafts({ op: 'remove', ids: ['a'] })).toBe(true);
    expect((await readSummaries()).map((d) => d.id)).toEqual(['b', 'c']);
  });

  test('a malformed request gets no answer', async () => {
    background.main();
    const ask = (message: unknown) =>
      new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, {}, resolve));
    for (const change of [{ op: 'remove', ids: [1] }, { op: 'drop' }, null])
      expect(await Promise.race([ask({ type: 'whypost:drafts', change }), 'none'])).toBe('none');
    expect((await drafts.getValue()).length).toBe(3);
  });
});

// Heavy work on 80 MB of JSON: more time than a unit test's default on a loaded machine.
describe('10,000 drafts and the 10 MB quota', { timeout: 60_000 }, () => {
  const list = Array.from({ length: 10_000 }, (_, i) => heavy(i, NOW - (10_000 - i) * 60_000));
  let fitted: ReturnType<typeof fit> | undefined;
  const fitAll = () => (fitted ??= fit({ drafts: list, summaries: list.map(summarize) }, limits(10_000), NOW));

  test('heavy drafts would not fit as full records: the newest are kept in full, every one as a summary', () => {
    expect(storedBytes(list)).toBeGreaterThan(3 * LOCAL_QUOTA);
    const kept = fitAll();
    expect(kept.summaries).toHaveLength(10_000);
    expect(kept.drafts.length).toBeGreaterThan(1000);
    expect(kept.drafts.at(-1)?.id).toBe('d9999');
    expect(kept.drafts[0]!.at).toBeGreaterThan(list[10_000 - kept.drafts.length - 1]!.at);
    const bytes = storedBytes(kept.drafts) + storedBytes(kept.index);
    expect(bytes).toBeLessThanOrEqual(STORE_BUDGET);
    // The index alone: what the report reads.
    expect(storedBytes(kept.index)).toBeLessThan(2_500_000);
  });

  test('recording past 10,000 stays under the quota, and never throws when storage refuses', async () => {
    const unchecked = enforceQuota();
    await settings.setValue({ ...DEFAULT_SETTINGS, history: limits(10_000) });
    const kept = fitAll();
    await fakeBrowser.storage.local.set({ drafts: kept.drafts, drafts$: { v: 3 }, draftIndex: kept.index });
    expect(await recordDraft(heavy(10_000, NOW), NOW)).toBe(true);
    expect(await usedBytes()).toBeLessThan(LOCAL_QUOTA);
    const summaries = await readSummaries();
    expect(summaries).toHaveLength(10_000);
    expect(summaries.at(-1)?.id).toBe('d10000');

    // Other keys grew (brands kept locally, subscriptions): fewer full records, and still recorded.
    await fakeBrowser.storage.local.set({ subscriptions: 'x'.repeat(2_000_000) });
    expect(await recordDraft(heavy(10_001, NOW), NOW)).toBe(true);
    expect(await usedBytes()).toBeLessThan(LOCAL_QUOTA);

    // Nearly full of something else: nothing is written, and the caller hears false, not an error.
    await unchecked({ subscriptions: 'x'.repeat(9_000_000) });
    await expect(recordDraft(heavy(10_002, NOW), NOW)).resolves.toBe(false);
  });

  test('storage that fails altogether: false, never an error', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    await expect(recordDraft(record('x'), NOW)).resolves.toBe(false);
    await expect(clearDrafts()).resolves.toBe(false);
  });
});

describe('the index', () => {
  test('a summary survives the index unchanged', () => {
    const list = [
      summarize(heavy(1, NOW)),
      summarize(record('v1', { brief: undefined, revisionOf: 'v0', reason: 'client-approved' })),
    ];
    expect(decodeIndex(encodeIndex(list))).toEqual(list);
    expect(decodeIndex('not json')).toBeNull();
    expect(decodeIndex('')).toEqual([]);
  });

  test('drafts of version 2, recorded before the index: migrated, then the index is built from them, once', async () => {
    const v2 = [
      record('r', { decision: 'revised', held: undefined, at: NOW - 2000 }),
      record('p', { at: NOW - 1000, held: undefined }),
    ];
    await fakeBrowser.storage.local.set({ drafts: v2, drafts$: { v: 2 } });
    await migrateDrafts();
    expect(await buildIndex()).toBe(true);
    expect(await buildIndex()).toBe(false);
    expect((await readSummaries()).map((s) => [s.id, s.held, s.revisionOf])).toEqual([
      ['r', true, undefined],
      ['p', false, 'r'],
    ]);
  });

  test('UTF-8 bytes as storage counts them', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('☕')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
  });
});
