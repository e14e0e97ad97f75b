import type { Rule, Hit } from './types';
import type { Evidence } from '../types';

// One finding per kind of boilerplate, on its first occurrence: enough to show
// why, without underlining half a press release.
const ORDER = ['press', 'announcement', 'quote', 'corporate', 'third-person'] as const;

export const pressReleaseDump: Rule = {
  id: 'press-release-dump',
  category: 'value',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    if (draft.genre.genre !== 'press-release') return [];
    const hits: Hit[] = [];
    for (const kind of ORDER) {
      const found: Evidence | undefined = draft.signals[kind][0];
      if (found) hits.push({ messageId: kind, start: found.start, end: found.end, data: { quote: found.text } });
      if (hits.length === 3) break;
    }
    return hits.length ? hits : [{ messageId: 'default' }];
  },
};
