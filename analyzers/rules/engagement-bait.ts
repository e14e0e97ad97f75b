import type { Rule } from './types';

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
    const seen = new Set<string>();
    return draft.genre.evidence
      .filter((e) => {
        const kind = KIND[e.kind] ?? 'comment';
        if (seen.has(kind)) return false;
        seen.add(kind);
        return true;
      })
      .map((e) => ({ messageId: KIND[e.kind] ?? 'comment', start: e.start, end: e.end, data: { quote: e.text } }));
  },
};
