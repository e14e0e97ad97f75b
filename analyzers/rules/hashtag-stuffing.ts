import type { Platform } from '../types';
import type { Rule } from './types';

// X's own advice is one or two hashtags; beyond these counts a post reads as spam.
// LinkedIn's help advises a few; past five a post reads as a keyword list (issue 14).
const LIMIT = { x: 3, facebook: 5, linkedin: 5, unknown: 4 } as const satisfies Record<Platform | 'unknown', number>;

export const hashtagStuffing: Rule = {
  id: 'hashtag-stuffing',
  category: 'audience',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft }) {
    const tags = draft.signals.hashtag;
    const limit = LIMIT[draft.platform ?? 'unknown'];
    if (tags.length <= limit) return [];
    const extra = tags[limit]!;
    const last = tags[tags.length - 1]!;
    return [
      {
        start: extra.start,
        end: last.end,
        data: { count: tags.length, limit, quote: draft.text.slice(extra.start, last.end) },
      },
    ];
  },
};
