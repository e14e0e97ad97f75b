// Every word of Whypost, by surface and language: one catalog module a language
// (./fr.ts, ./en.ts) with one named export a surface, paired here by language.
// Each pair is its own export, so that a bundle keeps only the surfaces it uses
// (the content scripts: BADGE, CARD, CHECK and the names of genres, verdicts,
// statuses and elements; decision 014).
import type { Lang } from '../types';
import type { Catalog, Names, Words } from './types';
import * as en from './en';
import * as fr from './fr';
export { capitalised, localize } from './typography';
export type { Catalog, RuleText, ElementText, Words } from './types';

/** A language whose catalog lacks a surface, or a surface a key, fails the typecheck here. */
type Complete<T extends Words> = T;
export type Languages = Record<Lang, Complete<typeof fr> | Complete<typeof en>>;

export const NAMES = { fr: fr.names, en: en.names } satisfies Record<Lang, Words['names']>;
export const GENRE_NAMES = { fr: fr.genres, en: en.genres } satisfies Record<Lang, Names['genres']>;
export const VERDICT_NAMES = { fr: fr.verdicts, en: en.verdicts } satisfies Record<Lang, Names['verdicts']>;
export const STATUS_NAMES = { fr: fr.statuses, en: en.statuses } satisfies Record<Lang, Names['statuses']>;
export const LANGUAGE_NAMES = { fr: fr.languages, en: en.languages } satisfies Record<Lang, Names['languages']>;
export const ELEMENT_NAMES = { fr: fr.elements, en: en.elements } satisfies Record<Lang, Names['elements']>;
export const CATALOGS: Record<Lang, Catalog> = { fr: fr.catalog, en: en.catalog };
export const LINKS = { fr: fr.links, en: en.links } satisfies Record<Lang, Words['links']>;
export const BADGE = { fr: fr.badge, en: en.badge } satisfies Record<Lang, Words['badge']>;
export const CARD = { fr: fr.card, en: en.card } satisfies Record<Lang, Words['card']>;
export const CHECK = { fr: fr.check, en: en.check } satisfies Record<Lang, Words['check']>;
export const ACCESS = { fr: fr.access, en: en.access } satisfies Record<Lang, Words['access']>;
export const LIBRARY = { fr: fr.library, en: en.library } satisfies Record<Lang, Words['library']>;
export const POPUP = { fr: fr.popup, en: en.popup } satisfies Record<Lang, Words['popup']>;
export const OPTIONS = { fr: fr.options, en: en.options } satisfies Record<Lang, Words['options']>;
export const REPORT = { fr: fr.report, en: en.report } satisfies Record<Lang, Words['report']>;
export const EXTENSION = { fr: fr.extension, en: en.extension } satisfies Record<Lang, Words['extension']>;

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
