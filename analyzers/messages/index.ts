// Turns findings' data into sentences, in French (France or Québec) or English.
import type { BrandLocale, Lang } from '../types';
import type { Catalog } from './types';
import { en } from './en';
import { fr } from './fr';

export const CATALOGS: Record<Lang, Catalog> = { fr, en };
export type { Catalog, RuleText, ElementText } from './types';

// Québec words for the France ones the catalog uses.
const QUEBEC: [RegExp, string][] = [
  [/\bweek-end\b/g, 'fin de semaine'],
  [/\bweek-ends\b/g, 'fins de semaine'],
  [/\be-mail\b/g, 'courriel'],
  [/\bnewsletter\b/g, 'infolettre'],
];

/**
 * French typography: France puts a narrow no-break space before ; ! ? and a
 * no-break space before : and inside guillemets; Québec keeps only the one
 * before : and inside guillemets.
 */
export function localize(text: string, locale: BrandLocale | Lang): string {
  if (locale === 'en') return text;
  let out = text;
  if (locale === 'fr-CA') {
    for (const [re, word] of QUEBEC) out = out.replace(re, word);
    out = out.replace(/ ([;!?])/g, '$1');
  } else {
    out = out.replace(/ ([;!?])/g, '\u202f$1');
  }
  return out.replace(/ :/g, '\u00a0:').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

/** Fills `{placeholders}` from data; `@ids` are names from the catalog, `|` separates a list. */
export function format(template: string, data: Record<string, string | number>, catalog: Catalog): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return String(value)
      .split('|')
      .map((part) => catalog.terms[part] ?? part)
      .join(', ');
  });
}
