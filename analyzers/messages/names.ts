// The names of verdicts, statuses and business elements, shared by the
// analyzer's catalogs and the extension's page interface (which cannot load the
// whole catalogs).
import type { Element, Lang, Status, Verdict } from '../types';

export interface Names {
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  elements: Record<Element, string>;
}

export const NAMES: Record<Lang, Names> = {
  fr: {
    verdicts: {
      ready: 'Prête à publier',
      'needs-work': 'À retravailler',
      'posting-for-posting-sake': 'Publier pour publier',
      empty: 'Brouillon vide',
    },
    statuses: { present: 'présent', weak: 'faible', missing: 'absent' },
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
    verdicts: {
      ready: 'Ready to publish',
      'needs-work': 'Needs work',
      'posting-for-posting-sake': 'Posting for posting’s sake',
      empty: 'Empty draft',
    },
    statuses: { present: 'present', weak: 'weak', missing: 'missing' },
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
