import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../analyzers';
import { isAnalyzeRequest, type AnalyzeResponse } from '../utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: AnalyzeResponse) => void) => {
    if (!isAnalyzeRequest(message)) return undefined;
    // A failure is reported, never thrown: the page must stay able to publish.
    let response: AnalyzeResponse;
    try {
      // Only the options a page may choose; the brand comes from the extension's own storage.
      const { platform, kind, locale } = message.options ?? {};
      response = { ok: true, critique: analyze(message.text, { platform, kind, locale }) };
    } catch (error) {
      response = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // sendResponse, not a returned promise: Chromium before 144 ignores promises from listeners.
    sendResponse(response);
    return true;
  });
});
