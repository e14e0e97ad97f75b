import type { Rule } from './types';
import { genreHits } from '../model/hits';

const FILLER = { wish: 'filler', thanks: 'filler', observance: 'filler', congrats: 'filler', meme: 'filler' };

export const noObjective: Rule = {
  id: 'no-objective',
  category: 'objective',
  severity: 'warning',
  enabledByDefault: true,
  // With no words to read, an empty ask is still an empty ask.
  languageNeutral: true,
  check({ draft }) {
    if (draft.genre.genre !== 'no-objective') return [];
    return genreHits(draft, FILLER, 1);
  },
};
