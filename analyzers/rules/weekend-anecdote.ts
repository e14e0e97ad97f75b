import type { Rule } from './types';

export const weekendAnecdote: Rule = {
  id: 'weekend-anecdote',
  category: 'objective',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    if (draft.genre.genre !== 'anecdote') return [];
    const { narrative, leisure, feeling, 'first-singular': me } = draft.signals;
    const story = narrative[0] ?? me[0];
    const pastime = leisure.find((l) => !story || l.start !== story.start) ?? feeling[0];
    const hits = [story, pastime]
      .filter((e) => e !== undefined)
      .map((e) => ({
        messageId: e.kind === 'leisure' || e.kind === 'feeling' ? 'leisure' : 'story',
        start: e.start,
        end: e.end,
        data: { quote: e.text },
      }));
    return hits.length ? hits : [{ messageId: 'default' }];
  },
};
