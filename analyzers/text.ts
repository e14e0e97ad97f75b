// Text helpers shared by every rule. All transformations keep the string's
// length, so an offset found in a transformed copy is an offset in the draft.

// Lower-case characters folded to the ASCII letter or mark the lexicons use.
// Ligatures fold to their first letter so that lengths stay equal.
const FOLDED = new Map<string, string>();
for (const [base, variants] of Object.entries({
  a: 'àáâãäåāăą',
  c: 'çćĉċč',
  e: 'èéêëēĕėęě',
  i: 'ìíîïĩīĭįı',
  n: 'ñńņňŉ',
  o: 'òóôõöøōŏőœ',
  u: 'ùúûüũūŭůűų',
  y: 'ýÿŷ',
  "'": '’‘ʼ`´',
  ' ': '\u00a0\u202f\u2007\u2009\u200a',
})) {
  for (const ch of variants) FOLDED.set(ch, base);
}
FOLDED.set('æ', 'a');

/**
 * Lower-cases, strips accents, unifies apostrophes and spaces, one character
 * for one character. Patterns are matched against this copy.
 */
export function fold(text: string): string {
  return unflatten(foldChars(text), text === text.toLowerCase());
}

// Some exports flatten line breaks to "n" and "nn" ("infos.nnplus d'infos"):
// read them as spaces where no word can start that way.
function unflatten(folded: string, lowercase: boolean): string {
  if (!/[.!?:)\]»"'\s]nn?[a-z]/.test(folded)) return folded;
  const out = folded.replace(/(?<=[.!?:)\]»"'\s])nn(?=[a-z ])/g, '  ');
  // A single "n" only in text written all in lower case, as such exports are:
  // elsewhere "example.net" is a domain, not "example." and "et".
  return lowercase ? out.replace(/(?<=[a-z][.!?:)\]»])n(?=[a-z]{2})/g, ' ') : out;
}

function foldChars(text: string): string {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  // Plain ASCII text: nothing else to do.
  if (sameLength && !/[\u0080-\uffff]/.test(lower)) return lower;
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    let ch = sameLength ? lower[i]! : text[i]!.toLowerCase();
    if (ch.length !== 1) ch = text[i]!;
    out[i] = ch < '\x80' ? ch : (FOLDED.get(ch) ?? ch);
  }
  return out.join('');
}

