import type { Rule } from './types';

export const noObjective: Rule = {
  id: 'no-objective',
  category: 'objective',
  severity: 'warning',
  enabledByDefault: true,
  // With no words to read, an empty ask is still an empty ask.
  languageNeutral: true,
  check({ draft }) {
    if (draft.genre.genre !== 'no-objective') return [];
    const filler = draft.genre.evidence[0];
    return filler
      ? [{ messageId: 'filler', start: filler.start, end: filler.end, data: { quote: filler.text } }]
      : [{ messageId: 'default' }];
  },
};
