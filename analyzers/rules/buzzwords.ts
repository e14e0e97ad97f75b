import type { Rule } from './types';

export const buzzwords: Rule = {
  id: 'buzzwords',
  category: 'value',
  severity: 'suggestion',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    return draft.signals.buzzword.map((b) => ({ start: b.start, end: b.end, data: { quote: b.text } }));
  },
};
