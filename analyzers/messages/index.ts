// Turns findings' data into sentences, in French (France or Québec) or English.
import type { Lang } from '../types';
import type { Catalog } from './types';
import { en } from './en';
import { fr } from './fr';
export { localize } from './typography';

export const CATALOGS: Record<Lang, Catalog> = { fr, en };
export type { Catalog, RuleText, ElementText } from './types';

/** Separates the items of a list in a finding's data; it cannot occur in a draft's words. */
export const LIST = '\u001f';

/**
 * Fills `{placeholders}` from data. A value may be a list (items separated by
 * LIST) whose ids (`@link`, `fr`) are names from the catalog; the words quoted
 * from a draft are inserted as they are.
 */
export function format(template: string, data: Record<string, string | number>, catalog: Catalog): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return String(value)
      .split(LIST)
      .map((part) => catalog.terms[part] ?? part)
      .join(', ');
  });
}
