// The brand library: every rule set the user can apply, wherever it is kept.
//
// - A user's brand is one synced item, `brand.<id>` (so one big brand cannot
//   push the others over sync's 8 KB per-item quota); a brand too big for sync
//   is kept in local storage under the same key, and the user is told.
// - Presets are built in; editing one saves a user brand under the preset's id.
// - Subscribed brands are fetched from an HTTPS address and kept locally.
// - Managed brands come from the browser's managed storage (an administrator's
//   policy) and are locked.
// Nothing stored is trusted: every read is validated, and a value that does not
// validate is kept as it is (it can be exported) while the default preset is used.
import { browser } from 'wxt/browser';
import {
  BRAND_SCHEMA_ID,
  BRAND_SCHEMA_VERSION,
  parseBrand,
  parseBrandText,
  preset,
  PRESETS,
  type Brand,
  type BrandInput,
  type PresetId,
} from '../../analyzers/brand';
import { accountKey } from '../../analyzers/brand/accounts';
import type { Platform } from '../../analyzers/types';
import { isRecord } from '../storage';
import type {
  BrandEntry,
  BrandLibrary,
  FetchProblem,
  LibraryNotice,
  SaveResult,
  SiteChoice,
  Subscription,
} from './types';
import * as KEYS from '../storage-keys';
export type { SiteChoice } from './types';

/** Prefix of a user brand's key, in synced or local storage. */
export const BRAND_PREFIX = KEYS.brandPrefix;
/** The brand used when no account on the page and no choice for the site selects one. */
export const ACTIVE_KEY = KEYS.activeBrand;
/** Subscriptions and the last good copy of each subscribed rule set (local). */
export const SUBSCRIPTIONS_KEY = KEYS.subscriptions;
/** Where the previous layout kept every brand in one synced item. */
const LEGACY_KEY = KEYS.legacyBrands;
/** The managed-storage key an administrator's policy fills (see docs/managed-policy.md). */
export const MANAGED_KEY = KEYS.managedBrands;
/** The policy's value as last read, kept locally: Chromium answers managed storage seconds late at start-up. */
export const MANAGED_COPY_KEY = KEYS.managedCopy;
/** How long a read waits for managed storage when a copy of the policy is at hand. */
export const MANAGED_WAIT_MS = 150;

// chrome.storage.sync's quotas (Firefox's are the same or larger).
const SYNC_ITEM_BYTES = 8192;
const SYNC_TOTAL_BYTES = 102_400;

type Stored = { input: BrandInput; preset?: PresetId };
type SubscriptionRecord = Subscription & { id: string; input?: BrandInput };

const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** Byte size of an item as sync counts it: the key and the JSON of the value. */
function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** A brand id made from a name: lower-case letters, digits and dashes. */
export function slug(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return base || 'brand';
}

