import type { Rule } from './types';
import { compile, literal, spans } from '../text';

export const missingRequiredTerm: Rule = {
  id: 'missing-required-term',
  category: 'brand-fit',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft }) {
    if (draft.kind !== 'post') return [];
    return draft.brand.requiredTerms
      .filter((term) => spans(compile([literal(term)]), draft.folded).length === 0)
      .map((term) => ({ data: { term } }));
  },
};
