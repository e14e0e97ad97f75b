// Links in a text, and addresses as URLs: shared by the signals the rules read
// and by the linked-page checks, so that both see the same links.
import { extractEntitiesWithIndices } from './twitter';
import type { Span } from './text';

type Entities = ReturnType<typeof extractEntitiesWithIndices>;

/** An address as a URL, adding https:// when the text left the scheme out; null unless http(s). */
export function toUrl(raw: string): URL | null {
  try {
    const url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The links of a text, in order: those twitter-text finds, and any address with
 * a scheme, whatever its domain (twitter-text knows only real top-level domains;
 * intranets and our tests' .example and .test are links too).
 */
export function linkSpans(
  text: string,
  entities: Entities = extractEntitiesWithIndices(text),
): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  for (const entity of entities) {
    if (!('url' in entity)) continue;
    const [start, end] = entity.indices;
    out.push({ start, end, text: text.slice(start, end) });
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>"'«»“”]+/giu)) {
    const raw = m[0].replace(/[.,;:!?)\]}]+$/u, '');
    const start = m.index;
    if (out.some((u) => start < u.end && start + raw.length > u.start)) continue;
    out.push({ start, end: start + raw.length, text: raw });
  }
  return out.sort((a, b) => a.start - b.start);
}
