// Messages between the extension's parts. The analyzer lives in the background
// service worker: content scripts send it the draft and get the critique back.
import type { AnalyzeOptions, Critique } from '../analyzers';
import { isPlatform, type LinkState, type Platform, type SourceReport } from '../analyzers/types';
import type { DraftChange, DraftRecord } from './records';

const LINK_STATES: readonly LinkState[] = ['checked', 'not-allowed', 'checking', 'failed'];

/** Every message type of the extension (utils/message-types.ts), as `MESSAGE.analyze`… */
export * as MESSAGE from './message-types';
import * as MESSAGE from './message-types';

export interface AnalyzeRequest {
  type: typeof MESSAGE.analyze;
  text: string;
  options?: Omit<AnalyzeOptions, 'brand'>;
  /** Who is posting, for choosing the brand: the site, and the account when the page shows it. */
  poster?: { host: string; account?: string };
  /** Links the composer shows as a preview card (the text may no longer contain them). */
  preview?: string[];
  /** Which composer of the page this is (two composers of a tab read their links apart). */
  composer?: string;
}

/** The worker tells a tab that a linked page was read, or that access to sites changed: critique again. */
export const LINKS_CHANGED = MESSAGE.linksChanged;

/** The card asks the worker to open the page where the user can give access to a link's site. */
export interface OpenAccessRequest {
  type: typeof MESSAGE.openAccess;
  url: string;
}

export function isOpenAccessRequest(message: unknown): message is OpenAccessRequest {
  const m = message as Partial<OpenAccessRequest> | null;
  return typeof m === 'object' && m !== null && m.type === MESSAGE.openAccess && typeof m.url === 'string';
}

/** The brand whose rules a critique applied. */
export interface BrandRef {
  id: string;
  name: string;
}

export type AnalyzeResponse = { ok: true; critique: Critique; brand: BrandRef } | { ok: false; error: string };

/**
 * The critique card asks the worker for its linked pages in words: the catalog and the wording code stay in
 * the worker, out of the content scripts (issue 11: their weight). Answered with `SourcesWords`.
 */
export interface DescribeSourcesRequest {
  type: typeof MESSAGE.describeSources;
  sources: SourceReport[];
  lang: 'fr' | 'en';
}

export function isDescribeSourcesRequest(message: unknown): message is DescribeSourcesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return (
    m.type === MESSAGE.describeSources &&
    (m.lang === 'fr' || m.lang === 'en') &&
    Array.isArray(m.sources) &&
    m.sources.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>).url === 'string' &&
        LINK_STATES.includes((s as Record<string, unknown>).state as LinkState),
    )
  );
}

/** "Turn this rule off for this brand", from the critique card. */
export interface RuleOffRequest {
  type: typeof MESSAGE.ruleOff;
  brand: string;
  rule: string;
}

export function isRuleOffRequest(message: unknown): message is RuleOffRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === MESSAGE.ruleOff && typeof m.brand === 'string' && typeof m.rule === 'string';
}

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === MESSAGE.analyze && typeof m.text === 'string';
}

/** The popup asks the active tab's content script what it is showing. */
export interface CurrentRequest {
  type: typeof MESSAGE.current;
}

/** What the content script of the active tab answers the popup. */
export interface CurrentPage {
  host: string;
  platform: Platform;
  /** False when Whypost is switched off on this site. */
  enabled: boolean;
  /** The account that is posting, when the page shows it. */
  account?: string;
  /** The composer the user last typed in or focused, if any is on the page. */
  draft?: {
    text: string;
    surface: string;
    /** Null while the critique is on its way, or when none came (then `unavailable`). */
    critique: Critique | null;
    /** The worker did not answer in time or the analyzer failed: the page publishes as usual. */
    unavailable?: boolean;
    /** The brand whose rules the critique applied (absent until the first critique). */
    brandId?: string;
    brandName?: string;
  };
}

/** What the popup accepts as the active tab's answer: any other shape (an older or foreign script) is no page. */
export function isCurrentPage(message: unknown): message is CurrentPage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return typeof m.host === 'string' && isPlatform(m.platform) && typeof m.enabled === 'boolean';
}

/** The platform an analyze request names, if it names one Whypost knows (a page's word is not trusted). */
export function requestedPlatform(message: AnalyzeRequest): Platform | undefined {
  const platform = (message.options as Record<string, unknown> | undefined)?.platform;
  return isPlatform(platform) ? platform : undefined;
}

/** The popup asks the content script to open the critique card of its current composer. */
export interface OpenCardRequest {
  type: typeof MESSAGE.openCard;
}

/** A content script wakes the worker when a composer gets focus, so that the analyzer is loaded in time. */
export interface PingRequest {
  type: typeof MESSAGE.ping;
}

export function isPingRequest(message: unknown): message is PingRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === MESSAGE.ping;
}

/**
 * A content script hands the worker a draft that reached the pre-publish check: the worker writes it, with
 * its summary, one write at a time (utils/draft-store.ts); the page neither reads nor rewrites the history.
 */
export interface RecordRequest {
  type: typeof MESSAGE.record;
  record: DraftRecord;
}

export function isRecordRequest(message: unknown): message is RecordRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  const r = m.record as Record<string, unknown> | null;
  return (
    m.type === MESSAGE.record &&
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.at === 'number' &&
    typeof r.text === 'string' &&
    typeof r.decision === 'string' &&
    Array.isArray(r.findings)
  );
}

/**
 * The popup or the report asks the worker to change the recorded drafts: the worker makes every write to
 * them, one at a time, so that a mark, a deletion or a clearing never crosses a draft being recorded.
 */
export interface DraftsRequest {
  type: typeof MESSAGE.drafts;
  change: DraftChange;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function isDraftsRequest(message: unknown): message is DraftsRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  const c = m.change as Record<string, unknown> | null;
  if (m.type !== MESSAGE.drafts || typeof c !== 'object' || c === null) return false;
  switch (c.op) {
    case 'reviewed':
      return strings(c.ids) && typeof c.reviewed === 'boolean';
    case 'remove':
      return strings(c.ids);
    case 'clear':
    case 'limits':
    case 'index':
      return true;
    default:
      return false;
  }
}

/** The type of a message a part received, whatever else it holds. */
export function messageType(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}
