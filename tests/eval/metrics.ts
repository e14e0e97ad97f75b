// Classification figures for the evaluation: per-genre precision, recall and
// F1, the confusion matrix, macro-F1, and the binary "posting for posting's
// sake" reading (every genre but purposeful is positive).
import { GENRES, type Genre, type Platform } from '../../analyzers';

export interface Labelled {
  id: string;
  text: string;
  lang: 'fr' | 'en';
  label: Genre;
  platform?: Platform;
  kind?: 'post' | 'reply' | 'comment';
  /** Whether the post tells the reader to do something (null: ambiguous; absent: not labelled). */
  cta?: boolean | null;
}

export interface Prediction {
  item: Labelled;
  genre: Genre;
  lang: string;
  /** The verdict would stop publishing (posting for posting's sake). */
  stopped?: boolean;
  /** A call to action was found (the brief's call-to-action is not missing). */
  cta?: boolean;
}

export interface GenreScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Figures {
  n: number;
  accuracy: number;
  macroF1: number;
  perGenre: Record<Genre, GenreScore>;
  /** confusion[label][predicted] */
  confusion: Record<Genre, Record<Genre, number>>;
  sake: { precision: number; recall: number; falseAlarms: number; purposeful: number };
  /** Share of drafts whose detected language is the labelled one. */
  language: number;
  /** Purposeful posts whose verdict stops publishing, among purposeful posts (when verdicts are known). */
  stops: { purposeful: number; share: number };
  /** Calls to action found when the post has one, reported missing when it has none (posts labelled `cta`). */
  cta: { found: number; missing: number; withCta: number; withoutCta: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function figures(predictions: readonly Prediction[]): Figures {
  const confusion = Object.fromEntries(
    GENRES.map((l) => [l, Object.fromEntries(GENRES.map((p) => [p, 0]))]),
  ) as Figures['confusion'];
  let correct = 0;
  let languageRight = 0;
  for (const { item, genre, lang } of predictions) {
    confusion[item.label][genre]++;
    if (item.label === genre) correct++;
    if (item.lang === lang) languageRight++;
  }
  const perGenre = {} as Figures['perGenre'];
  for (const g of GENRES) {
    const tp = confusion[g][g];
    const predicted = GENRES.reduce((s, l) => s + confusion[l][g], 0);
    const support = GENRES.reduce((s, p) => s + confusion[g][p], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perGenre[g] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const present = GENRES.filter((g) => perGenre[g].support > 0);
  const sakePositive = (g: Genre) => g !== 'purposeful';
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { item, genre } of predictions) {
    if (sakePositive(genre) && sakePositive(item.label)) tp++;
    else if (sakePositive(genre)) fp++;
    else if (sakePositive(item.label)) fn++;
  }
  const purposeful = perGenre.purposeful.support;
  const stopped = predictions.filter((p) => p.item.label === 'purposeful' && p.stopped).length;
  const withCta = predictions.filter((p) => p.item.cta === true && p.cta !== undefined);
  const withoutCta = predictions.filter((p) => p.item.cta === false && p.cta !== undefined);
  return {
    n: predictions.length,
    accuracy: ratio(correct, predictions.length),
    macroF1: ratio(
      present.reduce((s, g) => s + perGenre[g].f1, 0),
      present.length,
    ),
    perGenre,
    confusion,
    sake: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), falseAlarms: ratio(fp, purposeful), purposeful },
    language: ratio(languageRight, predictions.length),
    stops: { purposeful: stopped, share: ratio(stopped, purposeful) },
    cta: {
      found: ratio(withCta.filter((p) => p.cta).length, withCta.length),
      missing: ratio(withoutCta.filter((p) => !p.cta).length, withoutCta.length),
      withCta: withCta.length,
      withoutCta: withoutCta.length,
    },
  };
}
