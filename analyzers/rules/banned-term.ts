import type { Rule } from './types';
import { bannedTerms } from '../brief';

export const bannedTerm: Rule = {
  id: 'banned-term',
  category: 'brand-fit',
  severity: 'blocker',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft }) {
    return bannedTerms(draft).map((b) => ({
      messageId: b.reason ? 'with-reason' : 'default',
      start: b.start,
      end: b.end,
      data: { quote: b.text, reason: b.reason },
    }));
  },
};
