// How the content scripts read and write the versioned items they use (settings, sites), through
// browser.storage directly: the keys, versions and fallbacks are those of utils/storage-keys.ts, which
// utils/storage.ts declares as @wxt-dev/storage items. @wxt-dev/storage weighs about 3 KB gzip, a seventh
// of each content script's budget (issue 11). Migrations stay with the items: the worker runs them when the
// extension starts or is updated. A value this code does not expect (an older version not migrated yet, or
// one written by a newer version) is never written over. The content scripts do not write drafts: they send
// them to the worker (utils/draft-store.ts).
import { browser } from 'wxt/browser';
import type { ItemSpec } from './storage-keys';

export { DEFAULT_SETTINGS, DRAFTS, SETTINGS, SITES } from './storage-keys';
export type { ItemSpec, Settings, SiteSettings } from './storage-keys';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value, or the fallback; an object missing fields (an older shape) gets the fallback's. */
function valueOf<T>(spec: ItemSpec<T>, value: unknown): T {
  if (value === undefined || value === null) return structuredClone(spec.fallback);
  if (isPlainObject(spec.fallback) && isPlainObject(value)) return { ...spec.fallback, ...value } as T;
  return value as T;
}

export async function readItem<T>(spec: ItemSpec<T>): Promise<T> {
  const { [spec.key]: value } = await browser.storage.local.get(spec.key);
  return valueOf(spec, value);
}

/**
 * Writes what `change` makes of the stored value, with the version mark @wxt-dev/storage would write.
 * False when nothing was written: `change` gave undefined, or the stored value is of another version.
 */
export async function updateItem<T>(spec: ItemSpec<T>, change: (value: T) => T | undefined): Promise<boolean> {
  const metaKey = `${spec.key}$`;
  const { [spec.key]: value, [metaKey]: meta } = await browser.storage.local.get([spec.key, metaKey]);
  const mark = isPlainObject(meta) ? meta : {};
  // As @wxt-dev/storage counts: a value with no mark is version 1; no value yet is any version.
  const version = typeof mark.v === 'number' ? mark.v : value === undefined ? spec.version : 1;
  if (version !== spec.version) return false;
  const next = change(valueOf(spec, value));
  if (next === undefined) return false;
  await browser.storage.local.set({ [spec.key]: next, [metaKey]: { ...mark, v: spec.version } });
  return true;
}

/** Calls `onChange` with the new value whenever the key changes in local storage; returns the unwatch. */
export function watchItem<T>(spec: ItemSpec<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && spec.key in changes) onChange(valueOf(spec, changes[spec.key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
