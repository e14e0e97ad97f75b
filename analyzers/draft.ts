// Everything the rules read about a draft, computed once per analysis.
import type { DetectedLang, Kind, Lang, Platform } from './types';
import type { Brand } from './brand/schema';
import { clean, fold } from './text';
import { detectLanguage } from './lang';
import { parse, type Parsed } from './nlp';
import { findSignals, type SignalMap } from './signals';
import { classify, type GenreDecision } from './genre';

export interface Draft {
  /** The draft exactly as typed; every offset points into it. */
  text: string;
  /** The draft with markup and invisible characters blanked (same length). */
  clean: string;
  /** `clean`, lower-cased and without accents (same length). */
  folded: string;
  detected: DetectedLang;
  /** The language the lexicons and messages use, or null when unsupported. */
  lang: Lang | null;
  mixed: boolean;
  hadMarkup: boolean;
  platform: Platform | undefined;
  kind: Kind;
  brand: Brand;
  parsed: Parsed | null;
  signals: SignalMap;
  genre: GenreDecision;
}

export interface DraftOptions {
  platform?: Platform | undefined;
  kind?: Kind | undefined;
  brand: Brand;
}

const isLang = (lang: DetectedLang): lang is Lang => lang === 'fr' || lang === 'en';

export function buildDraft(text: string, { platform, kind = 'post', brand }: DraftOptions): Draft {
  const cleaned = clean(text);
  const folded = fold(cleaned.text);
  const guess = detectLanguage(cleaned.text);
  const lang: Lang | null = isLang(guess.lang) ? guess.lang : null;
  const parsed = lang ? parse(cleaned.text, lang) : null;
  const signals = findSignals({ text: cleaned.text, folded, lang, parsed });
  const genre = classify({ signals, kind, neutralOnly: lang === null });
  return {
    text,
    clean: cleaned.text,
    folded,
    detected: guess.lang,
    lang,
    mixed: guess.mixed,
    hadMarkup: cleaned.hadMarkup,
    platform,
    kind,
    brand,
    parsed,
    signals,
    genre,
  };
}
