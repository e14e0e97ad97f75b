// Finds the signals a draft carries: the words of the lexicons, the entities
// any language has (links, hashtags, prices, times) and the few facts that need
// the parser (a personal narrative in the past, a name greeted at the start).
import { extractEntitiesWithIndices } from './twitter';
import { linkSpans } from './urls';
import type { Evidence, Lang } from './types';
import type { Parsed, Token } from './nlp';
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
  'person', // a person's name, from the parser
  'past', // a verb in the past outside company news: the stuff of stories
  'headline', // an organisation as the subject of news: "Harbor Bank reports…", « La Ville a inauguré… »
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
  parsed: Parsed | null;
}

/** Every signal of the draft, each with the words that carry it. */
export function findSignals({ text, folded, lang, parsed }: SignalInput): SignalMap {
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
  if (parsed && lang) addParsedSignals(map, text, parsed, lang);
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

const FIRST_SINGULAR: Record<Lang, RegExp> = {
  en: /^(?:i|i'm|i've|i'd|me|my)$/i,
  fr: /^(?:je|j'|j|moi|me|m'|mon|ma|mes)$/i,
};

/** Narrative in the past with a first-person subject, and people's names. */
function addParsedSignals(map: SignalMap, text: string, parsed: Parsed, lang: Lang): void {
  const personal = new Set<number>();
  for (const token of parsed.tokens) {
    const word = token.text.replace(/[’‘]/g, "'");
    if (FIRST_SINGULAR[lang].test(word) || (lang === 'fr' && /^j'/i.test(word))) personal.add(token.sentence);
  }
  // Event words that are verbs here ("they drive", « il marche ») are no event.
  map.event = map.event.filter(
    (e) =>
      !parsed.tokens.some((t) => t.start >= e.start && t.end <= e.end && t.tags.has('Verb') && !t.tags.has('Noun')),
  );
  map.headline = headlines(text, parsed, lang);
  const corporate = new Set<number>();
  for (const e of [...map.corporate, ...map.announcement, ...map.press, ...map.headline]) {
    const sentence = parsed.sentences.findIndex((s) => e.start >= s.start && e.start < s.end);
    if (sentence >= 0) corporate.add(sentence);
  }
  // A sentence that opens on a verb in the past has dropped its subject: "Burnt the pancakes…".
  if (lang === 'en') {
    for (const token of parsed.tokens) {
      if (
        token.position === 0 &&
        token.tags.has('PastTense') &&
        !token.tags.has('Auxiliary') &&
        !/^(?:did|was|were|had|could|would|should)$/i.test(token.text) &&
        // "Built for the road ahead": a participle that describes, not a story.
        !/^(?:for|by|to|with|in|on)$/i.test(parsed.tokens[parsed.tokens.indexOf(token) + 1]?.text ?? '') &&
        token.end > token.start
      ) {
        map.narrative.push({
          kind: 'narrative',
          start: token.start,
          end: token.end,
          text: text.slice(token.start, token.end),
        });
      }
    }
  }
  for (const token of parsed.tokens) {
    if (token.tags.has('PastTense') && personal.has(token.sentence) && token.end > token.start) {
      map.narrative.push({
        kind: 'narrative',
        start: token.start,
        end: token.end,
        text: text.slice(token.start, token.end),
      });
    }
    if (
      (token.tags.has('PastTense') || token.tags.has('PastParticiple')) &&
      !token.tags.has('Auxiliary') &&
      token.end > token.start &&
      !corporate.has(token.sentence)
    ) {
      map.past.push({ kind: 'past', start: token.start, end: token.end, text: text.slice(token.start, token.end) });
    }
    if (token.tags.has('Person') && token.tags.has('ProperNoun') && token.end > token.start) {
      map.person.push({ kind: 'person', start: token.start, end: token.end, text: text.slice(token.start, token.end) });
    }
  }
}

// Head nouns of organisations, for subjects the parser does not tag as names.
const ORG_HEAD =
  /^(?:inc|ltd|llc|plc|group|groupe|bank|banque|foundation|fondation|university|universite|université|hospital|hôpital|council|conseil|ministry|ministère|city|ville|mairie|région|region|department|département|club|association|trust|society|société|company|compagnie|caisse|crédit|credit|agency|agence|institute|institut|authority|office|board|labs?|energy|énergie|airlines?|telecom|insurance|assurances?|capital|partners|services|systems|technologies|police|fire|school|école|college|collège|museum|musée)$/i;
// Verbs of company news, for a one-word subject ("Acme names…", « Vélocité signe… »).
const NEWS_VERB =
  /^(?:names|appoints|reports|posts|opens|launches|signs|announces|unveils|acquires|wins|joins|celebrates|completes|publishes|partners|expands|welcomes|receives|earns|achieves|reaches|surpasses|raises|invests|donates|awards|inaugurates|introduces|debuts|marks|hires|nomme|annonce|lance|signe|ouvre|inaugure|publie|dévoile|devoile|rejoint|remporte|obtient|accueille|célèbre|celebre|franchit|investit|acquiert|rachète|rachete|s'associe|atteint|dépasse|depasse|reçoit|recoit|lève|leve|renforce|déploie|deploie|confirme|présente|presente|officialise|étend|etend)$/i;
const DETERMINER = /^(?:the|le|la|les|l'|l’)$/i;

/**
 * Sentences whose subject is an organisation and whose verb reports news, in the
 * present of headlines ("Harbor Bank reports", « Vélocité signe ») or the
 * perfect ("has approved", « a inauguré »): the company speaking of itself.
 */
function headlines(text: string, parsed: Parsed, lang: Lang): Evidence[] {
  const out: Evidence[] = [];
  const bySentence = new Map<number, Token[]>();
  for (const t of parsed.tokens) {
    if (t.end > t.start) (bySentence.get(t.sentence) ?? bySentence.set(t.sentence, []).get(t.sentence)!).push(t);
  }
  for (const tokens of bySentence.values()) {
    let i = 0;
    if (tokens[0] && DETERMINER.test(tokens[0].text)) i = 1;
    const subject: Token[] = [];
    while (i < tokens.length && subject.length < 6) {
      const t = tokens[i]!;
      const capitalised = /^[\p{Lu}@]/u.test(t.text) || /^\p{Lu}/u.test(t.text.replace(/^[#@]/, ''));
      const linking = subject.length > 0 && /^(?:de|du|des|d'|of|and|&|et|the|la|le|les|l')$/i.test(t.text);
      if (!capitalised && !linking && !ORG_HEAD.test(t.text)) break;
      subject.push(t);
      i++;
    }
    const named = subject.filter((t) => !/^(?:de|du|des|d'|of|and|&|et|the|la|le|les|l')$/i.test(t.text));
    if (named.length === 0) continue;
    const organisation =
      named.some(
        (t) => t.tags.has('Organization') || t.tags.has('Place') || ORG_HEAD.test(t.text) || t.text.startsWith('@'),
      ) ||
      named.length >= 2 ||
      (NEWS_VERB.test(tokens[i]?.text ?? '') && named.length === 1);
    if (!organisation || named.some((t) => t.tags.has('Pronoun') || t.tags.has('Person'))) continue;
    const verb = tokens[i];
    const next = tokens[i + 1];
    if (!verb) continue;
    const perfect =
      /^(?:has|have|a|ont)$/i.test(verb.text) &&
      next !== undefined &&
      (next.tags.has('PastTense') || next.tags.has('PastParticiple'));
    const present =
      verb.tags.has('PresentTense') &&
      !verb.tags.has('Infinitive') &&
      !verb.tags.has('Copula') &&
      (lang === 'fr' || /s$/i.test(verb.text));
    if (!perfect && !present) continue;
    const end = perfect ? next!.end : verb.end;
    out.push({ kind: 'headline', start: subject[0]!.start, end, text: text.slice(subject[0]!.start, end) });
  }
  return out;
}
