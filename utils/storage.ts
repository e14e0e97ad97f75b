// Every storage key of the extension, declared once with its version. Drafts
// and site settings stay on this machine (local); brand rule sets are synced.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DetectedLang, Element, Finding, Genre, Status, Verdict } from '../analyzers/types';
import type { SiteChoice } from './brands/library';
import { prune } from './history';

/**
 * How a draft that reached the pre-publish check ended: published (it did not
 * need stopping), published anyway (with a reason), revised (the user kept
 * editing and published a new version from the same composer) or abandoned
 * (kept editing and never published; becomes `revised` if it is published later).
 */
export type Decision = 'published' | 'published-anyway' | 'revised' | 'abandoned';

/** Why a community manager published a flagged draft anyway (short list shown in the dialog). */
export const OVERRIDE_REASONS = ['client-approved', 'time-sensitive', 'false-alarm', 'other'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

/** A draft recorded when it reached the pre-publish check, for the review queue. */
export interface DraftRecord {
  id: string;
  /** When it reached the check (ms since epoch). */
  at: number;
  text: string;
  platform: 'x' | 'facebook';
  surface: string;
  /** The brand's id, and its name at the time (the brand may since be renamed or deleted). */
  brandId: string;
  brand: string;
  /** The account that was posting, when the page showed it (X handle, Facebook Page). */
  account?: string;
  lang: DetectedLang;
  genre: Genre;
  verdict: Verdict;
  /** Absent on drafts recorded before version 2. */
  score?: number;
  findings: Pick<Finding, 'rule' | 'category' | 'severity' | 'message' | 'suggestion' | 'start' | 'end' | 'quote'>[];
  /** Each element of the brief (absent before version 2): its status, the words found, and the question and example when not present. */
  brief?: Record<Element, { status: Status; evidence: string[]; question?: string; example?: string }>;
  decision: Decision;
  reason?: OverrideReason;
  /** Set from the review queue. */
  reviewed?: boolean;
}

/** What the review queue keeps, and for how long. */
export interface HistorySettings {
  /** Off: drafts are no longer recorded (those already recorded stay until cleared). */
  enabled: boolean;
  /** At most this many drafts are kept; the oldest go first. */
  maxDrafts: number;
  /** Drafts older than this are dropped. */
  maxDays: number;
}

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
