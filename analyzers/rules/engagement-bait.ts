import type { Rule } from './types';
import { genreHits } from '../model/hits';

// Meta's five kinds of bait, and the ask-only contests and chains that go with them.
const KIND: Record<string, string> = {
  'bait-vote': 'vote',
  'bait-react': 'react',
  'bait-share': 'share',
  'bait-tag': 'tag',
  'bait-comment': 'comment',
  'bait-chain': 'chain',
  'question-you': 'comment',
  contest: 'contest',
  'social-ask': 'contest',
};

export const engagementBait: Rule = {
  id: 'engagement-bait',
  category: 'call-to-action',
  severity: 'blocker',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    if (draft.genre.genre !== 'engagement-bait') return [];
    return genreHits(draft, KIND);
  },
};
