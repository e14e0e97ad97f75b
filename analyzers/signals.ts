// Finds the signals a draft carries: the words of the lexicons and the entities
// any language has (links, hashtags, prices, times, a name greeted at the start).
// No parser: the learned judgement does as well without one (decision 010).
import { extractEntitiesWithIndices } from './twitter';
import { linkSpans } from './urls';
import type { Evidence, Lang } from './types';
import { SIGNALS, type Lexicon, type SignalId } from './lexicon/types';
import { en } from './lexicon/en';
import { fr } from './lexicon/fr';
import { compile, spans, type Span } from './text';

export const NEUTRAL_SIGNALS = [
  'url',
  'tracked-url',
  'hashtag',
  'mention',
  'price',
  'percent',
  'time',
  'numeric-date',
  'promo-code',
  'phone',
  'email',
  'greeting-name', // a reply that opens on the person's name: "Hi Sam," / « Bonjour Julie, »
] as const;
export type NeutralSignalId = (typeof NEUTRAL_SIGNALS)[number];
export type AnySignal = SignalId | NeutralSignalId;
export type SignalMap = Record<AnySignal, Evidence[]>;

type Compiled = Record<SignalId, RegExp>;
const compiled: Partial<Record<Lang, Compiled>> = {};

function lexicon(lang: Lang): Compiled {
  const cached = compiled[lang];
  if (cached) return cached;
  const source: Lexicon = lang === 'fr' ? fr : en;
  const out = {} as Compiled;
  for (const id of SIGNALS) out[id] = compile(source[id]);
  compiled[lang] = out;
  return out;
}

