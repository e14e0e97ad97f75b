// The versioned storage items as @wxt-dev/storage items, made from their specs and migrations in
// utils/storage-keys.ts (the one place where keys, areas, versions and migrations are declared). Importing
// this module runs the migrations of every item (the worker does at start); the content scripts and the
// report page read what they need through browser.storage directly (page-storage.ts, draft-store.ts).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DraftRecord } from './records';
import {
  DRAFTS,
  DRAFTS_MIGRATIONS,
  SETTINGS,
  SITES,
  SITES_MIGRATIONS,
  type ItemSpec,
  type Migrations,
  type Settings,
  type SiteSettings,
} from './storage-keys';

// The records' types live in records.ts (no storage there, so that history.ts and the wording read them without a circle).
export type { Decision, DraftRecord, DraftSummary, HistorySettings, OverrideReason } from './records';
export { OVERRIDE_REASONS } from './records';
export { DEFAULT_SETTINGS, type Settings, type SiteSettings } from './storage-keys';

/** The one call of `storage.defineItem`: an item exactly as its spec says. */
function defineItem<T>(spec: ItemSpec<T>, migrations?: Migrations) {
  return storage.defineItem<T>(`${spec.area}:${spec.key}`, {
    fallback: spec.fallback,
    version: spec.version,
    ...(migrations ? { migrations: migrations as Record<number, (old: unknown) => unknown> } : {}),
  });
}

/**
 * Read by the review queue; written through utils/draft-store.ts only (it keeps the index in step). Declared
 * without its migrations: @wxt-dev/storage would read the whole value (up to 8 MB) in every context that
 * imports this module, at every start of the worker, to compare versions. `migrateDrafts` reads the mark first.
 */
export const drafts = defineItem<DraftRecord[]>(DRAFTS);

/** Runs the drafts' migrations when their version mark says they are older; resolves when they are current. */
export async function migrateDrafts(): Promise<void> {
  const meta = `${DRAFTS.key}$`;
  const { [meta]: mark } = await browser.storage.local.get(meta);
  if ((mark as { v?: unknown } | undefined)?.v === DRAFTS.version) return;
  // Declaring the item with its migrations runs them (or finds nothing to migrate); its mark waits for them.
  await defineItem<DraftRecord[]>(DRAFTS, DRAFTS_MIGRATIONS).getMeta();
}
export const settings = defineItem<Settings>(SETTINGS);
export const sites = defineItem<SiteSettings>(SITES, SITES_MIGRATIONS);

/**
 * A stored value that does not have the shape this version expects (written by
 * a newer version, edited by hand, corrupted) is replaced by the defaults for
 * this session, and kept under `unreadable.<key>` so that it can be exported.
 */
export async function readChecked<T>(
  item: { getValue(): Promise<T> },
  key: string,
  fallback: T,
  valid: (value: unknown) => boolean,
): Promise<{ value: T; unreadable: boolean; raw?: unknown }> {
  let value: unknown;
  try {
    value = await item.getValue();
  } catch {
    value = undefined;
  }
  if (valid(value)) return { value: value as T, unreadable: false };
  const raw = (await browser.storage.local.get(key))[key];
  if (raw !== undefined) await browser.storage.local.set({ [`unreadable.${key}`]: raw });
  return { value: fallback, unreadable: true, raw };
}

/** A plain object (not null, not an array): what every stored record must at least be. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function validSettings(value: unknown): boolean {
  if (!isRecord(value) || !['auto', 'fr', 'en'].includes(value.uiLang as string)) return false;
  const h = value.history;
  return (
    isRecord(h) &&
    typeof h.enabled === 'boolean' &&
    Number.isInteger(h.maxDrafts) &&
    (h.maxDrafts as number) > 0 &&
    Number.isInteger(h.maxDays) &&
    (h.maxDays as number) > 0
  );
}

export function validDrafts(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (d) => isRecord(d) && typeof d.id === 'string' && typeof d.text === 'string' && typeof d.at === 'number',
    )
  );
}
