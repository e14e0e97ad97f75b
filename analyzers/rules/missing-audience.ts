import type { Rule } from './types';

export const missingAudience: Rule = {
  id: 'missing-audience',
  category: 'audience',
  severity: 'suggestion',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft, brief }) {
    if (draft.kind !== 'post') return [];
    const { status, evidence } = brief.audience;
    if (status === 'missing') return [{ messageId: 'default' }];
    const everyone = evidence[0];
    if (status === 'weak' && everyone) {
      return [{ messageId: 'everyone', start: everyone.start, end: everyone.end, data: { quote: everyone.text } }];
    }
    return [];
  },
};
