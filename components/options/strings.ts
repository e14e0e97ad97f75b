// The options page's words: its own (the catalogs' `options` surface) with the
// names it shares (severities, capitalised for its menus; platforms). French is
// written with plain spaces; optionsStrings() applies French typography
// (France's or Québec's, like the rest of the interface) to the wording, never
// to the brand names, terms and error messages put into it. The words
// themselves are in analyzers/messages/fr.ts and en.ts (decision 014).
import { capitalised, NAMES, OPTIONS, type Words } from '../../analyzers/messages';
import { typesetAll, type UiLang } from '../../utils/ui-strings';

export type OptionsStrings = Words['options'] & {
  severities: Words['names']['severities'];
  platforms: Words['names']['platforms'];
  languageNames: Words['names']['languages'];
};

const words = (lang: UiLang): OptionsStrings => ({
  ...OPTIONS[lang],
  severities: capitalised(NAMES[lang].severities),
  platforms: NAMES[lang].platforms,
  languageNames: NAMES[lang].languages,
});

/** The options page's words in `lang`, before typesetting. */
export const OPTIONS_STRINGS: Record<UiLang, OptionsStrings> = { fr: words('fr'), en: words('en') };

const cache = new Map<string, OptionsStrings>();

/** The options page's words in `lang`, typeset for the browser's French (France or Québec). */
export function optionsStrings(
  lang: UiLang,
  language: string = globalThis.navigator?.language ?? 'en',
): OptionsStrings {
  const key = `${lang}|${language}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = typesetAll(OPTIONS_STRINGS[lang], lang, language);
    cache.set(key, strings);
  }
  return strings;
}
