// The popup's words: its own (the catalogs' `popup` surface) with the names,
// the card's and the check's words it shares, typeset once by `popupStrings`
// (narrow no-break spaces before ; ! ?, no-break spaces before : and inside « »,
// Québec's conventions when the browser says fr-CA). The words themselves are
// in analyzers/messages/fr.ts and en.ts (decision 014).
import { problemText } from '../../utils/brands/wording';
import { CARD, CATALOGS, CHECK, NAMES, POPUP, type Words } from '../../analyzers/messages';
import type { LibraryNotice } from '../../utils/brands/types';
import { typesetAll, type UiLang } from '../../utils/ui-strings';

export type PopupStrings = Words['popup'] &
  Pick<Words['card'], 'brief' | 'findings' | 'noFindings' | 'example' | 'weighted'> &
  Pick<Words['check'], 'reasons'> &
  Omit<Words['names'], 'platforms'> & {
    platforms: Words['names']['platforms'];
    /** The rules' names, by id. */
    rules: Record<string, string>;
    /** A notice of the brand library, worded. */
    notice: (n: LibraryNotice, date: (ms: number) => string) => string;
  };

function words(lang: UiLang) {
  const card = CARD[lang];
  return {
    ...POPUP[lang],
    brief: card.brief,
    findings: card.findings,
    noFindings: card.noFindings,
    example: card.example,
    weighted: card.weighted,
    reasons: CHECK[lang].reasons,
    ...NAMES[lang],
    rules: Object.fromEntries(Object.entries(CATALOGS[lang].rules).map(([id, rule]) => [id, rule.name])),
  };
}

/** A notice of the brand library in the popup's words (already typeset). */
function noticeText(
  t: Words['popup']['notices'],
  n: LibraryNotice,
  date: (ms: number) => string,
  lang: UiLang,
): string {
  switch (n.code) {
    case 'stored-locally':
      return t.storedLocally(n.brand);
    case 'unreadable-brand':
      return t.unreadableBrand(n.brand);
    case 'unreadable-setting':
      return t.unreadableSetting(n.key);
    case 'refresh-failed':
      return n.updatedAt === undefined
        ? t.refreshFailedNoCopy(n.brand, problemText(n.error, lang))
        : t.refreshFailed(n.brand, problemText(n.error, lang), date(n.updatedAt));
    case 'managed-unavailable':
      return t.managedUnavailable;
  }
}

const cache = new Map<string, PopupStrings>();

/** The popup's strings in `lang`, typeset for the browser's variant of French. */
export function popupStrings(lang: UiLang): PopupStrings {
  const key = `${lang}:${globalThis.navigator?.language ?? ''}`;
  let strings = cache.get(key);
  if (!strings) {
    const typeset = typesetAll(words(lang), lang);
    strings = { ...typeset, notice: (n, date) => noticeText(typeset.notices, n, date, lang) };
    cache.set(key, strings);
  }
  return strings;
}

/** The locale for dates and numbers: the browser's own when it speaks `lang` (fr-CA, en-GB…). */
export function formatLocale(lang: UiLang): string {
  const browser = globalThis.navigator?.language ?? '';
  return browser.toLowerCase().startsWith(lang) ? browser : lang === 'fr' ? 'fr-FR' : 'en-US';
}

/** A date and time the way the user reads them. */
export function formatDateTime(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The name of a detected language (`fr` → « français » / "French"), `und` as undetermined. */
export function languageName(code: string, lang: UiLang): string {
  if (code === 'und' || code === '') return popupStrings(lang).undetermined;
  try {
    return new Intl.DisplayNames([formatLocale(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