function uniqueId(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Moves the brands of the previous layout (one synced item) to one item each. Idempotent. */
export async function migrateLayout(): Promise<void> {
  const got = await browser.storage.sync.get(LEGACY_KEY);
  const legacy = got[LEGACY_KEY];
  if (legacy === undefined) return;
  if (!isRecord(legacy) || !isRecord(legacy.brands)) {
    // Unreadable: keep it where it can be exported, and stop reading it.
    await browser.storage.local.set({ [`${KEYS.unreadablePrefix}${LEGACY_KEY}`]: legacy });
    await browser.storage.sync.remove(LEGACY_KEY);
    return;
  }
  for (const [id, input] of Object.entries(legacy.brands)) {
    await writeBrand(id, { input: input as BrandInput });
  }
  if (typeof legacy.active === 'string') await browser.storage.sync.set({ [ACTIVE_KEY]: legacy.active });
  await browser.storage.sync.remove(LEGACY_KEY);
}

/** Writes a user brand to sync, or to local storage when it does not fit sync's quotas. */
async function writeBrand(id: string, stored: Stored): Promise<'sync' | 'local'> {
  const key = BRAND_PREFIX + id;
  const all = await browser.storage.sync.get(null);
  const others = Object.entries(all).reduce((sum, [k, v]) => (k === key ? sum : sum + itemBytes(k, v)), 0);
  const size = itemBytes(key, stored);
  if (size <= SYNC_ITEM_BYTES && others + size <= SYNC_TOTAL_BYTES) {
    try {
      await browser.storage.sync.set({ [key]: stored });
      await browser.storage.local.remove(key);
      return 'sync';
    } catch {
      // A quota the browser counts differently (or sync switched off): keep it on this machine.
    }
  }
  await browser.storage.local.set({ [key]: stored });
  await browser.storage.sync.remove(key);
  return 'local';
}

function storedEntry(id: string, value: unknown, storedIn: 'sync' | 'local'): BrandEntry {
  const input = isRecord(value) ? value.input : undefined;
  const presetId =
    isRecord(value) && PRESET_IDS.includes(value.preset as PresetId) ? (value.preset as PresetId) : undefined;
  const result = parseBrand(input);
  if (!result.ok) {
    return {
      id,
      name: isRecord(input) && typeof input.name === 'string' && input.name.trim() ? input.name : id,
      source: 'user',
      locked: false,
      input: PRESETS.default,
      storedIn,
      unreadable: { errors: result.errors, raw: value },
    };
  }
  return {
    id,
    name: result.brand.name,
    source: 'user',
    locked: false,
    input: input as BrandInput,
    storedIn,
    ...(presetId ? { preset: presetId } : {}),
  };
}

/** What managed storage holds: the policy's value, or `unavailable` when there is no managed storage. */
type ManagedRead = { value: unknown } | 'unavailable';

function askManaged(): Promise<ManagedRead> {
  return browser.storage.managed.get(MANAGED_KEY).then(
    (got): ManagedRead => ({ value: got[MANAGED_KEY] }),
    // No policy installed (Firefox throws then), or no managed storage at all.
    (): ManagedRead => 'unavailable',
  );
}

/** The copy as stored: `{ value }`, or `{}` when there was no policy (so that a start without one does not wait either). */
type ManagedCopy = { value?: unknown };

const asCopy = (stored: unknown): ManagedCopy | undefined => (isRecord(stored) ? (stored as ManagedCopy) : undefined);

function keepCopy(read: ManagedRead, copy: ManagedCopy | undefined): Promise<void> | undefined {
  const value = read === 'unavailable' ? undefined : read.value;
  if (copy && JSON.stringify(value) === JSON.stringify(copy.value)) return undefined;
  return browser.storage.local.set({ [MANAGED_COPY_KEY]: value === undefined ? {} : { value } });
}

const valueOf = (read: ManagedRead): unknown => (read === 'unavailable' ? undefined : read.value);

/**
 * The administrator's value. On a browser just started Chromium answers managed storage one
 * to three seconds late, and the first critique would wait for it: a read waits MANAGED_WAIT_MS
 * at most, then goes on with the copy of the last answer (none at the very first start). When
 * the real answer arrives and differs from what was used, the copy is replaced (a storage
 * change: every reader of the library reads it again) and `late` is called, so that the drafts
 * on screen are critiqued again with the administrator's brands.
 */
async function managedValue(copy: ManagedCopy | undefined, late?: () => void): Promise<unknown> {
  const asked = askManaged();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<null>((done) => (timer = setTimeout(() => done(null), MANAGED_WAIT_MS)));
  const read = await Promise.race([asked, waited]);
  clearTimeout(timer);
  if (read !== null) {
    void keepCopy(read, copy)?.catch(() => undefined);
    return valueOf(read);
  }
  const used = copy?.value;
  void asked.then(async (answer) => {
    await keepCopy(answer, copy)?.catch(() => undefined);
    if (JSON.stringify(valueOf(answer)) !== JSON.stringify(used)) late?.();
  });
  return used;
}

async function readManaged(
  notices: LibraryNotice[],
  copy: ManagedCopy | undefined,
  late?: () => void,
): Promise<BrandEntry[]> {
  const value = await managedValue(copy, late);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    // The policy is there but is not a list: say that the administrator's brands are missing.
    notices.push({ code: 'managed-unavailable' });
    return [];
  }
  const taken = new Set<string>();
  return value.map((item: unknown, i): BrandEntry => {
    // Chromium's policy schema carries each rule set as JSON text; Firefox's policies.json as an object.
    let input = item;
    if (typeof item === 'string') {
      try {
        input = JSON.parse(item) as unknown;
      } catch {
        input = item;
      }
    }
    const result = parseBrand(input);
    const named = result.ok ? result.brand.name : `managed-${i + 1}`;
    const id = uniqueId(`managed-${result.ok ? (result.brand.id ?? slug(named)) : i + 1}`, taken);
    taken.add(id);
    if (!result.ok) {
      notices.push({ code: 'unreadable-brand', brand: id });
      return {
        id,
        name: named,
        source: 'managed',
        locked: true,
        input: PRESETS.default,
        storedIn: 'managed',
        unreadable: { errors: result.errors, raw: input },
      };
    }
    return { id, name: named, source: 'managed', locked: true, input: input as BrandInput, storedIn: 'managed' };
  });
}

