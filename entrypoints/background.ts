import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../analyzers';
import { brandOf, chooseBrand, loadLibrary, refreshSubscriptions, saveBrand } from '../utils/brands/library';
import type { BrandLibrary } from '../utils/brands/types';
import { isAnalyzeRequest, isRuleOffRequest, type AnalyzeRequest, type AnalyzeResponse } from '../utils/messages';
import { sites, type SiteSettings } from '../utils/storage';

/** Subscribed rule sets are fetched again once a day (and on demand from the options page). */
export const REFRESH_ALARM = 'whypost:refresh-subscriptions';

export default defineBackground(() => {
  // The library and the sites' brand choices are read once, then again whenever storage changes
  // (options page, popup, another device): not on every keystroke's critique.
  let library: Promise<BrandLibrary> | null = null;
  let siteSettings: Promise<SiteSettings | null> | null = null;
  const current = () => (library ??= loadLibrary().catch(() => ({ entries: [], active: 'default', notices: [] })));
  const currentSites = () => (siteSettings ??= sites.getValue().catch(() => null));
  browser.storage.onChanged.addListener(() => {
    library = null;
    siteSettings = null;
  });

  async function critique(message: AnalyzeRequest): Promise<AnalyzeResponse> {
    const lib = await current();
    const { platform, kind, locale } = message.options ?? {};
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
    // Only the options a page may choose; the brand comes from the extension's own storage.
    const result = analyze(message.text, { platform, kind, locale, brand: brandOf(entry) });
    return { ok: true, critique: result, brand: { id: entry?.id ?? 'default', name: entry?.name ?? 'default' } };
  }

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    // A content script wakes the worker when a composer gets focus, so that the analyzer is loaded in time.
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'whypost:ping') {
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
    if (!isAnalyzeRequest(message)) return undefined;
    // A failure is reported, never thrown: the page must stay able to publish.
    void critique(message)
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
