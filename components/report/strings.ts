// The coaching report's words (the catalogs' `report` surface, decision 014),
// typeset like the popup's by the one walker (narrow no-break spaces in French,
// Québec's conventions for fr-CA). The names of verdicts, genres, decisions,
// reasons, elements and rules are the popup's, so that the report and the
// review queue say the same thing.
import { REPORT, type Words } from '../../analyzers/messages';
import { typesetAll, type UiLang } from '../../utils/ui-strings';
import { formatLocale, popupStrings, type PopupStrings } from '../popup/strings';

export type ReportStrings = Words['report'] &
  Pick<PopupStrings, 'platforms' | 'genres' | 'verdicts' | 'decisions' | 'reasons' | 'elements' | 'rules'>;

function shared(lang: UiLang) {
  const p = popupStrings(lang);
  return {
    platforms: p.platforms,
    genres: p.genres,
    verdicts: p.verdicts,
    decisions: p.decisions,
    reasons: p.reasons,
    elements: p.elements,
    rules: p.rules,
  };
}

const cache = new Map<string, ReportStrings>();

/** The report's strings in `lang`, typeset for the browser's variant of French. */
export function reportStrings(lang: UiLang): ReportStrings {
  const key = `${lang}:${globalThis.navigator?.language ?? ''}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = { ...typesetAll(REPORT[lang], lang), ...shared(lang) };
    cache.set(key, strings);
  }
  return strings;
}

/** A share as a percentage the way the user reads it: "33 %" in French, "33%" in English. */
export function formatShare(share: number, lang: UiLang): string {
  return new Intl.NumberFormat(formatLocale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count with the user's digit grouping. */
export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(formatLocale(lang)).format(n);
}

/** A day the way the user reads it (23 nov. 2026, Nov 23, 2026). */
export function formatDay(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'medium' }).format(ms);
}

/** A day on a chart's axis: 23 nov., Nov 23. */
export function formatShortDay(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { day: 'numeric', month: 'short' }).format(ms);
}
