// Text helpers shared by every rule. All transformations keep the string's
// length, so an offset found in a transformed copy is an offset in the draft.

const ACCENTS: Record<string, string> = {};
for (const [base, variants] of Object.entries({
  a: 'àáâãäåāăą',
  c: 'çćĉċč',
  e: 'èéêëēĕėęě',
  i: 'ìíîïĩīĭįı',
  n: 'ñńņňŉ',
  o: 'òóôõöøōŏő',
  u: 'ùúûüũūŭůűų',
  y: 'ýÿŷ',
  oe: 'œ',
  ae: 'æ',
})) {
  // Ligatures fold to their first letter so that lengths stay equal.
  for (const ch of variants) ACCENTS[ch] = base[0]!;
}
const APOSTROPHES = /[’‘ʼ`´]/;
const SPACES = /[\u00a0\u202f\u2007\u2009\u200a]/;

/**
 * Lower-cases, strips accents, unifies apostrophes and spaces, one character
 * for one character. Patterns are matched against this copy.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let low = ch.toLowerCase();
    if (low.length !== 1) low = ch;
    if (APOSTROPHES.test(low)) out += "'";
    else if (SPACES.test(low)) out += ' ';
    else out += ACCENTS[low] ?? low;
  }
  return out;
}

// Zero-width characters, the BOM, bidi controls and C0/C1 controls other than
// tab and line breaks: invisible, and they split words. Matching control
// characters is the point here.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// An HTML tag or comment, as pasted from a web page or a CMS.
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});/g;
const ENTITY_CHARS: Record<string, string> = {
  '&amp;': '&',
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};

export interface Cleaned {
  /** The draft with invisible characters and markup blanked out, same length. */
  text: string;
  hadMarkup: boolean;
}

/** Blanks what is not prose (invisible characters, HTML tags, entities) without moving offsets. */
export function clean(text: string): Cleaned {
  let hadMarkup = false;
  let out = text.replace(INVISIBLE, ' ');
  if (/<\/?[a-zA-Z][^<>]*>/.test(out)) {
    out = out.replace(MARKUP, (tag) => {
      hadMarkup = true;
      // Block-level tags end a line, so paragraphs stay apart.
      const newline = /^<\/?(?:p|div|br|li|h\d|tr|ul|ol)\b/i.test(tag);
      return newline ? '\n' + ' '.repeat(tag.length - 1) : ' '.repeat(tag.length);
    });
    out = out.replace(ENTITY, (entity) => {
      const ch = ENTITY_CHARS[entity.toLowerCase()] ?? ' ';
      return ch + ' '.repeat(entity.length - 1);
    });
  }
  return { text: out, hadMarkup };
}

/** A span of the draft. */
export interface Span {
  start: number;
  end: number;
}

const LETTER = '[\\p{L}\\p{N}_]';

/**
 * Compiles lexicon patterns written in folded form (lower case, no accents) into
 * one global, Unicode-aware regular expression that matches whole words only.
 * A space in a pattern stands for any run of spaces; `'` for any apostrophe.
 */
export function compile(patterns: readonly string[]): RegExp {
  if (patterns.length === 0) return /(?!)/gu;
  const body = patterns.map((p) => `(?:${p.replace(/ +/g, '\\s+')})`).join('|');
  return new RegExp(`(?<!${LETTER})(?:${body})(?!${LETTER})`, 'gu');
}

/** Every match of `re` in `folded`, as spans. */
export function spans(re: RegExp, folded: string, from = 0, to = folded.length): Span[] {
  const out: Span[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Escapes a user-supplied term (a brand name, a banned word) for use as a pattern. */
export function literal(term: string): string {
  return fold(term.trim()).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Counts the words of a text (letters or digits, hashtags and handles included). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}
