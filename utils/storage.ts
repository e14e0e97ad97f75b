// The versioned storage items, with @wxt-dev/storage (every key is declared in storage-keys.ts; the
// items the content scripts use are specified in page-storage.ts, and declared here with the same
// specs). Drafts and site settings stay on this machine (local); brand rule sets are synced.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DRAFTS, SETTINGS, SITES, type Settings, type SiteSettings } from './page-storage';
import type { DraftRecord } from './records';

// The records' types live in records.ts (no storage there, so that history.ts and the wording read them without a circle).
export type { Decision, DraftRecord, HistorySettings, OverrideReason } from './records';
export { OVERRIDE_REASONS } from './records';
// The shapes of settings and sites, and how the content scripts read and write them without @wxt-dev/storage.
export { DEFAULT_SETTINGS, markRevised, recordDraft, type Settings, type SiteSettings } from './page-storage';

export const drafts = storage.defineItem<DraftRecord[]>(`local:${DRAFTS.key}`, {
  fallback: DRAFTS.fallback,
  version: DRAFTS.version,
  migrations: {
    // Version 1 named the brand only, did not keep the brief or the score, and said "kept-editing".
    2: (old: Record<string, unknown>[]) =>
      old.map((d) => ({
        ...d,
        brandId: typeof d.brand === 'string' ? d.brand : 'default',
        lang: 'und',
        decision: d.decision === 'kept-editing' ? 'abandoned' : d.decision,
      })),
  },
});

export const settings = storage.defineItem<Settings>(`local:${SETTINGS.key}`, {
  fallback: SETTINGS.fallback,
  version: SETTINGS.version,
});

export const sites = storage.defineItem<SiteSettings>(`local:${SITES.key}`, {
  fallback: SITES.fallback,
  version: SITES.version,
  migrations: { 2: (old: Omit<SiteSettings, 'chosen'>) => ({ ...old, chosen: {} }) },
});

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