async function readSubscriptions(): Promise<Record<string, SubscriptionRecord>> {
  const value = (await browser.storage.local.get(SUBSCRIPTIONS_KEY))[SUBSCRIPTIONS_KEY];
  return isRecord(value) ? (value as Record<string, SubscriptionRecord>) : {};
}

/**
 * Every brand, with what the user should know about them. `managedLate` is called when the
 * administrator's brands answered after a copy of them was used (see managedValue).
 */
export async function loadLibrary({ managedLate }: { managedLate?: () => void } = {}): Promise<BrandLibrary> {
  await migrateLayout();
  const notices: LibraryNotice[] = [];
  const [synced, local, subscriptions] = await Promise.all([
    browser.storage.sync.get(null),
    browser.storage.local.get(null),
    readSubscriptions(),
  ]);
  const users = new Map<string, BrandEntry>();
  for (const [area, values] of [
    ['sync', synced],
    ['local', local],
  ] as const) {
    for (const [key, value] of Object.entries(values)) {
      if (!key.startsWith(BRAND_PREFIX)) continue;
      const id = key.slice(BRAND_PREFIX.length);
      if (users.has(id)) continue;
      const entry = storedEntry(id, value, area);
      users.set(id, entry);
      if (entry.unreadable) notices.push({ code: 'unreadable-brand', brand: id });
      else if (area === 'local') notices.push({ code: 'stored-locally', brand: id });
    }
  }
  const presets: BrandEntry[] = PRESET_IDS.filter((id) => !users.has(id)).map((id) => ({
    id,
    name: PRESETS[id].name,
    source: 'preset',
    locked: false,
    input: PRESETS[id],
    storedIn: 'builtin',
    preset: id,
  }));
  const subscribed: BrandEntry[] = [];
  for (const [id, record] of Object.entries(subscriptions)) {
    const { input, id: _id, ...subscription } = record;
    const result = input === undefined ? null : parseBrand(input);
    const name = result?.ok ? result.brand.name : id;
    if (subscription.error) {
      notices.push({
        code: 'refresh-failed',
        brand: id,
        error: subscription.error,
        ...(subscription.updatedAt ? { updatedAt: subscription.updatedAt } : {}),
      });
    }
    subscribed.push({
      id,
      name,
      source: 'subscription',
      locked: true,
      input: result?.ok ? input! : PRESETS.default,
      storedIn: 'local',
      subscription,
      ...(result && !result.ok ? { unreadable: { errors: result.errors, raw: input } } : {}),
    });
  }
  const managed = await readManaged(notices, asCopy(local[MANAGED_COPY_KEY]), managedLate);
  const byName = (a: BrandEntry, b: BrandEntry) => a.name.localeCompare(b.name);
  const entries = [...presets, ...[...users.values()].sort(byName), ...subscribed.sort(byName), ...managed];
  const active = (await browser.storage.sync.get(ACTIVE_KEY))[ACTIVE_KEY];
  return {
    entries,
    active: typeof active === 'string' && entries.some((e) => e.id === active) ? active : 'default',
    notices,
  };
}

const validated = new WeakMap<BrandEntry, Brand>();
/**
 * The validated rule set of an entry (validated once per library load, not once
 * per critique); the default preset when it cannot be read.
 */
export function brandOf(entry: BrandEntry | undefined): Brand {
  if (!entry || entry.unreadable) return preset('default');
  let brand = validated.get(entry);
  if (!brand) {
    const result = parseBrand(entry.input);
    brand = result.ok ? result.brand : preset('default');
    validated.set(entry, brand);
  }
  return brand;
}

function taken(library: BrandLibrary): Set<string> {
  return new Set(library.entries.map((e) => e.id));
}

function find(library: BrandLibrary, id: string): BrandEntry | undefined {
  return library.entries.find((e) => e.id === id);
}

