// The content scripts read and write settings and sites without @wxt-dev/storage (utils/page-storage.ts, issue 11):
// what they write must be what the items of utils/storage.ts read, with the version mark those items
// write, and the reverse; a value of another version is never written over. On WXT's fake browser.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readItem, SETTINGS, SITES, updateItem, watchItem, type SiteSettings } from '../utils/page-storage';
import { DEFAULT_SETTINGS, settings, sites } from '../utils/storage';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the same keys, versions and fallbacks as the items', () => {
  // An item with no migrations is never marked: no mark counts as version 1, the version of settings.
  test.each([
    ['settings', SETTINGS, settings, undefined],
    ['sites', SITES, sites, { v: 2 }],
  ] as const)('%s', async (key, spec, item, mark) => {
    expect(spec.key).toBe(key);
    expect(spec.version).toBe(mark?.v ?? 1);
    expect(await readItem<unknown>(spec)).toEqual(await item.getValue());
    await (item.setValue as (v: unknown) => Promise<void>)(spec.fallback);
    expect(await stored(`${key}$`)).toEqual(mark);
  });
});

describe('what a content script writes, the items read, and the reverse', () => {
  test('a site hidden from the page: the worker and the popup read it, marked with the version', async () => {
    const hidden = (s: SiteSettings) => ({ ...s, badgeHidden: [...s.badgeHidden, 'x.com'] });
    expect(await updateItem(SITES, hidden)).toBe(true);
    expect(await sites.getValue()).toEqual({ disabled: [], badgeHidden: ['x.com'], chosen: {} });
    expect(await stored('sites$')).toEqual({ v: 2 });
    await sites.setValue({ disabled: ['facebook.com'], badgeHidden: [], chosen: { 'x.com': { brand: 'acme' } } });
    expect(await readItem(SITES)).toEqual({
      disabled: ['facebook.com'],
      badgeHidden: [],
      chosen: { 'x.com': { brand: 'acme' } },
    });
  });

  test('the interface language and the history settings the popup saved', async () => {
    await settings.setValue({ uiLang: 'fr', history: { ...DEFAULT_SETTINGS.history, enabled: false } });
    expect(await readItem(SETTINGS)).toEqual({
      uiLang: 'fr',
      history: { ...DEFAULT_SETTINGS.history, enabled: false },
    });
  });

  test('an older shape read from the page gets the fields it lacks', async () => {
    await fakeBrowser.storage.local.set({ sites: { disabled: ['x.com'], badgeHidden: [] }, sites$: { v: 1 } });
    expect(await readItem(SITES)).toEqual({ disabled: ['x.com'], badgeHidden: [], chosen: {} });
  });
});

describe('a value of another version is never written over', () => {
  test.each([
    ['marked version 1', { v: 1 }],
    ['with no mark (version 1, as @wxt-dev/storage counts)', undefined],
    ['written by a newer version', { v: 3 }],
  ])('sites %s', async (_, mark) => {
    const old = { disabled: ['x.com'], badgeHidden: [] };
    await fakeBrowser.storage.local.set({ sites: old, ...(mark ? { sites$: mark } : {}) });
    expect(await updateItem(SITES, (s) => ({ ...s, badgeHidden: ['x.com'] }))).toBe(false);
    expect(await stored('sites')).toEqual(old);
  });

  test('once the worker migrated them, sites are written again', async () => {
    await fakeBrowser.storage.local.set({ sites: { disabled: [], badgeHidden: [] }, sites$: { v: 1 } });
    await sites.migrate();
    expect(await updateItem(SITES, (s) => ({ ...s, badgeHidden: ['x.com'] }))).toBe(true);
    expect(await sites.getValue()).toEqual({ disabled: [], badgeHidden: ['x.com'], chosen: {} });
  });
});

test('watching a key: called on its changes in local storage only, until unwatched', async () => {
  const seen = vi.fn();
  const unwatch = watchItem(SITES, seen);
  await sites.setValue({ disabled: ['x.com'], badgeHidden: [], chosen: {} });
  await fakeBrowser.storage.sync.set({ sites: { disabled: ['elsewhere'] } });
  await fakeBrowser.storage.local.set({ other: 1 });
  expect(seen.mock.calls).toEqual([[{ disabled: ['x.com'], badgeHidden: [], chosen: {} }]]);
  await sites.removeValue();
  expect(seen).toHaveBeenLastCalledWith({ disabled: [], badgeHidden: [], chosen: {} });
  unwatch();
  await sites.setValue({ disabled: [], badgeHidden: ['x.com'], chosen: {} });
  expect(seen).toHaveBeenCalledTimes(2);
});
