// The interface's language and its typography. The words themselves are in
// the catalogs, one a language (analyzers/messages/fr.ts, en.ts; decision 013).
import { localize } from '../analyzers/messages/typography';

export type UiLang = 'fr' | 'en';

/** The browser's language decides; Whypost speaks French to French speakers, English to everyone else. */
export function uiLang(language: string = globalThis.navigator?.language ?? 'en'): UiLang {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** French typography for the interface: Québec's when the browser says fr-CA, France's otherwise. */
export function typeset(text: string, lang: UiLang, language: string = globalThis.navigator?.language ?? 'en'): string {
  if (lang === 'en') return text;
  return localize(text, /^fr-CA$/i.test(language) ? 'fr-CA' : 'fr-FR');
}

// Private-use characters that stand for the values put into a sentence while it
// is typeset, so that a brand's name, a host or a draft's words keep their own
// spacing (« Hello ! » stays as the user wrote it).
const slot = (i: number) => `\ue000${i}\ue001`;
const SLOT = /\ue000(\d+)\ue001/g;

/**
 * Stands in slots for the values an argument carries: a string, the strings of
 * a plain object (but its `code`, which a sentence switches on) and the strings
 * a function argument returns. Numbers stay as they are (a sentence counts with them).
 */
function slotted(value: unknown, values: string[]): unknown {
  if (typeof value === 'string') return slot(values.push(value) - 1);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => slotted(fn(...args), values);
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'code' ? v : slotted(v, values)]));
  }
  return value;
}

/**
 * Typesets every string of a set of interface words and every sentence its
 * functions return, keeping the shape; the values a function inserts are not
 * typeset (see `slotted`). The one walker for the popup's and the options page's words.
 */
export function typesetAll<T>(value: T, lang: UiLang, language: string = globalThis.navigator?.language ?? 'en'): T {
  if (typeof value === 'string') return typeset(value, lang, language) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      const values: string[] = [];
      const said = fn(...args.map((a) => slotted(a, values)));
      if (typeof said !== 'string') return said;
      return typeset(said, lang, language).replace(SLOT, (_, i: string) => values[Number(i)]!);
    }) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetAll(v, lang, language)])) as T;
  }
  return value;
}
