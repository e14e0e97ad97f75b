// Fetching a linked page, with the limits Whypost promises: no cookies, no
// referrer, 3 seconds in all (headers and body), 2 MB read at most, HTML only.
// Runs wherever `fetch` does: the extension's service worker, Node (the CLI).
import type { LinkProblem } from '../types';
import { toUrl } from '../urls';

export const FETCH_TIMEOUT_MS = 3_000;
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export type FetchedPage =
  | { ok: true; html: string; finalUrl: string; contentType: string; truncated: boolean }
  | { ok: false; problem: LinkProblem };

export interface FetchOptions {
  fetcher?: typeof fetch;
  /**
   * Follow redirects (the command line; the extension when the user allowed every site).
   * Otherwise a redirect is not followed, so no request reaches a site the user did not allow,
   * and the link is reported as leading elsewhere.
   */
  followRedirects?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

const HTML = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  // <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first bytes;
  // a page that could read its own <meta> is not UTF-16, whatever it says (the HTML standard's rule).
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(start)?.[1] ?? 'utf-8';
  return /^utf-16/i.test(meta) ? 'utf-8' : meta;
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads at most `max` bytes of a body, then stops the download. */
async function readCapped(response: Response, max: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await response.arrayBuffer());
    return { bytes: all.subarray(0, max), truncated: all.byteLength > max };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = max - size;
    if (value.byteLength >= room) {
      // The limit is reached: stop there (a page of exactly 2 MB is said to be cut, rather than
      // waiting for a slow server to say whether more follows).
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, truncated };
}

/** Fetches an HTML page within the limits; never throws. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { fetcher = fetch, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES, followRedirects = true } = options;
  const url = toUrl(address);
  if (!url) return { ok: false, problem: { kind: 'invalid-url' } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: followRedirects ? 'follow' : 'manual',
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      signal: controller.signal,
    });
    // Not followed: the browser hides where it leads (an opaque redirect), and nothing more is asked.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: { kind: 'redirect' } };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: { kind: 'http', status: response.status } };
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !HTML.test(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: { kind: 'not-html', contentType: contentType.split(';')[0]!.trim() } };
    }
    const { bytes, truncated } = await readCapped(response, maxBytes);
    const html = decode(bytes, charsetOf(contentType, bytes));
    // No declared type: only what looks like markup is read as a page.
    if (!contentType && !/^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<title)/i.test(html.slice(0, 512)))
      return { ok: false, problem: { kind: 'not-html', contentType: 'unknown' } };
    return { ok: true, html, finalUrl: response.url || url.href, contentType, truncated };
  } catch {
    return { ok: false, problem: controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}