/** Saves a rule set under an id (validated first; nothing is written when it does not validate). */
export async function saveBrand(id: string, input: BrandInput): Promise<SaveResult> {
  const library = await loadLibrary();
  const entry = find(library, id);
  if (entry?.locked) return { ok: false, errors: [{ path: '(root)', message: 'this brand is locked' }] };
  const result = parseBrand(input);
  if (!result.ok) return { ok: false, errors: result.errors };
  const storedIn = await writeBrand(id, { input, ...(entry?.preset ? { preset: entry.preset } : {}) });
  return { ok: true, id, storedIn };
}

/** A new brand started from a preset. */
export async function createBrand(name: string, from: PresetId = 'default'): Promise<SaveResult> {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, errors: [{ path: 'name', message: 'must not be empty' }] };
  const library = await loadLibrary();
  const id = uniqueId(slug(trimmed), taken(library));
  const input: BrandInput = { ...structuredClone(PRESETS[from]), name: trimmed };
  delete input.id;
  const result = parseBrand(input);
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, id, storedIn: await writeBrand(id, { input, preset: from }) };
}

export async function renameBrand(id: string, name: string): Promise<SaveResult> {
  const library = await loadLibrary();
  const entry = find(library, id);
  if (!entry) return { ok: false, errors: [{ path: '(root)', message: `no brand "${id}"` }] };
  return saveBrand(id, { ...entry.input, name: name.trim() });
}

/** A user copy of any brand (locked ones included), named "<name> (2)". */
export async function duplicateBrand(id: string): Promise<SaveResult> {
  const library = await loadLibrary();
  const entry = find(library, id);
  if (!entry) return { ok: false, errors: [{ path: '(root)', message: `no brand "${id}"` }] };
  const input: BrandInput = { ...structuredClone(entry.input), name: freeName(library, entry.name) };
  delete input.id;
  const newId = uniqueId(slug(input.name), taken(library));
  return {
    ok: true,
    id: newId,
    storedIn: await writeBrand(newId, { input, ...(entry.preset ? { preset: entry.preset } : {}) }),
  };
}

/** Deletes a user brand (a preset that was edited goes back to the preset). */
export async function deleteBrand(id: string): Promise<void> {
  const key = BRAND_PREFIX + id;
  await browser.storage.sync.remove(key);
  await browser.storage.local.remove(key);
  const active = (await browser.storage.sync.get(ACTIVE_KEY))[ACTIVE_KEY];
  if (active === id) await browser.storage.sync.set({ [ACTIVE_KEY]: 'default' });
}

export async function setActiveBrand(id: string): Promise<void> {
  await browser.storage.sync.set({ [ACTIVE_KEY]: id });
}

/** The file text of a brand: a complete rule set, schema and version included. */
export function exportBrand(entry: BrandEntry): string {
  const file = { ...entry.input, schema: BRAND_SCHEMA_ID, version: BRAND_SCHEMA_VERSION, id: entry.id };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Imports a rule set file. A file that does not validate changes nothing. A
 * brand whose name or id exists is a conflict unless the caller says to replace
 * it or to import it as a copy.
 */
export async function importBrand(
  text: string,
  mode: { replace?: boolean; asCopy?: boolean } = {},
): Promise<SaveResult> {
  const result = parseBrandText(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  const library = await loadLibrary();
  const input = JSON.parse(text) as BrandInput;
  const wanted = slug(result.brand.id ?? result.brand.name);
  const existing =
    library.entries.find((e) => e.source !== 'preset' && e.name === result.brand.name) ??
    library.entries.find((e) => e.source !== 'preset' && e.id === wanted);
  if (existing && !mode.replace && !mode.asCopy)
    return { ok: false, conflict: { id: existing.id, name: existing.name } };
  delete input.id;
  if (existing && mode.replace) {
    if (existing.locked)
      return {
        ok: false,
        errors: [{ path: '(root)', message: `"${existing.name}" is locked and cannot be replaced` }],
      };
    return { ok: true, id: existing.id, storedIn: await writeBrand(existing.id, { input }) };
  }
  if (existing) input.name = freeName(library, result.brand.name);
  // The file's own id when it is free (a brand exported, deleted, imported again keeps its id).
  const id = uniqueId(existing ? slug(input.name) : wanted, taken(library));
  return { ok: true, id, storedIn: await writeBrand(id, { input }) };
}

/** "<name> (2)", "<name> (3)"…: the first name no brand has. */
function freeName(library: BrandLibrary, name: string): string {
  const names = new Set(library.entries.map((e) => e.name));
  let n = 2;
  while (names.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

// ---------------------------------------------------------------- subscriptions

/** A download that failed, and why. */
export class FetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    options?: ErrorOptions,
  ) {
    super(problem.code, options);
  }
}

const problemOf = (error: unknown): FetchProblem =>
  error instanceof FetchError
    ? error.problem
    : { code: 'unreachable', host: '', detail: error instanceof Error ? error.message : String(error) };

/** Downloads a rule set; throws a FetchError saying why it could not. */
export async function fetchRuleSet(url: string, fetcher: typeof fetch = fetch): Promise<BrandInput> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetcher(url, { cache: 'no-cache', credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FetchError({ code: 'unreachable', host, detail }, { cause: error });
  }
  if (!response.ok) throw new FetchError({ code: 'status', host, status: response.status });
  const text = await response.text();
  if (text.length > 1_000_000) throw new FetchError({ code: 'too-large' });
  const result = parseBrandText(text);
  if (!result.ok) {
    const { path, message, line } = result.errors[0]!;
    throw new FetchError({ code: 'invalid', path, message, ...(line ? { line } : {}) });
  }
  return JSON.parse(text) as BrandInput;
}

function checkUrl(url: string): FetchProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { code: 'bad-address' };
  }
  return parsed.protocol === 'https:' ? null : { code: 'not-https' };
}

