// The one name, per language, of each genre, verdict, status, severity and
// business element: the analyzer's catalogs, the page interface (which cannot
// load the whole catalogs), the popup and the options page all take them from
// here (tests/names.test.ts fails on a second name). Lower case where a name
// runs inside a sentence; a list or a menu capitalises it (`capitalised`).
import type { Element, Genre, Lang, Severity, Status, Verdict } from '../types';

export interface Names {
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  severities: Record<Severity, string>;
  elements: Record<Element, string>;
}

export const NAMES: Record<Lang, Names> = {
  fr: {
    genres: {
      'press-release': 'Communiqué de presse',
      anecdote: 'Anecdote personnelle',
      'no-objective': 'Sans objectif',
      'engagement-bait': 'Appât à engagement',
      purposeful: 'Utile',
    },
    verdicts: {
      ready: 'Prête à publier',
      'needs-work': 'À retravailler',
      'posting-for-posting-sake': 'Publier pour publier',
      empty: 'Brouillon vide',
    },
    statuses: { present: 'présent', weak: 'faible', missing: 'absent' },
    severities: { suggestion: 'suggestion', warning: 'avertissement', blocker: 'bloquant' },
    elements: {
      objective: 'Objectif',
      audience: 'Public',
      value: 'Bénéfice pour le lecteur',
      'call-to-action': 'Appel à l’action',
      measurement: 'Mesure',
      'brand-fit': 'Cohérence avec la marque',
    },
  },
  en: {
    genres: {
      'press-release': 'Press release',
      anecdote: 'Personal anecdote',
      'no-objective': 'No objective',
      'engagement-bait': 'Engagement bait',
      purposeful: 'Purposeful',
    },
    verdicts: {
      ready: 'Ready to publish',
      'needs-work': 'Needs work',
      'posting-for-posting-sake': 'Posting for posting’s sake',
      empty: 'Empty draft',
    },
    statuses: { present: 'present', weak: 'weak', missing: 'missing' },
    severities: { suggestion: 'suggestion', warning: 'warning', blocker: 'blocker' },
    elements: {
      objective: 'Objective',
      audience: 'Audience',
      value: 'Value for the reader',
      'call-to-action': 'Call to action',
      measurement: 'Measurement',
      'brand-fit': 'Brand fit',
    },
  },
};

/** A name as a list or a menu shows it: with a capital. */
export const capitalised = <K extends string>(names: Record<K, string>): Record<K, string> =>
  Object.fromEntries(
    Object.entries<string>(names).map(([k, name]) => [k, name.charAt(0).toUpperCase() + name.slice(1)]),
  ) as Record<K, string>;
