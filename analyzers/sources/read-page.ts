// Reading a fetched page: its text blocks, the article Readability finds in it,
// and whether it is a press release. Needs a DOM Document, so it runs in an
// offscreen document or a Firefox background page (the extension), or on
// happy-dom (the CLI), never in the service worker.
import { Readability } from '@mozilla/readability';
import type { LinkedPage } from '../types';
import { detectPressRelease } from './press-release';
import { BLOCK_TAGS } from '../blocks';

/** A page's text is kept up to this many characters: enough for any release, small enough to message. */
export const MAX_PAGE_TEXT = 100_000;
const MAX_BLOCKS = 3_000;

// Elements whose text is never read, and elements that end a line of text.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'BUTTON',
]);

/** The text blocks under `root`, in document order, each on its own line. */
export function textBlocks(root: Node): string[] {
  const out: string[] = [];
  let line = '';
  let size = 0;
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (text && out.length < MAX_BLOCKS && size < MAX_PAGE_TEXT) {
      out.push(text);
      size += text.length;
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(name)) return;
    const block = name === 'BR' || BLOCK_TAGS.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export interface ReadOptions {
  url: string;
  finalUrl?: string;
  truncated?: boolean;
}

/** What Whypost keeps of a page: plain data (see LinkedPage). Changes `doc` (Readability cleans it up). */
export function readPage(doc: Document, { url, finalUrl = url, truncated = false }: ReadOptions): LinkedPage {
  const lines = doc.body ? textBlocks(doc.body) : [];
  const pageTitle = (doc.title || meta(doc, 'og:title') || '').replace(/\s+/g, ' ').trim();
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || undefined;

  let article: { title: string; paragraphs: string[] } | null = null;
  try {
    const parsed = new Readability(doc, { serializer: (el: Node) => el, charThreshold: 400 }).parse();
    if (parsed?.content) {
      const paragraphs = textBlocks(parsed.content as unknown as Node);
      const length = paragraphs.reduce((n, p) => n + p.length, 0);
      // Readability returns something for almost any page; a list or a form is short, or made of short lines.
      const prose = paragraphs.filter((p) => p.length >= 80).length;
      if (length >= 400 && prose >= 2) article = { title: (parsed.title ?? '').trim(), paragraphs };
    }
  } catch {
    article = null;
  }

  const title = article?.title || pageTitle;
  const paragraphs = article?.paragraphs ?? lines;
  const pressRelease = detectPressRelease({
    url: finalUrl,
    // The label may be in the browser's title only (« Communiqué – … ») or in the heading only.
    title: article?.title && article.title !== pageTitle ? `${pageTitle} | ${article.title}` : pageTitle,
    lines,
    paragraphs: article?.paragraphs ?? [],
    article: article !== null,
  });
  return {
    url,
    finalUrl,
    title,
    ...(siteName ? { siteName } : {}),
    ...(lang ? { lang } : {}),
    article: article !== null,
    paragraphs,
    pressRelease,
    truncated,
  };
}