export async function subscribe(
  url: string,
  fetcher: typeof fetch = fetch,
  now = Date.now(),
): Promise<SaveResult | { ok: false; error: FetchProblem }> {
  const problem = checkUrl(url);
  if (problem) return { ok: false, error: problem };
  let input: BrandInput;
  try {
    input = await fetchRuleSet(url.trim(), fetcher);
  } catch (error) {
    return { ok: false, error: problemOf(error) };
  }
  const library = await loadLibrary();
  const subscriptions = await readSubscriptions();
  const already = Object.entries(subscriptions).find(([, s]) => s.url === url.trim());
  const id = already?.[0] ?? uniqueId(`sub-${input.id ?? slug(input.name)}`, taken(library));
  subscriptions[id] = { id, url: url.trim(), input, updatedAt: now, checkedAt: now };
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: subscriptions });
  return { ok: true, id, storedIn: 'local' };
}

/** Refreshes one subscription (or all); a failure keeps the last good copy and records why. */
export async function refreshSubscriptions(
  only?: string,
  fetcher: typeof fetch = fetch,
  now = Date.now(),
): Promise<void> {
  const subscriptions = await readSubscriptions();
  for (const [id, record] of Object.entries(subscriptions)) {
    if (only !== undefined && id !== only) continue;
    try {
      const input = await fetchRuleSet(record.url, fetcher);
      subscriptions[id] = { id, url: record.url, input, updatedAt: now, checkedAt: now };
    } catch (error) {
      subscriptions[id] = { ...record, checkedAt: now, error: problemOf(error) };
    }
  }
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: subscriptions });
}

export async function unsubscribe(id: string): Promise<void> {
  const subscriptions = await readSubscriptions();
  delete subscriptions[id];
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: subscriptions });
}

// ------------------------------------------------------------ choosing a brand

/** What a page says about who is posting. */
export interface Poster {
  platform: Platform;
  host: string;
  /**
   * X handle (with or without @), Facebook author, or LinkedIn member or Page (its name or its
   * address), when the page shows it; compared with the brands' accounts by accountKey().
   */
  account?: string;
}

/**
 * The brand a draft is critiqued with: the brand listing the posting account
 * (unless the user picked another brand for this site under that same
 * account), otherwise the brand last used on the site, otherwise the default.
 */
export function chooseBrand(
  library: BrandLibrary,
  poster: Poster,
  choice: SiteChoice | undefined,
): { entry: BrandEntry; by: 'account' | 'site' | 'default' } {
  const byId = (id: string | undefined) => (id === undefined ? undefined : find(library, id));
  const { platform } = poster;
  const account = poster.account ? accountKey(platform, poster.account) : '';
  const chosen = byId(choice?.brand);
  if (account) {
    const owner = library.entries.find((e) =>
      (e.input.accounts ?? []).some((a) => a.platform === platform && accountKey(platform, a.handle) === account),
    );
    const overridden = chosen && choice?.account !== undefined && accountKey(platform, choice.account) === account;
    if (owner && !overridden) return { entry: owner, by: 'account' };
  }
  if (chosen) return { entry: chosen, by: 'site' };
  return { entry: byId(library.active) ?? find(library, 'default') ?? library.entries[0]!, by: 'default' };
}
