// Every storage key of the extension, declared once with its version. Drafts
// and site settings stay on this machine (local); brand rule sets are synced.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { SiteChoice } from './brands/types';
import { prune } from './history';

// The records' types live in records.ts (no storage there, so that history.ts and the wording read them without a circle).
export type { Decision, DraftRecord, HistorySettings, OverrideReason } from './records';
export { OVERRIDE_REASONS } from './records';
import type { DraftRecord, HistorySettings } from './records';

export interface Settings {
  /** Language of the popup, options page and in-page interface; `auto` follows the browser. */
  uiLang: 'auto' | 'fr' | 'en';
  history: HistorySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  history: { enabled: true, maxDrafts: 1000, maxDays: 90 },
};

export const drafts = storage.defineItem<DraftRecord[]>('local:drafts', {
  fallback: [],
  version: 2,
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

export const settings = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Adds a draft to the review queue, unless history is off; drops what the limits say to drop. */
export async function recordDraft(record: DraftRecord, now = Date.now()): Promise<boolean> {
  const { history } = await settings.getValue();
  if (!history.enabled) return false;
  const list = await drafts.getValue();
  list.push(record);
  await drafts.setValue(prune(list, history, now));
  return true;
}

/** A draft the user went back to edit was published from the same composer: it was revised, not abandoned. */
export async function markRevised(id: string): Promise<void> {
  const list = await drafts.getValue();
  const found = list.find((d) => d.id === id);
  if (!found || found.decision !== 'abandoned') return;
  found.decision = 'revised';
  await drafts.setValue(list);
}

export interface SiteSettings {
  /** Hostnames where Whypost is switched off. */
  disabled: string[];
  /** Hostnames where the badge is hidden (the pre-publish check still runs). */
  badgeHidden: string[];
  /** The brand last used on each site: picked in the popup, or selected by the posting account. */
  chosen: Record<string, SiteChoice>;
}

export const sites = storage.defineItem<SiteSettings>('local:sites', {
  fallback: { disabled: [], badgeHidden: [], chosen: {} },
  version: 2,
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