// Characters that show nothing and split words when left in: what Unicode
// calls default-ignorable (zero-width and bidi marks, soft hyphens, fillers
// used to post "blank" messages, tag characters, variation selectors) and
// control characters other than tab and line breaks. They are removed from the
// copy the rules read.
const INVISIBLE = /^(?![\t\n\r])[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
// An HTML tag or comment, as pasted from a web page or a CMS. A comment that
// is never closed is not markup: it was typed, and it will be published.
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/y;
const LOOKS_LIKE_HTML = /<!--|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;
const BLOCK = /^<\/?(?:p|div|br|li|h\d|tr|ul|ol|blockquote|section|article|header|footer)\b/i;
const HREF = /\shref\s*=\s*(["']?)(https?:\/\/[^"'\s>]+)\1/i;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/y;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  Ecirc: 'Ê',
  euml: 'ë',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  Acirc: 'Â',
  ccedil: 'ç',
  Ccedil: 'Ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  Ocirc: 'Ô',
  ouml: 'ö',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  ntilde: 'ñ',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  szlig: 'ß',
};

export interface Cleaned {
  /** What the rules read: the draft without markup or invisible characters. */
  text: string;
  /**
   * For each index of `text` (and one past its end), the index in the draft it
   * comes from; null when nothing was removed, so that the two are the same.
   */
  offsets: Uint32Array | null;
  hadMarkup: boolean;
  /** Whether anything visible was typed outside markup (a link kept from an href does not count). */
  visible: boolean;
}

/**
 * Removes what is not prose (invisible characters, HTML tags and comments),
 * decodes HTML entities and keeps links from <a href>, remembering where every
 * character came from so that findings point into the draft as typed.
 */
export function clean(draft: string): Cleaned {
  const html = LOOKS_LIKE_HTML.test(draft);
  let needed = html;
  if (!needed) {
    for (const ch of draft) {
      if (INVISIBLE.test(ch)) {
        needed = true;
        break;
      }
    }
  }
  if (!needed) return { text: draft, offsets: null, hadMarkup: false, visible: /\S/.test(draft) };

  let out = '';
  const map: number[] = [];
  const emit = (chars: string, from: number) => {
    for (let k = 0; k < chars.length; k++) map.push(from);
    out += chars;
  };
  let hadMarkup = false;
  let visible = false;
  let i = 0;
  while (i < draft.length) {
    if (html && draft[i] === '<') {
      MARKUP.lastIndex = i;
      const tag = MARKUP.exec(draft);
      if (tag) {
        hadMarkup = true;
        const href = /^<a\s/i.test(tag[0]) ? HREF.exec(tag[0]) : null;
        if (href) {
          // The link a pasted anchor carries is part of the post: keep it, at its place in the attribute.
          const at = i + href.index + href[0].indexOf(href[2]!);
          out += ' ';
          map.push(i);
          for (let k = 0; k < href[2]!.length; k++) map.push(at + k);
          out += href[2]! + ' ';
          map.push(i + tag[0].length - 1);
        } else {
          emit(BLOCK.test(tag[0]) ? '\n' : ' ', i);
        }
        i += tag[0].length;
        continue;
      }
    }
    if (html && draft[i] === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(draft);
      if (entity) {
        const code = entity[1] ? Number(entity[1]) : entity[2] ? Number.parseInt(entity[2], 16) : undefined;
        const decoded =
          code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '') : NAMED[entity[3]!];
        if (decoded !== undefined) {
          const shown = INVISIBLE.test(decoded) ? '' : decoded;
          for (let k = 0; k < shown.length; k++) map.push(i);
          out += shown;
          if (/\S/.test(shown)) visible = true;
          i += entity[0].length;
          continue;
        }
      }
    }
    const cp = draft.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!INVISIBLE.test(ch)) {
      for (let k = 0; k < ch.length; k++) map.push(i + k);
      out += ch;
      if (!visible && /\S/.test(ch)) visible = true;
    }
    i += ch.length;
  }
  map.push(draft.length);
  return { text: out, offsets: Uint32Array.from(map), hadMarkup, visible };
}

/** Maps a span of the cleaned text back to the draft it was cleaned from. */
export function toDraft(draft: string, offsets: Uint32Array | null, start: number, end: number): Span {
  if (!offsets) return { start, end };
  const from = offsets[start]!;
  if (end <= start) return { start: from, end: from };
  const last = offsets[end - 1]!;
  // A character decoded from an entity ends where the entity does.
  const entity = draft[last] === '&' ? draft.indexOf(';', last) : -1;
  return { start: from, end: entity > last ? entity + 1 : last + (draft.codePointAt(last)! > 0xffff ? 2 : 1) };
}

/** A span of the draft. */
export interface Span {
  start: number;
  end: number;
}

// Word characters of the folded text, where accents are gone: plain ranges
// are much cheaper than Unicode property classes at every position.
const LETTER = '[a-z0-9_\\u00c0-\\u024f]';
const BEFORE_WORD = '[a-z0-9_\\u00c0-\\u024f-]';

/**
 * Compiles lexicon patterns written in folded form (lower case, no accents) into
 * one global, Unicode-aware regular expression that matches whole words only.
 * A space in a pattern stands for any run of spaces; `'` for any apostrophe.
 */
export function compile(patterns: readonly string[]): RegExp {
  if (patterns.length === 0) return /(?!)/gu;
  const body = patterns.map((p) => `(?:${p.replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+')})`).join('|');
  // A pattern may end on an elision (« l' », « d' ») that the next word follows.
  // A hyphen before a word glues it to the previous one ("best-in-class").
  return new RegExp(`(?<!${BEFORE_WORD})(?:${body})(?:(?<=')|(?!${LETTER}))`, 'gu');
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
