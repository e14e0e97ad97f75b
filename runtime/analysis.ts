// Asking the background worker for a critique, with a time limit: a worker
// that sleeps, crashes or is slow never holds up the page.
import { browser } from 'wxt/browser';
import type { SourcesWords } from '../analyzers/sources/describe';
import type { Critique, SourceReport } from '../analyzers/types';
import {
  MESSAGE,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type BrandRef,
  type DescribeSourcesRequest,
  type PingRequest,
} from '../utils/messages';
import type { UiLang } from '../utils/ui-strings';

export type CritiqueOptions = NonNullable<AnalyzeRequest['options']>;

/**
 * The critique of `text` and the brand it applied, or null when none came back within `timeoutMs`.
 * A worker that cannot answer (an error, a closed port, an extension reloaded under the page)
 * gives null at once, never after the time limit: the page must not wait for what will not come.
 */
export async function requestCritique(
  text: string,
  options: CritiqueOptions,
  timeoutMs: number,
  poster?: AnalyzeRequest['poster'],
  preview: string[] = [],
  composer?: string,
): Promise<{ critique: Critique; brand: BrandRef } | null> {
  const request: AnalyzeRequest = {
    type: MESSAGE.analyze,
    text,
    options,
    ...(poster ? { poster } : {}),
    ...(preview.length ? { preview } : {}),
    ...(composer ? { composer } : {}),
  };
  return ask(request, timeoutMs, (response: AnalyzeResponse | undefined) =>
    response?.ok ? { critique: response.critique, brand: response.brand } : null,
  );
}

/** A critique's linked pages in words, from the worker, or null when they did not come within `timeoutMs`. */
export function requestSourceWords(
  sources: SourceReport[],
  lang: UiLang,
  timeoutMs: number,
): Promise<SourcesWords | null> {
  const request: DescribeSourcesRequest = { type: MESSAGE.describeSources, sources, lang };
  return ask(request, timeoutMs, (response: SourcesWords | null | undefined) =>
    response && Array.isArray(response.items) && response.items.length === sources.length ? response : null,
  );
}

/** What the worker answers `request`, read by `read`; null at once if it cannot answer, or after `timeoutMs`. */
async function ask<R, T>(request: object, timeoutMs: number, read: (response: R) => T | null): Promise<T | null> {
  let sent: Promise<R>;
  try {
    // An invalidated context has no runtime id, and its sendMessage throws instead of rejecting.
    if (browser.runtime?.id == null) return null;
    sent = browser.runtime.sendMessage(request);
  } catch {
    return null;
  }
  const answer = sent.then(read).catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Wakes the worker up (loading the analyzer takes about a second) before the first critique is needed. */
export function wakeWorker(): void {
  try {
    browser.runtime.sendMessage({ type: MESSAGE.ping } satisfies PingRequest).catch(() => undefined);
  } catch {
    // The extension was reloaded under the page: nothing to wake.
  }
}
