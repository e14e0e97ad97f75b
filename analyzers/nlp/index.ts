// The one module that owns compromise (English) and fr-compromise (French).
// A draft is parsed once; rules work on the tokens returned here and never add
// words to the libraries' global lexicons.
import en from 'compromise/two';
import fr from 'fr-compromise';
import type { Lang } from '../types';
import type { Span } from '../text';

export interface Token extends Span {
  text: string;
  /** Part-of-speech and other tags from the parser (`Verb`, `PastTense`, `Imperative`, `Person`…). */
  tags: ReadonlySet<string>;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Position of the token within its sentence. */
  position: number;
}

export interface Parsed {
  tokens: Token[];
  sentences: Span[];
}

interface RawTerm {
  text: string;
  tags?: Set<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();

interface Model {
  one: { lexicon: Record<string, unknown> };
}
const lexicons: Partial<Record<Lang, Record<string, unknown>>> = {};

/** Share of the words that the language's lexicon knows (lower-case words). */
export function coverage(words: readonly string[], lang: Lang): number {
  if (words.length === 0) return 0;
  const lexicon = (lexicons[lang] ??= ((lang === 'fr' ? fr : en).model() as unknown as Model).one.lexicon);
  return words.filter((w) => Object.hasOwn(lexicon, w)).length / words.length;
}

/**
 * The library's own parse, nothing else: the floor the benchmark compares
 * analyze() with. English uses compromise's tagger build (`compromise/two`):
 * the tags Whypost reads, without the phrase-level plugins it does not use.
 */
export function bareParse(text: string, lang: Lang): unknown {
  return (lang === 'fr' ? fr : en)(text);
}

/** Parses `text` with the library of its language and locates every term in it. */
export function parse(text: string, lang: Lang): Parsed {
  const document: RawTerm[][] = (lang === 'fr' ? fr(text) : en(text)).document;
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let cursor = 0;
  for (const terms of document) {
    const sentence = sentences.length;
    let first = -1;
    let last = cursor;
    let position = 0;
    for (const term of terms) {
      // fr-compromise splits contractions into a term with the text and an
      // empty one with the tags: the empty one sits where the previous ended.
      const at = term.text === '' ? cursor : text.indexOf(term.text, cursor);
      if (at < 0) continue;
      const end = at + term.text.length;
      tokens.push({
        start: at,
        end,
        text: term.text,
        tags: term.tags ?? NO_TAGS,
        sentence,
        position: position++,
      });
      if (first < 0) first = at;
      cursor = last = end;
    }
    if (first >= 0) sentences.push({ start: first, end: last });
  }
  return { tokens, sentences };
}
