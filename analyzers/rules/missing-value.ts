import type { Rule } from './types';

export const missingValue: Rule = {
  id: 'missing-value',
  category: 'value',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft, brief }) {
    if (draft.kind !== 'post') return [];
    // A press release already says "written for the company": one finding is enough.
    if (draft.genre.genre === 'press-release') return [];
    return brief.value.status === 'missing' ? [{ messageId: 'default' }] : [];
  },
};
