// The offscreen document reads the pages the service worker fetched: the
// worker has no DOM, and Readability needs one.
import { browser } from 'wxt/browser';
import { isReadPageRequest, type ReadPageResponse } from '../../utils/links/dom';
import { readHtml } from '../../utils/links/read-html';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: ReadPageResponse) => void) => {
  // Only the worker asks; a content script (sender.tab) is never answered.
  if (!isReadPageRequest(message) || sender.tab) return undefined;
  try {
    const { html, url, finalUrl, truncated } = message;
    sendResponse({ ok: true, page: readHtml(html, { url, finalUrl, truncated }) });
  } catch (error) {
    sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  return undefined;
});
