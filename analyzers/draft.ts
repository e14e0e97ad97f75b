// Everything the rules read about a draft, computed once per analysis.
import type { DetectedLang, Kind, Lang, Platform } from './types';
import type { Brand } from './brand/schema';
import { clean, fold } from './text';
import { detectLanguage } from './lang';
import { findSignals, type SignalMap } from './signals';
import { classify, type GenreDecision } from './genre';
import type { FeatureInput } from './model/features';
import { judge, type Judgement } from './model';

/**
 * Beyond this length only the beginning of a draft is judged (language and
 * learned genre): a post is judged by its opening, and reading a whole book
 * at every pause in typing would freeze the badge. Word lists and links are
 * still read to the end.
 */
export const MAX_JUDGED = 20_000;

export interface Draft {
  /** The draft exactly as typed. */
  source: string;
  /**
   * What the rules read: the draft without markup or invisible characters.
   * Every offset inside the analyzer points into this text.
   */
  text: string;
  /** Where each character of `text` comes from in `source` (null: same text). */
  offsets: Uint32Array | null;
  /** `text`, lower-cased and without accents (same length). */
  folded: string;
  detected: DetectedLang;
  /** The language the lexicons and messages use, or null when unsupported. */
  lang: Lang | null;
  mixed: boolean;
  hadMarkup: boolean;
  /** Something visible was typed (a link kept from an href alone is not). */
  visible: boolean;
  /** Only the first MAX_JUDGED characters were judged. */
  truncated: boolean;
  platform: Platform | undefined;
  kind: Kind;
  /** An article (LinkedIn's article editor): no post length limit or feed fold applies. */
  article: boolean;
  brand: Brand;
  /** What the composer shows as tagged people and Pages (AnalyzeOptions.mentions). */
  mentions: readonly string[];
  signals: SignalMap;
  genre: GenreDecision;
  /** The learned judgement; null in a language the model does not read. */
  judgement: Judgement | null;
}

export interface DraftOptions {
  platform?: Platform | undefined;
  kind?: Kind | undefined;
  article?: boolean | undefined;
  brand: Brand;
  mentions?: readonly string[] | undefined;
}

const isLang = (lang: DetectedLang): lang is Lang => lang === 'fr' || lang === 'en';

/**
 * Where to stop judging: MAX_JUDGED characters after the first word, at a
 * space, so that no word or link is cut.
 */
function cut(text: string): number {
  const limit = Math.max(0, text.search(/\S/)) + MAX_JUDGED;
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > limit - MAX_JUDGED / 2 ? space : limit;
}

/** A draft read (cleaned, language, signals), before any judgement. */
export type ReadDraft = Omit<Draft, 'genre' | 'judgement'>;

/** What the learned judgement reads of a draft (see analyzers/model). */
export function featureInput(draft: ReadDraft): FeatureInput {
  // The model reads what the language was detected on: the opening MAX_JUDGED characters.
  const end = cut(draft.text);
  return {
    text: draft.text.slice(0, end),
    folded: draft.folded.slice(0, end),
    lang: draft.lang,
    signals: draft.signals,
  };
}

export function readDraft(
  source: string,
  { platform, kind = 'post', article = false, brand, mentions = [] }: DraftOptions,
): ReadDraft {
  const cleaned = clean(source);
  const text = cleaned.text;
  const folded = fold(text);
  const head = text.slice(0, cut(text));
  const guess = detectLanguage(head);
  const lang: Lang | null = isLang(guess.lang) ? guess.lang : null;
  const signals = findSignals({ text, folded, lang });
  return {
    source,
    text,
    offsets: cleaned.offsets,
    folded,
    detected: guess.lang,
    lang,
    mixed: guess.mixed,
    hadMarkup: cleaned.hadMarkup,
    visible: cleaned.visible,
    truncated: head.length < text.length,
    platform,
    kind,
    article,
    brand,
    mentions,
    signals,
  };
}

export function buildDraft(source: string, options: DraftOptions): Draft {
  const draft = readDraft(source, options);
  const rules = classify({ signals: draft.signals, kind: draft.kind, neutralOnly: draft.lang === null });
  if (draft.lang === null) return { ...draft, genre: rules, judgement: null };
  // Words separated by markup in the typed draft are not quoted as one phrase.
  const { offsets } = draft;
  const joinable = offsets
    ? (end: number, start: number) => offsets[start]! - offsets[end - 1]! === start - end + 1
    : undefined;
  const learned = judge(featureInput(draft), undefined, joinable);
  // An answer to someone: a reply or comment the rules read as service, or, on X, a draft that opens
  // on the @handle it answers. Customer service, unless it baits.
  const start = draft.text.search(/\S/);
  const opening = draft.platform === 'x' ? draft.signals.mention.find((m) => m.start === start) : undefined;
  const answer = learned.genre !== 'engagement-bait' && ((draft.kind !== 'post' && rules.facts.service) || !!opening);
  // Meta does not call bait a request for advice or help, a missing person or a fundraiser.
  const exception = learned.genre === 'engagement-bait' && rules.facts.exception;
  const judgement: Judgement =
    answer || exception ? { ...learned, genre: 'purposeful', stop: false, fact: true } : learned;
  const evidence = answer ? (opening ? [opening] : rules.evidence) : exception ? rules.evidence : learned.evidence;
  return { ...draft, genre: { ...rules, genre: judgement.genre, evidence }, judgement };
}
