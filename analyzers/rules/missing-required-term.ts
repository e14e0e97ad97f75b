import type { Rule } from './types';
import { termSpans } from '../brief';

export const missingRequiredTerm: Rule = {
  id: 'missing-required-term',
  category: 'brand-fit',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft }) {
    if (draft.kind !== 'post') return [];
    return draft.brand.requiredTerms
      .filter((term) => termSpans(draft, [term], 'term').length === 0)
      .map((term) => ({ data: { term } }));
  },
};
