import type { Rule } from './types';
import { genreHits } from '../model/hits';

const STORY = { narrative: 'story', 'first-singular': 'story', leisure: 'leisure', feeling: 'leisure' };

export const weekendAnecdote: Rule = {
  id: 'weekend-anecdote',
  category: 'objective',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    if (draft.genre.genre !== 'anecdote') return [];
    return genreHits(draft, STORY);
  },
};
