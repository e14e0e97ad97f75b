// Messages between the extension's parts. The analyzer lives in the background
// service worker: content scripts send it the draft and get the critique back.
import type { AnalyzeOptions, Critique } from '../analyzers';

export interface AnalyzeRequest {
  type: 'whypost:analyze';
  text: string;
  options?: Omit<AnalyzeOptions, 'brand'>;
}

export type AnalyzeResponse = { ok: true; critique: Critique } | { ok: false; error: string };

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'whypost:analyze' && typeof m.text === 'string';
}
