// Where a fetched page is read. Readability needs a DOM: Firefox's background
// page has one; Chromium's service worker does not, so there the page goes to
// an offscreen document (entrypoints/offscreen), created when first needed and
// closed a minute after the last page.
import { browser } from 'wxt/browser';
import type { LinkedPage } from '../../analyzers/types';
import type { ReadOptions } from '../../analyzers/sources/read-page';
import { MESSAGE } from '../messages';

export const READ_PAGE = MESSAGE.readPage;
const OFFSCREEN_PATH = '/offscreen.html';
const CLOSE_AFTER_MS = 60_000;

export interface ReadPageRequest extends Required<ReadOptions> {
  type: typeof READ_PAGE;
  html: string;
}

export type ReadPageResponse = { ok: true; page: LinkedPage } | { ok: false; error: string };

export function isReadPageRequest(message: unknown): message is ReadPageRequest {
  const m = message as Partial<ReadPageRequest> | null;
  return typeof m === 'object' && m !== null && m.type === READ_PAGE && typeof m.html === 'string';
}

let opening: Promise<void> | null = null;
let closer: ReturnType<typeof setTimeout> | undefined;
/** Pages being read in the document: it is closed only when none is. */
let reading = 0;

async function openOffscreen(): Promise<void> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['DOM_PARSER'],
    justification: 'Read the article of a page the draft links to, with Readability.',
  });
}

/** Reads a fetched page where there is a DOM. */
export async function readFetchedPage(html: string, options: Required<ReadOptions>): Promise<LinkedPage> {
  // Firefox only: in Chromium the worker never parses, so its bundle leaves Readability out
  // (the worker starts faster when a composer wakes it).
  if (import.meta.env.FIREFOX && typeof DOMParser !== 'undefined') {
    const { readHtml } = await import('./read-html');
    return readHtml(html, options);
  }
  opening ??= openOffscreen().finally(() => {
    opening = null;
  });
  reading++;
  clearTimeout(closer);
  try {
    await opening;
    const request: ReadPageRequest = { type: READ_PAGE, html, ...options };
    const answer = (await browser.runtime.sendMessage(request)) as ReadPageResponse | undefined;
    if (!answer?.ok) throw new Error(answer?.error ?? 'the offscreen document did not answer');
    return answer.page;
  } finally {
    reading--;
    if (reading === 0)
      closer = setTimeout(() => void browser.offscreen.closeDocument().catch(() => undefined), CLOSE_AFTER_MS);
  }
}
