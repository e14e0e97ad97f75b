// The brand library as the popup and the options page see it: every brand the
// user can pick, where it comes from, whether it can be edited, and what went
// wrong with it. Plain data, so that it can be rendered and tested without a
// browser.
import type { BrandError, BrandInput, PresetId } from '../../analyzers/brand';

/**
 * Where a brand comes from:
 * - `preset`: a built-in preset the user has not changed (editing it saves a user copy under the same id);
 * - `user`: created, imported or edited by the user (synced storage, or local beyond the sync quotas);
 * - `subscription`: fetched from an HTTPS address, refreshed daily (read-only: duplicate it to edit);
 * - `managed`: pushed by an administrator through the browser's managed storage (locked).
 */
export type BrandSource = 'preset' | 'user' | 'subscription' | 'managed';

/** Why a rule set could not be subscribed to or refreshed; the interface words it in its language. */
export type FetchProblem =
  | { code: 'bad-address' }
  | { code: 'not-https' }
  | { code: 'unreachable'; host: string; detail: string }
  | { code: 'status'; host: string; status: number }
  | { code: 'too-large' }
  /** The file is not a valid rule set: its first error (the message is the schema's, in English). */
  | { code: 'invalid'; path: string; message: string; line?: number };

export interface Subscription {
  url: string;
  /** Last successful download (ms since epoch). */
  updatedAt?: number;
  /** Last attempt, successful or not. */
  checkedAt?: number;
  /** Why the last attempt failed; the last good copy is still in use. */
  error?: FetchProblem;
}

export interface BrandEntry {
  id: string;
  /** The brand's display name (`input.name`). */
  name: string;
  source: BrandSource;
  /** True for managed and subscribed brands: the options page offers "duplicate", not "edit" or "delete". */
  locked: boolean;
  /** The rule set as stored. When `unreadable` is set this is the default preset, used meanwhile. */
  input: BrandInput;
  /** `local` when the brand did not fit in synced storage's quotas. */
  storedIn: 'builtin' | 'sync' | 'local' | 'managed';
  /** The preset this brand was started from, when known. */
  preset?: PresetId;
  subscription?: Subscription;
  /** The stored value could not be read: it is kept as it was (exportable), and the default preset is used. */
  unreadable?: { errors: BrandError[]; raw: unknown };
}

/** Something the user should know about their brands or settings; rendered by the UI in its language. `brand` is an id. */
export type LibraryNotice =
  | { code: 'stored-locally'; brand: string }
  | { code: 'unreadable-brand'; brand: string }
  /** `raw`: the value as it was stored, for export. */
  | { code: 'unreadable-setting'; key: string; raw?: unknown }
  | { code: 'refresh-failed'; brand: string; error: FetchProblem; updatedAt?: number }
  | { code: 'managed-unavailable' };

export interface BrandLibrary {
  /** Presets first (those not overridden), then the user's, subscribed and managed brands, by name. */
  entries: BrandEntry[];
  /** The brand used when no account on the page selects one. */
  active: string;
  notices: LibraryNotice[];
}

/** The outcome of saving or importing a rule set. */
export type SaveResult =
  | { ok: true; id: string; storedIn: 'sync' | 'local' }
  | { ok: false; errors: BrandError[] }
  /** Importing a brand whose name (or id) exists: ask, then call again with `replace: true` or `asCopy: true`. */
  | { ok: false; conflict: { id: string; name: string } };

/** The brand chosen on a site from the popup, and under which account it was chosen. */
export interface SiteChoice {
  brand: string;
  account?: string;
}
