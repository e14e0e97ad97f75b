// What the review queue records of a draft, as types only: read by storage, history and the wording.
import type { DetectedLang, Element, Finding, Genre, Platform, Status, Verdict } from '../analyzers/types';

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
  platform: Platform;
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
