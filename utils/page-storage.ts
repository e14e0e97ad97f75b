// What the content scripts keep in storage, and how they read and write it: the same keys, versions and
// fallbacks as the items of utils/storage.ts, through browser.storage directly. @wxt-dev/storage weighs
// about 3 KB gzip, a seventh of each content script's budget (issue 11). Migrations stay with the items:
// the worker runs them when the extension starts or is updated. A value this code does not expect (an
// older version not migrated yet, or one written by a newer version) is never written over.
import { browser } from 'wxt/browser';
import type { SiteChoice } from './brands/types';
import { prune } from './history';
import type { DraftRecord, HistorySettings } from './records';
import * as KEYS from './storage-keys';

export interface Settings {
  /** Language of the popup, options page and in-page interface; `auto` follows the browser. */
  uiLang: 'auto' | 'fr' | 'en';
  history: HistorySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  history: { enabled: true, maxDrafts: 1000, maxDays: 90 },
};

export interface SiteSettings {
  /** Hostnames where Whypost is switched off. */
  disabled: string[];
  /** Hostnames where the badge is hidden (the pre-publish check still runs). */
  badgeHidden: string[];
  /** The brand last used on each site: picked in the popup, or selected by the posting account. */
  chosen: Record<string, SiteChoice>;
}

/** A key of local storage: its version as @wxt-dev/storage counts it (in `<key>$`), and its value when absent. */
export interface ItemSpec<T> {
  key: string;
  version: number;
  fallback: T;
}

export const DRAFTS: ItemSpec<DraftRecord[]> = { key: KEYS.drafts, version: 2, fallback: [] };
export const SETTINGS: ItemSpec<Settings> = { key: KEYS.settings, version: 1, fallback: DEFAULT_SETTINGS };
export const SITES: ItemSpec<SiteSettings> = {
  key: KEYS.sites,
  version: 2,
  fallback: { disabled: [], badgeHidden: [], chosen: {} },
};

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

/** Adds a draft to the review queue, unless history is off; drops what the limits say to drop. */
export async function recordDraft(record: DraftRecord, now = Date.now()): Promise<boolean> {
  const { history } = await readItem(SETTINGS);
  if (!history.enabled) return false;
  return updateItem(DRAFTS, (list) => prune([...list, record], history, now));
}

/** A draft the user went back to edit was published from the same composer: it was revised, not abandoned. */
export async function markRevised(id: string): Promise<void> {
  await updateItem(DRAFTS, (list) =>
    list.some((d) => d.id === id && d.decision === 'abandoned')
      ? list.map((d) => (d.id === id ? { ...d, decision: 'revised' as const } : d))
      : undefined,
  );
}
