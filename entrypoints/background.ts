import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze, parseBrand, preset, PRESETS, type Brand, type PresetId } from '../analyzers';
import { isAnalyzeRequest, type AnalyzeResponse } from '../utils/messages';
import { brands, type BrandStore } from '../utils/storage';

/** The active brand's rule set; a stored one that does not validate falls back to the default preset. */
function resolveBrand(store: BrandStore): Brand {
  const stored = store.brands[store.active];
  if (stored) {
    const result = parseBrand(stored);
    if (result.ok) return result.brand;
    console.warn('Whypost: the active brand rule set is invalid, using the default preset', result.errors);
    return preset('default');
  }
  return store.active in PRESETS ? preset(store.active as PresetId) : preset('default');
}

export default defineBackground(() => {
  let brand: Promise<Brand> = brands.getValue().then(resolveBrand, () => preset('default'));
  brands.watch((store) => {
    brand = Promise.resolve(resolveBrand(store));
  });

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    // A content script wakes the worker when a composer gets focus, so that the analyzer is loaded in time.
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'whypost:ping') {
      sendResponse({ ok: true });
      return true;
    }
    if (!isAnalyzeRequest(message)) return undefined;
    void brand.then((active) => {
      // A failure is reported, never thrown: the page must stay able to publish.
      let response: AnalyzeResponse;
      try {
        // Only the options a page may choose; the brand comes from the extension's own storage.
        const { platform, kind, locale } = message.options ?? {};
        response = { ok: true, critique: analyze(message.text, { platform, kind, locale, brand: active }) };
      } catch (error) {
        response = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      sendResponse(response);
    });
    // sendResponse, not a returned promise: Chromium before 144 ignores promises from listeners.
    return true;
  });
});
