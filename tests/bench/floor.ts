// The floor the benchmark compares analyze() with: the parsers' own parse of
// the same text, as the analyzer loaded them until decision 010 (English:
// compromise's tagger build, French: fr-compromise). analyze() no longer
// parses; the floor stays so that figures compare with earlier runs.
import en from 'compromise/two';
import fr from 'fr-compromise';
import type { Lang } from '../../analyzers/types';

export function bareParse(text: string, lang: Lang): unknown {
  return (lang === 'fr' ? fr : en)(text);
}