const TRACKING_PARAM =
  /[?&#](?:utm_[a-z]+|mtm_[a-z]+|pk_[a-z]+|mc_[ce]id|_hsenc|hsa_[a-z]+|s_cid|icid|cmpid|campaign|cid|ref|aff(?:id)?)=/i;
// Shorteners that count clicks themselves: the link is measurable as it is.
const COUNTING_SHORTENER =
  /^(?:https?:\/\/)?(?:bit\.ly|ow\.ly|buff\.ly|lnkd\.in|rebrand\.ly|tinyurl\.com|dlvr\.it|trib\.al|spr\.ly|hubs\.ly|sho\.rt)\//i;
// X wraps every link in t.co, so a t.co link says nothing about the original.
const OPAQUE = /^(?:https?:\/\/)?t\.co\//i;

// An amount: thousands grouped by a space, comma or dot ("450,000", « 1 200 »), cents optional.
const AMOUNT = String.raw`(?:\d{1,3}(?:[  .,]\d{3})+|\d+)(?:[.,]\d{1,2})?`;
// "$218 million", « 412 M€ », « 1,2 milliard d'euros »: one large amount, not a $218 price.
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|k|m|mille|millions?|milliards?|md|mds|md€|m€)\b\.?)?`;
const PRICE = new RegExp(
  String.raw`(?:[$£€¥]|\b(?:usd|eur|cad|gbp|chf)\s?)\s?${AMOUNT}(?!\d)${SCALE}|${AMOUNT}${SCALE}\s?(?:d['’]\s?|de\s)?(?:[$£€¥]|\b(?:euros?|dollars?|eur|usd|cad|gbp|chf|pounds?)\b)`,
  'giu',
);
const PERCENT = /[-−]?\s?\d+(?:[.,]\d+)?\s?%/gu;
const TIME =
  /(?<![\p{L}\p{N}])(?:\d{1,2}\s?(?:h|:)\s?\d{2}|\d{1,2}\s?h(?![\p{L}])|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/giu;
// Day/month (or month/day), not a price such as 6.95.
const NUMERIC_DATE = /(?<![\p{N}/.,$£€])(?:[0-3]?\d[/.][01]?\d(?:[/.](?:\d{4}|\d{2}))?)(?![\p{N}/.,]\d|\s?[$£€%])/gu;
const PROMO_CODE = /\b(?:code(?:\s?promo)?|coupon|promo\s?code)\s*:?\s*[«"“']?\s?[A-Z0-9][A-Z0-9_-]{2,}\b/gu;
const PHONE = /(?<![\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]?){2,4}\d{2,4}(?![\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const GREETING =
  /^\s*(?:(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|allo|allô|coucou|cher|chère)\s+@?\p{L}[\p{L}\p{N}_.-]*|@[\p{L}\p{N}_]+)\s*[,!:—-]?/iu;

function evidence(kind: string, text: string, list: readonly Span[]): Evidence[] {
  return list.map(({ start, end }) => ({ kind, start, end, text: text.slice(start, end) }));
}

function regexSpans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

export interface SignalInput {
  /** The cleaned draft (same length as the original). */
  text: string;
  folded: string;
  /** The draft's language when it is one the lexicons cover. */
  lang: Lang | null;
}

/** Every signal of the draft, each with the words that carry it. */
export function findSignals({ text, folded, lang }: SignalInput): SignalMap {
  const map = {} as SignalMap;
  for (const id of SIGNALS) map[id] = [];
  for (const id of NEUTRAL_SIGNALS) map[id] = [];

  const entities = extractEntitiesWithIndices(text);
  for (const entity of entities) {
    const [start, end] = entity.indices;
    const span = { start, end, text: text.slice(start, end) };
    if ('hashtag' in entity) map.hashtag.push({ kind: 'hashtag', ...span });
    else if ('screenName' in entity) map.mention.push({ kind: 'mention', ...span });
  }
  for (const link of linkSpans(text, entities)) {
    map.url.push({ kind: 'url', ...link });
    if (TRACKING_PARAM.test(link.text) || COUNTING_SHORTENER.test(link.text))
      map['tracked-url'].push({ kind: 'tracked-url', ...link });
  }
  const inUrl = (s: Span) => map.url.some((u) => s.start < u.end && s.end > u.start);
  const neutral: [NeutralSignalId, RegExp][] = [
    ['price', PRICE],
    ['percent', PERCENT],
    ['time', TIME],
    ['numeric-date', NUMERIC_DATE],
    ['promo-code', PROMO_CODE],
    ['email', EMAIL],
  ];
  for (const [id, re] of neutral) {
    map[id] = evidence(
      id,
      text,
      regexSpans(re, text).filter((s) => !inUrl(s)),
    );
  }
  map.phone = evidence(
    'phone',
    text,
    regexSpans(PHONE, text).filter((s) => !inUrl(s) && (text.slice(s.start, s.end).match(/\d/g)?.length ?? 0) >= 8),
  );
  const greeting = GREETING.exec(text);
  if (greeting) {
    const start = greeting.index + greeting[0].length - greeting[0].trimStart().length;
    map['greeting-name'].push({
      kind: 'greeting-name',
      start,
      end: greeting.index + greeting[0].length,
      text: greeting[0].trim(),
    });
  }

  if (lang) {
    const res = lexicon(lang);
    for (const id of SIGNALS) {
      map[id] = evidence(
        id,
        text,
        spans(res[id], folded).filter((s) => !inUrl(s)),
      );
    }
    // English imperatives look like other verb forms ("will join the board"):
    // a call to action starts a clause.
    if (lang === 'en') {
      map.cta = map.cta.filter((e) => startsClause(folded, e.start));
      map.tip = map.tip.filter((e) => !/^how to/i.test(e.text) || startsClause(folded, e.start));
      map['cta-weak'] = map['cta-weak'].filter((e) => startsClause(folded, e.start));
      map.narrative = map.narrative.filter((e) => !DIARY.test(e.text) || startsClause(folded, e.start));
    }
  }
  // "My kids", « avec les enfants », « Jeunes Écologistes »: a group spoken of, or in a name, is not addressed.
  map.segment = map.segment.filter((e) => addressed(text, folded, e));
  // An opaque link (t.co) cannot be judged either way.
  map['tracked-url'].push(...map.url.filter((u) => OPAQUE.test(u.text)).map((u) => ({ ...u, kind: 'opaque-url' })));
  return map;
}

const CLAUSE_END =
  /(?:^|[\n.!?:;()[\]|•·→>*\-–—"“”]|\p{Extended_Pictographic}|\b(?:please|pls|plz|just|simply|so|now|then|and|or|to|today|tonight|go|can|also|why not|don't forget to|be sure to))\s*$/u;

// A clause that starts on a verb with no subject: "Spent Sunday…", "Finishing rehearsals…".
const DIARY =
  /^(?:had|spent|went|got|made|finally|just|back from|off to|going|sitting|finishing|heading|watching|eating|drinking|listening|reading|waiting|chilling|relaxing|working|trying|getting|spending|enjoying|celebrating)\b/i;

/** Whether the words before `at` end a clause, so that a verb at `at` can be an imperative. */
function startsClause(folded: string, at: number): boolean {
  return CLAUSE_END.test(folded.slice(Math.max(0, at - 40), at));
}

function addressed(text: string, folded: string, e: Span): boolean {
  const before = folded.slice(Math.max(0, e.start - 16), e.start);
  if (/(?:\b(?:my|our|his|her|their|mon|ma|mes|notre|nos|ses|leurs)|avec les|with (?:the|my|our)) $/.test(before))
    return false;
  return !(/^\p{Lu}/u.test(text.slice(e.start, e.end)) && /^ \p{Lu}/u.test(text.slice(e.end, e.end + 2)));
}
