// Linked pages and the draft: which link each page came from, how much of the
// draft was copied from it, whether the copy leaves anything for the reader,
// and whether the link (or where it leads) follows the brand's UTM policy.
import type { Evidence, LinkedPage, LinkedSource, LinkProblem, LinkState } from '../types';
import type { Draft } from '../draft';
import type { Span } from '../text';
import { requiredParameters } from '../brand/utm';
import { indexPage, measureOverlap, type Overlap } from './overlap';
import { linkSpans, toUrl } from '../urls';

export { detectPressRelease, PRESS_RELEASE_THRESHOLD, type PageText } from './press-release';
export { indexPage, measureOverlap, type Overlap } from './overlap';

import { DUMP_SHARE, DUMP_SHARE_WITH_HEADLINE, MAX_LINKS } from './limits';
export { DUMP_SHARE, DUMP_SHARE_WITH_HEADLINE, MAX_LINKS } from './limits';

/** One linked page, related to the draft. Offsets point into the text the rules read. */
export interface SourceMatch {
  source: LinkedSource;
  /** The link in the draft (absent when only the composer's preview shows it). */
  link?: Evidence;
  overlap?: Overlap;
  /** Words of the writer's own, outside the copy, that give the reader a reason: value, audience, offer, a question. */
  angle: Evidence[];
  dump: boolean;
  /** Parameters the brand's UTM policy requires and the link lacks where it leads. */
  utmMissing: string[];
  /** The address whose parameters were checked, when it is not the link as typed. */
  checkedUrl?: string;
}

export { toUrl } from '../urls';

/** The same page whatever the scheme, the case of the host, a `www.` or a trailing slash. */
export function sameAddress(a: string, b: string): boolean {
  const key = (raw: string) => {
    const url = toUrl(raw);
    if (!url) return raw;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}

const STATES: readonly LinkState[] = ['checked', 'not-allowed', 'checking', 'failed'];
const PROBLEMS: readonly LinkProblem['kind'][] = [
  'timeout',
  'http',
  'not-html',
  'network',
  'unreadable',
  'invalid-url',
  'redirect',
];

function isPage(value: unknown): value is LinkedPage {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const reading = p.pressRelease as Record<string, unknown> | undefined;
  return (
    typeof p.url === 'string' &&
    typeof p.finalUrl === 'string' &&
    typeof p.title === 'string' &&
    Array.isArray(p.paragraphs) &&
    p.paragraphs.every((x) => typeof x === 'string') &&
    typeof reading === 'object' &&
    reading !== null &&
    typeof reading.pressRelease === 'boolean' &&
    Array.isArray(reading.cues)
  );
}

/** Keeps the well-formed entries of a `sources` option (it may come from a message or a script). */
export function validSources(value: unknown): LinkedSource[] {
  if (!Array.isArray(value)) return [];
  const out: LinkedSource[] = [];
  for (const item of value.slice(0, MAX_LINKS * 2)) {
    if (typeof item !== 'object' || item === null) continue;
    const s = item as Record<string, unknown>;
    if (typeof s.url !== 'string' || !STATES.includes(s.state as LinkState)) continue;
    const source: LinkedSource = { url: s.url, state: s.state as LinkState };
    if (s.state === 'checked') {
      if (!isPage(s.page)) continue;
      source.page = s.page;
    }
    const problem = s.problem as LinkProblem | undefined;
    if (problem && typeof problem === 'object' && PROBLEMS.includes(problem.kind)) source.problem = problem;
    if (s.preview === true) source.preview = true;
    out.push(source);
  }
  return out;
}

const outside = (e: Span, spans: readonly Span[]) => !spans.some((s) => e.start < s.end && e.end > s.start);

function missingParameters(draft: Draft, address: string): string[] {
  const url = toUrl(address);
  if (!url) return [];
  return requiredParameters(draft.brand, url.hostname.toLowerCase()).filter((p) => !url.searchParams.has(p));
}

/** Relates each linked page to the draft. */
export function relateSources(draft: Draft, sources: readonly LinkedSource[] | undefined): SourceMatch[] {
  if (!sources?.length) return [];
  const s = draft.signals;
  const notWords = [...s.url, ...s.mention, ...s.hashtag];
  return sources.map((source) => {
    const link = s.url.find((u) => sameAddress(u.text, source.url));
    const match: SourceMatch = { source, angle: [], dump: false, utmMissing: [], ...(link ? { link } : {}) };

    // The UTM policy, where the link leads: the preview's link (the text's links are checked by
    // the untracked-link rule as typed), or the page a shortened link redirected to.
    const final = source.page?.finalUrl;
    const redirected = final !== undefined && !sameAddress(final, source.url) && toUrl(final) !== null;
    const checked = !link ? source.url : redirected && toUrl(final)?.host !== toUrl(source.url)?.host ? final : null;
    if (checked) {
      match.utmMissing = missingParameters(draft, checked);
      if (checked !== source.url) match.checkedUrl = checked;
    }

    const page = source.page;
    if (source.state !== 'checked' || !page) return match;
    const overlap = measureOverlap(draft.text, indexPage(page), notWords);
    match.overlap = overlap;
    // An angle is the writer speaking to the reader, whatever the genre was judged: a gain, the reader
    // addressed, a call to action, a question, an offer, a price or a code.
    const polite = [...s.thanks, ...s.wish];
    const angle = [
      ...(s.you.length ? s.benefit : []),
      ...s.you.filter((y) => outside(y, polite)),
      ...s.segment,
      ...s.cta,
      ...s['question-you'],
      ...s.offer,
      ...s['promo-code'],
      ...s.price,
    ].filter((e) => outside(e, overlap.copied) && outside(e, notWords));
    match.angle = angle;
    const share = overlap.share;
    match.dump =
      page.pressRelease.pressRelease &&
      angle.length === 0 &&
      (share >= DUMP_SHARE || (overlap.headline && share >= DUMP_SHARE_WITH_HEADLINE));
    return match;
  });
}

// The platforms' own pages are scripts, not articles, and need a login: never read.
const PLATFORM_HOST = /(?:^|\.)(?:x\.com|twitter\.com|t\.co|facebook\.com|fb\.me|fb\.com|instagram\.com)$/i;

/** The addresses a draft links to that Whypost may read: http(s), not the platforms' own, first MAX_LINKS. */
export function draftLinks(text: string, preview: readonly string[] = []): string[] {
  const found = [...linkSpans(text).map((link) => link.text), ...preview];
  const out: string[] = [];
  for (const raw of found) {
    const url = toUrl(raw);
    if (!url || PLATFORM_HOST.test(url.hostname)) continue;
    if (out.some((known) => sameAddress(known, url.href))) continue;
    out.push(url.href);
    if (out.length === MAX_LINKS) break;
  }
  return out;
}
