// Every storage key of the extension, declared once: its area, what it holds, and for the versioned items
// their version, fallback and migrations, in the manner of WXT's `storage.defineItem` (issue 12). Nothing
// else declares a key, a version or a migration (tests/architecture.test.ts fails when one does).
// No runtime imports, and one export a key, a spec or a migration table, so that a content script carries
// only what it uses (`import * as KEYS`): never the migrations, which the worker and the extension's pages run
// when utils/storage.ts declares the items from these specs. The content scripts read and write the items
// they use through utils/page-storage.ts, without @wxt-dev/storage (issue 11).
import type { SiteChoice } from './brands/types';
import type { DraftRecord, HistorySettings } from './records';

/** Where a key lives: `local` and `session` (memory only) on this machine, `sync` across devices, `managed` by policy. */
export type StorageArea = 'local' | 'sync' | 'session' | 'managed';

/** A versioned item: its version as @wxt-dev/storage counts it (in `<key>$`), and its value when absent. */
export interface ItemSpec<T> {
  area: 'local';
  key: string;
  version: number;
  fallback: T;
}

/** A migration table: the function that turns version N − 1 into version N, under N. */
export type Migrations = Record<number, (old: never) => unknown>;

// ── Keys ──────────────────────────────────────────────────────────────────────────────────────────

/** local, versioned (DRAFTS): the full records of the newest drafts that reached the pre-publish check. */
export const drafts = 'drafts';
/** local, versioned (DRAFT_INDEX): a compact summary of every recorded draft, what the coaching report reads. */
export const draftIndex = 'draftIndex';
/** local, versioned (SETTINGS): the review queue's limits and the interface language. */
export const settings = 'settings';
/** local, versioned (SITES): sites switched off, badges hidden, the brand last chosen per site. */
export const sites = 'sites';
/** sync, or local when too big for sync: a user's brand, `brand.<id>` (utils/brands/library.ts). */
export const brandPrefix = 'brand.';
/** local: a stored value that could not be read, kept for export, `unreadable.<key>`. */
export const unreadablePrefix = 'unreadable.';
/** sync: the brand used when no account and no site choice selects one. */
export const activeBrand = 'activeBrand';
/** local: subscriptions and the last good copy of each subscribed rule set. */
export const subscriptions = 'subscriptions';
/**
 * sync: the previous layout, every brand in one item; moved to `brand.<id>` items at the first read
 * (the one migration across keys: `migrateLayout` in utils/brands/library.ts, decision 007).
 */
export const legacyBrands = 'brands';
/** managed: the administrator's brands (the policy's key, docs/managed-policy.md). */
export const managedBrands = 'brands';
/** local: the administrator's brands as last read (a browser just started answers managed storage late). */
export const managedCopy = 'managedCopy';
/** session (memory only): the linked pages read, for 30 minutes. */
export const linkedPages = 'linkedPages';

/** The keys whose change makes every draft on screen critiqued again (its brand may have changed). */
export function changesBrands(key: string): boolean {
  return key.startsWith(brandPrefix) || key === activeBrand || key === subscriptions;
}

// ── Versioned items ───────────────────────────────────────────────────────────────────────────────

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

/** Version 3: `held` and `revisionOf` recorded; the full records are kept within a byte budget (utils/draft-store.ts). */
export const DRAFTS: ItemSpec<DraftRecord[]> = { area: 'local', key: drafts, version: 3, fallback: [] };
/**
 * Version 1: a JSON string (utils/draft-index.ts), read in one piece: 10,000 summaries are 1.5 MB, which an
 * extension page reads in a tenth of the time it takes to read as many objects. Built from the drafts when
 * absent (the drafts of an older version, or written by hand), by utils/draft-store.ts.
 */
export const DRAFT_INDEX: ItemSpec<string> = { area: 'local', key: draftIndex, version: 1, fallback: '' };
export const SETTINGS: ItemSpec<Settings> = { area: 'local', key: settings, version: 1, fallback: DEFAULT_SETTINGS };
export const SITES: ItemSpec<SiteSettings> = {
  area: 'local',
  key: sites,
  version: 2,
  fallback: { disabled: [], badgeHidden: [], chosen: {} },
};

// ── Migrations ────────────────────────────────────────────────────────────────────────────────────

type Loose = Record<string, unknown>;

export const DRAFTS_MIGRATIONS = {
  // Version 1 named the brand only, did not keep the brief or the score, and said "kept-editing".
  2: (old: Loose[]) =>
    old.map((d) => ({
      ...d,
      brandId: typeof d.brand === 'string' ? d.brand : 'default',
      lang: 'und',
      decision: d.decision === 'kept-editing' ? 'abandoned' : d.decision,
    })),
  // Version 2 did not record whether the check held the draft, nor which draft a new version revised.
  3: (old: Loose[]) => inferRevisions(old.map((d) => ({ ...d, held: d.held ?? d.decision !== 'published' }))),
} satisfies Migrations;

export const SITES_MIGRATIONS = {
  2: (old: Omit<SiteSettings, 'chosen'>) => ({ ...old, chosen: {} }),
} satisfies Migrations;

/**
 * Drafts of version 2 do not say which draft a published one revised. The content script marked a draft
 * `revised` and recorded the new version from the same composer right after, so the new version is taken to
 * be the first draft published (anyway or not) at or after it on the same platform, surface and brand
 * (decision 012). Inferred once, here; drafts recorded since say it themselves.
 */
export function inferRevisions<T extends Loose>(list: T[]): T[] {
  const key = (d: Loose) => `${String(d.platform)}\u0000${String(d.surface)}\u0000${String(d.brandId)}`;
  const published = new Map<string, T[]>();
  for (const d of list) {
    if (d.decision !== 'published' && d.decision !== 'published-anyway') continue;
    const group = published.get(key(d));
    if (group) group.push(d);
    else published.set(key(d), [d]);
  }
  for (const group of published.values()) group.sort((a, b) => Number(a.at) - Number(b.at));
  const links = new Map<T, string>();
  const linked = new Set<unknown>(list.map((d) => d.revisionOf).filter((id) => typeof id === 'string'));
  for (const r of list) {
    if (r.decision !== 'revised' || linked.has(r.id)) continue;
    const group = published.get(key(r)) ?? [];
    const next = group.find((d) => Number(d.at) >= Number(r.at) && d !== r && d.revisionOf === undefined);
    if (next && !links.has(next)) links.set(next, String(r.id));
  }
  return list.map((d) => (links.has(d) ? { ...d, revisionOf: links.get(d) } : d));
}
