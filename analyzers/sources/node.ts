// Linked pages from the command line (`--fetch-links`): fetched with the
// same limits as the extension, read on happy-dom, which gives the DOM that
// Readability needs without a browser. Scripts, styles and frames of the page
// are never loaded or run.
import { Window } from 'happy-dom';
import type { LinkedSource } from '../types';
import { draftLinks } from './index';
import { fetchPage, type FetchOptions } from './fetch';
import { readPage } from './read-page';

/** Parses fetched HTML into a document nothing in it can act from. */
export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'Whypost' },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

/** Fetches and reads every page `text` links to (MAX_LINKS at most), one after the other. */
export async function readLinkedSources(text: string, options: FetchOptions = {}): Promise<LinkedSource[]> {
  const out: LinkedSource[] = [];
  for (const url of draftLinks(text)) {
    const fetched = await fetchPage(url, options);
    if (!fetched.ok) {
      out.push({ url, state: 'failed', problem: fetched.problem });
      continue;
    }
    const { document, close } = parseHtml(fetched.html, fetched.finalUrl);
    try {
      const page = readPage(document, { url, finalUrl: fetched.finalUrl, truncated: fetched.truncated });
      out.push({ url, state: 'checked', page });
    } catch {
      out.push({ url, state: 'failed', problem: { kind: 'unreadable' } });
    } finally {
      close();
    }
  }
  return out;
}
