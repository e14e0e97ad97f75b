// Asking the background worker for a critique, with a time limit: a worker
// that sleeps, crashes or is slow never holds up the page.
import { browser } from 'wxt/browser';
import type { Critique } from '../../analyzers/types';
import type { AnalyzeRequest, AnalyzeResponse, BrandRef } from '../messages';

export type CritiqueOptions = NonNullable<AnalyzeRequest['options']>;

/** The critique of `text` and the brand it applied, or null when none came back within `timeoutMs`. */
export async function requestCritique(
  text: string,
  options: CritiqueOptions,
  timeoutMs: number,
  poster?: AnalyzeRequest['poster'],
  preview: string[] = [],
  composer?: string,
): Promise<{ critique: Critique; brand: BrandRef } | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const request: AnalyzeRequest = {
    type: 'whypost:analyze',
    text,
    options,
    ...(poster ? { poster } : {}),
    ...(preview.length ? { preview } : {}),
    ...(composer ? { composer } : {}),
  };
  const answer = browser.runtime
    .sendMessage(request)
    .then((response: AnalyzeResponse | undefined) =>
      response?.ok ? { critique: response.critique, brand: response.brand } : null,
    )
    .catch(() => null);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Wakes the worker up (loading the analyzer takes about a second) before the first critique is needed. */
export function wakeWorker(): void {
  browser.runtime.sendMessage({ type: 'whypost:ping' }).catch(() => undefined);
}
