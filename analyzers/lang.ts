// Language of a draft. tinyld's light model (34 KB gzip) tells languages apart;
// on the very short, noisy texts of social media its French/English call is
// confirmed by counting function words, which survive lowercase, missing
// accents and hashtags better than character statistics do.
import { detectAll } from 'tinyld/light';
import type { DetectedLang, Lang } from './types';
import { compile, fold, spans } from './text';
import { coverage } from './words';

export interface LanguageGuess {
  lang: DetectedLang;
  /** Both French and English carry a real share of the function words. */
  mixed: boolean;
}

const LATIN_CANDIDATES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl', 'sv', 'fi', 'no', 'pl', 'ro', 'hu', 'tr'];

// Words frequent in one of the two languages and rare in the other (and in
// Spanish or Italian, which share `de`, `la`, `en`, `a`, `que`).
const MARKERS: Record<Lang, RegExp> = {
  fr: compile([
    'le',
    'les',
    'des',
    'du',
    'au',
    'aux',
    'est',
    'et',
    'une',
    'un',
    'pour',
    'avec',
    'dans',
    'sur',
    'pas',
    'ce',
    'cette',
    'ces',
    'qui',
    'nous',
    'vous',
    'je',
    'j',
    'tu',
    'il',
    'elle',
    'ils',
    'on',
    'mon',
    'ma',
    'mes',
    'ton',
    'ta',
    'tes',
    'notre',
    'nos',
    'votre',
    'vos',
    'leur',
    'leurs',
    'c',
    'd',
    'l',
    'qu',
    'n',
    's',
    'suis',
    'sont',
    'avons',
    'avez',
    'ont',
    'mais',
    'ou',
    'donc',
    'tres',
    'plus',
    'aussi',
    'bien',
    'merci',
    'bonjour',
    'bonne',
    'bon',
    'tous',
    'toutes',
    'tout',
    'chez',
    "aujourd'hui",
    'ici',
    'voici',
    'entre',
    'depuis',
    'sans',
    'sous',
    'fait',
    'etre',
    'avoir',
    'ca',
    'joyeux',
    'venez',
    'semaine',
    'demain',
    'hier',
    'soir',
    'jour',
    'nouveau',
    'nouvelle',
  ]),
  en: compile([
    'the',
    'and',
    'is',
    'are',
    'was',
    'were',
    'to',
    'of',
    'for',
    'with',
    'in',
    'on',
    'at',
    'this',
    'that',
    'these',
    'it',
    'its',
    'we',
    'you',
    'i',
    'my',
    'our',
    'your',
    'their',
    'they',
    'he',
    'she',
    'be',
    'been',
    'have',
    'has',
    'had',
    'will',
    'can',
    'do',
    'does',
    'did',
    'not',
    'but',
    'or',
    'from',
    'by',
    'about',
    'all',
    'just',
    'what',
    'who',
    'how',
    'when',
    'there',
    'here',
    'today',
    'thanks',
    'thank',
    'happy',
    'merry',
    'day',
    'new',
    'get',
    'join',
    'us',
    'more',
    'now',
    'an',
    'so',
    'if',
    'up',
    'out',
    'one',
    'week',
    'weekend',
    'tonight',
    'tomorrow',
    'see',
    'read',
    'learn',
    "i'm",
    "we're",
    "you're",
    "it's",
    "don't",
    "can't",
    "let's",
    'hello',
    'hi',
    'great',
  ]),
};

// Hashtags written in CamelCase (#HappyThanksgiving) carry words.
function prose(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g, ' ')
    .replace(/[@$][\p{L}\p{N}_]+/gu, ' ')
    .replace(/#([\p{L}\p{N}_]+)/gu, (_, tag: string) => ' ' + tag.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .replace(/[\p{N}]+/gu, ' ');
}

function count(re: RegExp, folded: string): number {
  return spans(re, folded).length;
}

/** Detects the language of a draft: `fr`, `en`, another ISO 639-1 code, or `und`. */
export function detectLanguage(text: string): LanguageGuess {
  const body = prose(text);
  const letters = body.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2) return { lang: 'und', mixed: false };
  const latin = body.match(/[a-zA-Z\u00c0-\u024f]/g)?.length ?? 0;
  if (latin < letters / 2) {
    return { lang: detectAll(body)[0]?.lang ?? 'und', mixed: false };
  }

  const folded = fold(body);
  const fr = count(MARKERS.fr, folded);
  const en = count(MARKERS.en, folded);
  const mixed = Math.min(fr, en) >= 2 && Math.min(fr, en) / (fr + en) >= 0.3;
  // Plenty of function words, mostly of one language: no need to ask the model.
  if (fr + en >= 4 && Math.max(fr, en) >= 3 * Math.min(fr, en)) return { lang: fr > en ? 'fr' : 'en', mixed };

  const ranked = detectAll(body, { only: LATIN_CANDIDATES });
  const top = ranked[0];
  const rank = (lang: string) => {
    const i = ranked.findIndex((r) => r.lang === lang);
    return i < 0 ? Infinity : i;
  };
  // Words the French and English lexicons know: "Acme names Jane Doe chief
  // operating officer" has no function word, yet every word is English.
  const words = folded.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const known = { fr: coverage(words, 'fr'), en: coverage(words, 'en') };
  const best = Math.max(known.fr, known.en);

  // Another language: the model says so, and the French and English words are too few to contradict it.
  if (top && top.lang !== 'fr' && top.lang !== 'en') {
    const unknownWords = fr + en === 0 && best < 0.5;
    const confidentModel = top.accuracy >= 0.3 && fr + en < 2 && best < 0.6;
    if (unknownWords || confidentModel) return { lang: top.lang, mixed: false };
  }
  if (fr !== en) return { lang: fr > en ? 'fr' : 'en', mixed };
  if (Math.abs(known.fr - known.en) >= 0.2) return { lang: known.fr > known.en ? 'fr' : 'en', mixed };
  if (rank('fr') !== rank('en')) return { lang: rank('fr') < rank('en') ? 'fr' : 'en', mixed };
  return { lang: top?.lang ?? 'und', mixed: false };
}
