// Every storage key of the extension, declared once: where it lives and what it holds. No imports, and
// one export a key, so that a content script carries only the keys it uses (`import * as KEYS`).
// The versioned items (drafts, settings, sites) are specified in page-storage.ts and declared with
// @wxt-dev/storage in storage.ts; the brand library's keys are read and written by utils/brands/library.ts.
/** local, versioned: the drafts that reached the pre-publish check (the review queue). */
export const drafts = 'drafts';
/** local, versioned: the review queue's limits and the interface language. */
export const settings = 'settings';
/** local, versioned: sites switched off, badges hidden, the brand last chosen per site. */
export const sites = 'sites';
/** sync, or local when too big for sync: a user's brand, `brand.<id>`. */
export const brandPrefix = 'brand.';
/** local: a stored value that could not be read, kept for export, `unreadable.<key>`. */
export const unreadablePrefix = 'unreadable.';
/** sync: the brand used when no account and no site choice selects one. */
export const activeBrand = 'activeBrand';
/** local: subscriptions and the last good copy of each subscribed rule set. */
export const subscriptions = 'subscriptions';
/** sync: the previous layout, every brand in one item (migrated away at the first read). */
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
