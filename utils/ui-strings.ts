// The words of the extension's interface in the page (badge, card, check), in
// French and English. The analyzer's own catalogs give the findings' wording.
import type { Element, Genre, Status, Verdict } from '../analyzers/types';
import type { OverrideReason } from './records';
import { localize } from '../analyzers/messages/typography';
import { NAMES } from '../analyzers/messages/names';

export type UiLang = 'fr' | 'en';

/** The browser's language decides; Whypost speaks French to French speakers, English to everyone else. */
export function uiLang(language: string = globalThis.navigator?.language ?? 'en'): UiLang {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

interface UiStrings {
  badgeLabel: string;
  analysing: string;
  unavailable: string;
  /** Post was pressed while the critique is on its way: the badge, and the note beside the Post button. */
  checking: string;
  checkingNote: string;
  gaps: (n: number) => string;
  ready: string;
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  cardTitle: string;
  brief: string;
  findings: string;
  noFindings: string;
  example: string;
  ignoreForDraft: string;
  ruleOffForBrand: string;
  weighted: (n: number, max: number) => string;
  hideHere: string;
  hideOnSite: string;
  offOnSite: string;
  close: string;
  confirmTitle: string;
  confirmIntro: string;
  lacks: string;
  keepEditing: string;
  publishAnyway: string;
  reasonLabel: string;
  reasons: Record<OverrideReason, string>;
  language: (code: string) => string;
  elements: Record<Element, string>;
  /** Linked pages: the button that opens the access page (whose words are in access-strings.ts). */
  allowSite: (host: string) => string;
  allowAll: string;
}

const fr: UiStrings = {
  badgeLabel: 'Whypost : critique de ce brouillon',
  analysing: 'Analyse…',
  unavailable: 'Critique indisponible',
  checking: 'Vérification avant publication…',
  checkingNote: 'Whypost vérifie votre publication avant de l’envoyer…',
  gaps: (n) => (n === 0 ? 'rien ne manque' : n === 1 ? '1 manque' : `${n} manques`),
  ready: 'Prête',
  ...NAMES.fr,
  cardTitle: 'Critique Whypost',
  brief: 'Brief business',
  findings: 'Remarques',
  noFindings: 'Aucune remarque.',
  example: 'Par exemple :',
  ignoreForDraft: 'Ignorer pour ce brouillon',
  ruleOffForBrand: 'Désactiver cette règle pour la marque',
  weighted: (n, max) => `${n} / ${max} caractères comptés par X`,
  hideHere: 'Masquer le badge ici',
  hideOnSite: 'Masquer le badge sur ce site',
  offOnSite: 'Désactiver Whypost sur ce site',
  close: 'Fermer',
  confirmTitle: 'Publier quand même ?',
  confirmIntro: 'Whypost pense que cette publication sert peu l’entreprise :',
  lacks: 'Il manque :',
  keepEditing: 'Continuer à écrire',
  publishAnyway: 'Publier quand même',
  reasonLabel: 'Raison (facultatif)',
  reasons: {
    'client-approved': 'Validé par le client',
    'time-sensitive': 'Urgent',
    'false-alarm': 'Fausse alerte',
    other: 'Autre',
  },
  language: (code) => (code === 'fr' ? 'FR' : code === 'en' ? 'EN' : code.toUpperCase()),
  allowSite: (host) => `Autoriser la lecture de ${host}`,
  allowAll: 'Autoriser tous les sites',
};

const en: UiStrings = {
  badgeLabel: 'Whypost: critique of this draft',
  analysing: 'Analysing…',
  unavailable: 'Critique unavailable',
  checking: 'Checking before posting…',
  checkingNote: 'Whypost is checking your post before it goes out…',
  gaps: (n) => (n === 0 ? 'nothing missing' : n === 1 ? '1 gap' : `${n} gaps`),
  ready: 'Ready',
  ...NAMES.en,
  cardTitle: 'Whypost critique',
  brief: 'Business brief',
  findings: 'Findings',
  noFindings: 'No findings.',
  example: 'For example:',
  ignoreForDraft: 'Ignore for this draft',
  ruleOffForBrand: 'Turn this rule off for the brand',
  weighted: (n, max) => `${n} / ${max} characters as X counts them`,
  hideHere: 'Hide the badge here',
  hideOnSite: 'Hide the badge on this site',
  offOnSite: 'Turn Whypost off on this site',
  close: 'Close',
  confirmTitle: 'Publish anyway?',
  confirmIntro: 'Whypost thinks this post does little for the business:',
  lacks: 'Missing:',
  keepEditing: 'Keep editing',
  publishAnyway: 'Publish anyway',
  reasonLabel: 'Reason (optional)',
  reasons: {
    'client-approved': 'Approved by the client',
    'time-sensitive': 'Time-sensitive',
    'false-alarm': 'False alarm',
    other: 'Other',
  },
  language: (code) => code.toUpperCase(),
  allowSite: (host) => `Allow reading ${host}`,
  allowAll: 'Allow every site',
};

export const UI: Record<UiLang, UiStrings> = { fr, en };

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
