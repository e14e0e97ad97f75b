// The word lists behind analyzers/words.json: every word the lexicons of
// compromise (English) and fr-compromise (French) know once expanded, as the
// language check reads them (lower case, no accents, one word). The parsers
// are loaded here, at build time, and never by the analyzer (decision 010).
import en from 'compromise/two';
import fr from 'fr-compromise';
import type { Lang } from '../analyzers/types';
import { buildFilters, type WordFilterFile } from '../analyzers/words';

interface Model {
  one: { lexicon: Record<string, unknown> };
}

const ONE_WORD = /^\p{L}[\p{L}'-]*$/u;
const folded = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a language's lexicon that a folded draft can contain. */
export function lexiconWords(lang: Lang): string[] {
  const lexicon = ((lang === 'fr' ? fr : en).model() as unknown as Model).one.lexicon;
  return Object.keys(lexicon).filter((w) => ONE_WORD.test(w) && w === folded(w));
}

export function wordFilters(): WordFilterFile {
  return buildFilters({ en: lexiconWords('en'), fr: lexiconWords('fr') });
}

/** The file as committed: JSON with a final line break. */
export function serialiseWords(file: WordFilterFile): string {
  return JSON.stringify(file) + '\n';
}
