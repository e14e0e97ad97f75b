// How much of a draft was copied, word for word, from the page it links to.
// Both texts are folded (case, accents, apostrophes and spaces do not count)
// and cut into words; a word is copied when a run of three words around it is
// on the page. A sentence of the draft is a copy when most of its words are:
// a paragraph pasted with two words changed is still a copy.
import { fold, type Span } from '../text';

const N = 3;
/** Share of a sentence's words that must be on the page for the sentence to be a copy. */
const SENTENCE_COPY = 0.6;

interface Word {
  key: string;
  start: number;
  end: number;
}

export interface PageIndex {
  grams: Set<string>;
  /** The headline's runs of words (the title without the site's name). */
  headline: string[];
}

export interface Overlap {
  /** Copied passages, as offsets into the text measured. */
  copied: Span[];
  /** Share of the draft's words that are in copied passages, 0 to 1. */
  share: number;
  /** Words of the draft counted (links, handles and hashtags left out). */
  words: number;
  /** The page's headline is in the draft. */
  headline: boolean;
}

function words(folded: string, skip: readonly Span[] = []): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
    out.push({ key: m[0], start, end });
  }
  return out;
}

const gramsOf = (list: readonly Word[]) => {
  const out: string[] = [];
  for (let i = 0; i + N <= list.length; i++)
    out.push(
      list
        .slice(i, i + N)
        .map((w) => w.key)
        .join(' '),
    );
  return out;
};

/** The headline without the site's name: "Acme launches X | Acme Newsroom" gives "Acme launches X". */
function headlineOf(title: string): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+-\s+|\s*::\s*/).map((p) => p.trim());
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}

const indexes = new WeakMap<object, PageIndex>();

/** The page's runs of words, built once per page object. */
export function indexPage(page: { title: string; paragraphs: readonly string[] }): PageIndex {
  const known = indexes.get(page);
  if (known) return known;
  const grams = new Set<string>();
  for (const block of [page.title, ...page.paragraphs]) for (const g of gramsOf(words(fold(block)))) grams.add(g);
  const index = { grams, headline: gramsOf(words(fold(headlineOf(page.title)))) };
  indexes.set(page, index);
  return index;
}

// Sentences end at . ! ? … (and the quote that closes on them) followed by a space, at a closing
// quote, at a line break, and around links: a quoted headline is a sentence of its own.
function sentenceEnds(text: string, skip: readonly Span[]): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]+["'”»)\]]*(?=\s)|["”»](?=\s)|\n+/gu)) ends.push(m.index + m[0].length);
  for (const s of skip) ends.push(s.start, s.end);
  ends.push(text.length);
  return ends.sort((a, b) => a - b);
}

/**
 * Measures what `text` copies from the page. `skip` lists spans (links,
 * handles, hashtags) that are not the writer's words.
 */
export function measureOverlap(text: string, page: PageIndex, skip: readonly Span[] = []): Overlap {
  const folded = fold(text);
  const list = words(folded, skip);
  if (list.length === 0) return { copied: [], share: 0, words: 0, headline: false };

  const covered = new Array<boolean>(list.length).fill(false);
  const draftGrams = new Set<string>();
  for (let i = 0; i + N <= list.length; i++) {
    const gram = list
      .slice(i, i + N)
      .map((w) => w.key)
      .join(' ');
    draftGrams.add(gram);
    if (page.grams.has(gram)) for (let j = i; j < i + N; j++) covered[j] = true;
  }

  const copied: Span[] = [];
  let copiedWords = 0;
  let from = 0;
  for (const end of sentenceEnds(text, skip)) {
    let to = from;
    while (to < list.length && list[to]!.start < end) to++;
    const count = to - from;
    let hits = 0;
    for (let i = from; i < to; i++) if (covered[i]) hits++;
    if (count >= N && hits / count >= SENTENCE_COPY) {
      let first = from;
      let last = to - 1;
      while (!covered[first]) first++;
      while (!covered[last]) last--;
      copied.push({ start: list[first]!.start, end: list[last]!.end });
      copiedWords += hits;
    }
    from = to;
  }

  const headline =
    page.headline.length > 0 && page.headline.filter((g) => draftGrams.has(g)).length / page.headline.length >= 0.7;
  return { copied, share: copiedWords / list.length, words: list.length, headline };
}
