// French typography and Québec wording, apart from the catalogs so that the
// extension's page scripts can use it without loading every message.
import type { BrandLocale, Lang } from '../types';

// Québec words for the France ones the catalog uses, with the articles and
// possessives that agree with them (« le week-end » → « la fin de semaine »).
const QUEBEC: [RegExp, string][] = [
  [/\b(le|ce|son|mon|ton|du|au|un) week-end\b/gi, '$1 fin de semaine'],
  [/\b(les|ces|ses|mes|tes|des|aux) week-ends\b/gi, '$1 fins de semaine'],
  [/\bweek-ends\b/gi, 'fins de semaine'],
  [/\bweek-end\b/gi, 'fin de semaine'],
  [/\be-mail\b/gi, 'courriel'],
  [/\bnewsletter\b/gi, 'infolettre'],
];
const FEMININE: Record<string, string> = {
  le: 'la',
  ce: 'cette',
  son: 'sa',
  mon: 'ma',
  ton: 'ta',
  du: 'de la',
  au: 'à la',
  un: 'une',
};

function quebec(text: string): string {
  let out = text;
  for (const [re, word] of QUEBEC) {
    out = out.replace(re, (whole: string, article: unknown) => {
      // Without a group, the second argument is the match's offset.
      const replaced =
        typeof article === 'string' ? `${FEMININE[article.toLowerCase()] ?? article} ${word.slice(3)}` : word;
      // Keep a capital where the catalog had one.
      return /^\p{Lu}/u.test(whole) ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced;
    });
  }
  return out;
}

/**
 * French typography: France puts a narrow no-break space before ; ! ? and a
 * no-break space before : and inside guillemets; Québec keeps only the one
 * before : and inside guillemets.
 */
export function localize(text: string, locale: BrandLocale | Lang): string {
  if (locale === 'en') return text;
  let out = text;
  if (locale === 'fr-CA') {
    out = quebec(out).replace(/ ([;!?])/g, '$1');
  } else {
    out = out.replace(/ ([;!?])/g, '\u202f$1');
  }
  return out
    .replace(/ ([:%])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** A name as a list or a menu shows it: with a capital. */
export const capitalised = <K extends string>(names: Record<K, string>): Record<K, string> =>
  Object.fromEntries(
    Object.entries<string>(names).map(([k, name]) => [k, name.charAt(0).toUpperCase() + name.slice(1)]),
  ) as Record<K, string>;
