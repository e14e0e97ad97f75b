import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../analyzers';
import { brandOf, chooseBrand, loadLibrary, refreshSubscriptions, saveBrand } from '../utils/brands/library';
import type { BrandLibrary } from '../utils/brands/types';
import {
  isAnalyzeRequest,
  isDescribeSourcesRequest,
  isOpenAccessRequest,
  isPingRequest,
  isDraftsRequest,
  isRecordRequest,
  requestedPlatform,
  isRuleOffRequest,
  LINKS_CHANGED,
  type AnalyzeRequest,
  type AnalyzeResponse,
} from '../utils/messages';
import { migrateDrafts, sites, type SiteSettings } from '../utils/storage';
import { applyChange, buildIndex, recordDraft } from '../utils/draft-store';
import { fetchPage } from '../analyzers/sources/fetch';
import { describeSources } from '../analyzers/sources/describe';
import { LinkReader, type CacheEntry } from '../utils/links/reader';
import { readFetchedPage } from '../utils/links/dom';
import { accessPageUrl, ALL_SITES } from '../utils/links/access';
import { isPrivateHost } from '../utils/links/reader';
import * as KEYS from '../utils/storage-keys';

/** Subscribed rule sets are fetched again once a day (and on demand from the options page). */
export const REFRESH_ALARM = 'whypost:refresh-subscriptions';

/** The linked pages read, kept in session storage (see LinkReader). */
const LINK_CACHE_KEY = KEYS.linkedPages;

