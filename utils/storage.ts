// Every storage key of the extension, declared once with its version. Drafts
// and site settings stay on this machine (local); brand rule sets are synced.
import { storage } from 'wxt/utils/storage';
import type { Finding, Genre, Verdict } from '../analyzers/types';
import type { BrandInput } from '../analyzers/brand/schema';

/** How a draft that reached the pre-publish check ended. */
export type Decision = 'published' | 'published-anyway' | 'kept-editing';

/** Why a community manager published a flagged draft anyway (short list shown in the dialog). */
export const OVERRIDE_REASONS = ['client-approved', 'time-sensitive', 'false-alarm', 'other'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

/** A draft recorded when it reached the pre-publish check, for the review queue. */
export interface DraftRecord {
  id: string;
  at: number;
  text: string;
  platform: 'x' | 'facebook';
  surface: string;
  brand: string;
  genre: Genre;
  verdict: Verdict;
  findings: Pick<Finding, 'rule' | 'severity' | 'message' | 'start' | 'end'>[];
  decision: Decision;
  reason?: OverrideReason;
}

/** At most this many drafts are kept; the oldest go first. */
export const DRAFTS_LIMIT = 1000;

export const drafts = storage.defineItem<DraftRecord[]>('local:drafts', { fallback: [], version: 1 });

export async function recordDraft(record: DraftRecord): Promise<void> {
  const list = await drafts.getValue();
  list.push(record);
  await drafts.setValue(list.slice(-DRAFTS_LIMIT));
}

export async function clearDrafts(): Promise<void> {
  await drafts.setValue([]);
}

export interface SiteSettings {
  /** Hostnames where Whypost is switched off. */
  disabled: string[];
  /** Hostnames where the badge is hidden (the pre-publish check still runs). */
  badgeHidden: string[];
}

export const sites = storage.defineItem<SiteSettings>('local:sites', {
  fallback: { disabled: [], badgeHidden: [] },
  version: 1,
});

export interface BrandStore {
  active: string;
  brands: Record<string, BrandInput>;
}

/**
 * Brand rule sets, as written by the user (validated on every read by the
 * background). A brand id with no rule set stored is the preset of that id.
 */
export const brands = storage.defineItem<BrandStore>('sync:brands', {
  fallback: { active: 'default', brands: {} },
  version: 1,
});
