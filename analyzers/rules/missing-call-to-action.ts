import type { Rule } from './types';

export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  category: 'call-to-action',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft, brief }) {
    // A reply answers the person; it need not send them anywhere.
    if (draft.kind !== 'post') return [];
    const cta = brief['call-to-action'];
    if (cta.status === 'missing') return [{ messageId: 'default' }];
    if (cta.note === 'bait') return [{ messageId: 'bait' }];
    return [];
  },
};
