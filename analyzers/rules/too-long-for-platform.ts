import type { Rule } from './types';
import { parseTweet } from '../twitter';

/** Where Facebook cuts a post behind "See more" on the feed. */
export const FACEBOOK_FOLD = 480;
export const X_LIMIT = 280;

export const tooLongForPlatform: Rule = {
  id: 'too-long-for-platform',
  category: 'value',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft, brief }) {
    if (draft.platform === 'x') {
      const parsed = parseTweet(draft.text);
      if (parsed.weightedLength <= X_LIMIT) return [];
      const start = parsed.validRangeEnd + 1;
      return [
        { messageId: 'x', start, end: draft.text.length, data: { count: parsed.weightedLength, limit: X_LIMIT } },
      ];
    }
    if (draft.platform === 'facebook' && draft.text.length > FACEBOOK_FOLD) {
      // The reader's reason to care must be visible before the fold.
      const reasons = [...brief.value.evidence, ...brief['call-to-action'].evidence].filter((e) => e.kind !== 'url');
      if (reasons.length === 0) return [];
      const earliest = reasons.reduce((a, b) => (b.start < a.start ? b : a));
      if (earliest.start < FACEBOOK_FOLD) return [];
      return [
        {
          messageId: 'facebook',
          start: earliest.start,
          end: earliest.end,
          data: { quote: earliest.text, fold: FACEBOOK_FOLD },
        },
      ];
    }
    return [];
  },
};