export default defineBackground(() => {
  // The library and the sites' brand choices are read once, then again whenever storage changes
  // (options page, popup, another device): not on every keystroke's critique.
  let library: Promise<BrandLibrary> | null = null;
  let siteSettings: Promise<SiteSettings | null> | null = null;
  // An administrator's brands that answered late (a browser just started): every tab critiques again.
  const managedLate = () => {
    library = null;
    everyTab();
  };
  const current = () =>
    (library ??= loadLibrary({ managedLate }).catch(() => ({ entries: [], active: 'default', notices: [] })));
  const currentSites = () => (siteSettings ??= sites.getValue().catch(() => null));
  browser.storage.onChanged.addListener(() => {
    library = null;
    siteSettings = null;
  });

  // Linked pages: read only where the user gave access, cached per address (utils/links).
  const reader = new LinkReader({
    allowed: async (origin) => {
      try {
        // Machines of the local network are read only when allowed one by one, not by "every site".
        if (isPrivateHost(origin)) return ((await browser.permissions.getAll()).origins ?? []).includes(origin);
        return await browser.permissions.contains({ origins: [origin] });
      } catch {
        return false;
      }
    },
    // A redirect can lead to any site: it is followed only when the user allowed every site.
    fetchPage: async (url) =>
      fetchPage(url, {
        followRedirects: await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false),
      }),
    parse: readFetchedPage,
    now: () => Date.now(),
    // Session storage is memory only: the pages read survive the worker's sleep, not the browser's closing.
    store: {
      load: async () => {
        const { [LINK_CACHE_KEY]: entries } = await browser.storage.session.get(LINK_CACHE_KEY);
        return Array.isArray(entries) ? (entries as CacheEntry[]) : [];
      },
      save: async (entries) => {
        await browser.storage.session.set({ [LINK_CACHE_KEY]: entries });
      },
    },
  });
  const tell = (tabId: number, frameId?: number) =>
    void browser.tabs
      .sendMessage(tabId, { type: LINKS_CHANGED }, frameId === undefined ? {} : { frameId })
      .catch(() => undefined);
  // Access given or taken back (here, in the popup, in the browser's settings): every tab critiques again.
  const everyTab = () =>
    void browser.tabs
      .query({})
      .then((tabs) => tabs.forEach((t) => t.id !== undefined && tell(t.id)))
      .catch(() => undefined);
  try {
    browser.tabs.onRemoved.addListener((tabId) => reader.forget(`${tabId}:`));
    browser.permissions.onAdded.addListener(everyTab);
    browser.permissions.onRemoved.addListener(() => {
      reader.clear();
      everyTab();
    });
  } catch {
    // No permission events here (a test double): links are still checked at each critique.
  }

  async function critique(message: AnalyzeRequest, sender: Browser.runtime.MessageSender): Promise<AnalyzeResponse> {
    const lib = await current();
    const { kind, article, locale, mentions } = message.options ?? {};
    const platform = requestedPlatform(message);
    const host = message.poster?.host ?? '';
    let entry = lib.entries.find((e) => e.id === lib.active) ?? lib.entries.find((e) => e.id === 'default');
    if (platform) {
      const all = await currentSites();
      const account = message.poster?.account;
      const chosen = chooseBrand(lib, { platform, host, ...(account ? { account } : {}) }, all?.chosen[host]);
      entry = chosen.entry;
      // The brand an account selected becomes the site's last brand used.
      if (chosen.by === 'account' && all && host && all.chosen[host]?.brand !== entry.id)
        await sites.setValue({ ...all, chosen: { ...all.chosen, [host]: { brand: entry.id } } });
    }
    const tab = sender.tab?.id;
    const composer = typeof message.composer === 'string' ? message.composer : '';
    // Reading links never costs the critique: any failure there leaves them out.
    const sources = await reader
      .sources(
        message.text,
        Array.isArray(message.preview) ? message.preview.filter((p) => typeof p === 'string') : [],
        tab === undefined
          ? undefined
          : { key: `${tab}:${sender.frameId ?? 0}:${composer}`, notify: () => tell(tab, sender.frameId) },
      )
      .catch(() => []);
    // Only the options a page may choose; the brand comes from the extension's own storage.
    const result = analyze(message.text, { platform, kind, article, locale, mentions, brand: brandOf(entry), sources });
    return { ok: true, critique: result, brand: { id: entry?.id ?? 'default', name: entry?.name ?? 'default' } };
  }

  // The drafts' migrations run at start when their mark is older; the index of drafts recorded before it
  // existed is built after them, once.
  const migrated = migrateDrafts().catch(() => undefined);
  void migrated.then(buildIndex);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Every write to the drafts is made here, one at a time, after their migrations: a draft that reached the
    // pre-publish check (the page has already published), and what the popup and the report change.
    const write = isRecordRequest(message)
      ? () => recordDraft(message.record)
      : isDraftsRequest(message)
        ? () => applyChange(message.change)
        : undefined;
    if (write) {
      void migrated
        .then(write)
        .catch(() => false)
        .then((ok) => sendResponse({ ok }));
      return true;
    }
    // A content script wakes the worker when a composer gets focus, so that the analyzer is loaded in time.
    if (isPingRequest(message)) {
      sendResponse({ ok: true });
      return true;
    }
    if (isRuleOffRequest(message)) {
      void current()
        .then(async (lib) => {
          const entry = lib.entries.find((e) => e.id === message.brand);
          if (!entry || entry.locked) return { ok: false };
          const rules = {
            ...entry.input.rules,
            [message.rule]: { ...entry.input.rules?.[message.rule], enabled: false },
          };
          return saveBrand(entry.id, { ...entry.input, rules });
        })
        .catch((error: unknown) => ({ ok: false, error: String(error) }))
        .then(sendResponse);
      return true;
    }
    // The card's linked pages in words: the content scripts do not carry the catalog (issue 11).
    if (isDescribeSourcesRequest(message)) {
      try {
        sendResponse(describeSources(message.sources, message.lang));
      } catch {
        sendResponse(null);
      }
      return true;
    }
    // Content scripts cannot ask for permissions: the card opens an extension page that can.
    if (isOpenAccessRequest(message)) {
      const url = accessPageUrl(message.url);
      void (browser.windows?.create({ url, type: 'popup', width: 480, height: 420 }) ?? browser.tabs.create({ url }))
        .then(() => sendResponse({ ok: true }))
        .catch(() => browser.tabs.create({ url }).then(() => sendResponse({ ok: true })))
        .catch((error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    }
    if (!isAnalyzeRequest(message)) return undefined;
    // A failure is reported, never thrown: the page must stay able to publish.
    void critique(message, sender)
      .catch((error: unknown): AnalyzeResponse => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }))
      .then(sendResponse);
    // sendResponse, not a returned promise: Chromium before 144 ignores promises from listeners.
    return true;
  });

  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshSubscriptions().catch(() => undefined);
  });
});
