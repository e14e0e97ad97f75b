// Reading fetched HTML with the DOMParser of an extension page (the offscreen
// document in Chromium, the background page in Firefox): the page's scripts
// never run and nothing it names is loaded. Kept apart from dom.ts so that
// Chromium's service worker bundle leaves Readability out.
import type { LinkedPage } from '../../analyzers/types';
import { readPage, type ReadOptions } from '../../analyzers/sources/read-page';

export function readHtml(html: string, options: Required<ReadOptions>): LinkedPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readPage(doc, options);
}
