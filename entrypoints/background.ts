import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../analyzers';
import { isAnalyzeRequest, type AnalyzeResponse } from '../utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isAnalyzeRequest(message)) return undefined;
    // A failure is reported, never thrown: the page must stay able to publish.
    let response: AnalyzeResponse;
    try {
      response = { ok: true, critique: analyze(message.text, message.options) };
    } catch (error) {
      response = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    return Promise.resolve(response);
  });
});
