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
  /**
   * The pre-publish check held the press of Post that carried this draft (its dialog was shown). Absent on
   * drafts recorded before version 3, whose migration sets it from the decision (held unless `published`).
   */
  held?: boolean;
  /**
   * The id of the draft this one is a new version of: the last one abandoned in the same composer (the user
   * kept editing, then pressed Post again). Exact since version 3; inferred once for older drafts.
   */
  revisionOf?: string;
  /** Set from the review queue. */
  reviewed?: boolean;
}

/**
 * What the coaching report needs of a recorded draft (utils/draft-index.ts): kept for every draft the
 * history keeps, beside the full records, which are kept for the newest drafts only (docs/decisions/013).
 */
export interface DraftSummary {
  id: string;
  at: number;
  platform: DraftRecord['platform'];
  brandId: string;
  /** The brand's name as most recently recorded. */
  brand: string;
  verdict: Verdict;
  genre: Genre;
  held: boolean;
  decision: Decision;
  reason?: OverrideReason;
  /** The brief's missing elements; null when the brief was not recorded (drafts of version 1). */
  missing: Element[] | null;
  /** The rules with at least one finding, each once. */
  rules: string[];
  revisionOf?: string;
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

/**
 * A change a page asks of the recorded drafts (utils/draft-store.ts): marks from the review queue, deletions,
 * clearing everything, dropping what the stored history limits no longer keep, building the summaries once.
 */
export type DraftChange =
  | { op: 'reviewed'; ids: string[]; reviewed: boolean }
  | { op: 'remove'; ids: string[] }
  | { op: 'clear' }
  | { op: 'limits' }
  | { op: 'index' };
