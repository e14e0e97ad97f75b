import type { Rule } from './types';
import { brandSelfMentions } from '../brief';

export const selfCentred: Rule = {
  id: 'self-centred',
  category: 'audience',
  severity: 'suggestion',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    const self = [...draft.signals['first-plural'], ...brandSelfMentions(draft)].sort((a, b) => a.start - b.start);
    const you = draft.signals.you.length;
    // "Far more": at least three self-references and three times as many as "you".
    if (self.length < 3 || self.length < 3 * you) return [];
    const first = self[0]!;
    return [{ start: first.start, end: first.end, data: { we: self.length, you, quote: first.text } }];
  },
};
