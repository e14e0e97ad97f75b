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
    if (cta.status !== 'missing') return [];
    // What stood for a call to action, and why it is not one.
    const shown = cta.evidence[0];
    if (cta.note === 'bait') return [{ messageId: 'bait' }];
    if (cta.note === 'no-commitment' && shown)
      return [{ messageId: 'no-commitment', start: shown.start, end: shown.end, data: { quote: shown.text } }];
    return [{ messageId: 'default' }];
  },
};
