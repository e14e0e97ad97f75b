// npm run train -- --compare
// Cross-validation, grouped by source, of the model with each family of
// features removed in turn and with other strengths: what each earns. Reads
// only the training files of tests/corpus/real (never the held-out set).
import { GENRES } from '../analyzers/types';
import { readRealCorpus } from './corpus';
import { crossValidate, readPost, SETTINGS, vectorize, type TrainSettings } from './model';
import type { Scored } from './heads';
import type { RealPost } from './corpus';

interface Row {
  name: string;
  accuracy: number;
  fr: number;
  en: number;
  macroF1: number;
  falseAlarms: number;
  ctaFound: number;
  ctaMissing: number;
  seconds: number;
}

const PURPOSEFUL = GENRES.indexOf('purposeful');

export function summarise(name: string, posts: readonly RealPost[], scored: readonly Scored[], seconds: number): Row {
  const predicted = scored.map((s) => s.genre.reduce((b, v, c) => (v > s.genre[b]! ? c : b), 0));
  const right = (filter: (p: RealPost) => boolean) => {
    const at = posts.flatMap((p, i) => (filter(p) ? [i] : []));
    return at.filter((i) => GENRES[predicted[i]!] === posts[i]!.label).length / Math.max(1, at.length);
  };
  const f1s = GENRES.map((g, c) => {
    const tp = posts.filter((p, i) => p.label === g && predicted[i] === c).length;
    const fp = posts.filter((p, i) => p.label !== g && predicted[i] === c).length;
    const fn = posts.filter((p, i) => p.label === g && predicted[i] !== c).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const purposeful = posts.flatMap((p, i) => (p.label === 'purposeful' ? [i] : []));
  const withCta = posts.flatMap((p, i) => (p.cta === true ? [i] : []));
  const withoutCta = posts.flatMap((p, i) => (p.cta === false ? [i] : []));
  return {
    name,
    accuracy: right(() => true),
    fr: right((p) => p.lang === 'fr'),
    en: right((p) => p.lang === 'en'),
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    falseAlarms: purposeful.filter((i) => predicted[i] !== PURPOSEFUL).length / purposeful.length,
    ctaFound: withCta.filter((i) => scored[i]!.cta > 0.5).length / withCta.length,
    ctaMissing: withoutCta.filter((i) => scored[i]!.cta <= 0.5).length / withoutCta.length,
    seconds,
  };
}

const VARIANTS: [string, (s: TrainSettings) => TrainSettings][] = [
  ['as shipped', (s) => s],
  ['no word pairs', (s) => ({ ...s, features: { ...s.features, bigrams: false } })],
  ['no letters', (s) => ({ ...s, features: { ...s.features, chars: false } })],
  ['letters 2–4', (s) => ({ ...s, features: { ...s.features, charMin: 2, charMax: 4 } })],
  ['no shape', (s) => ({ ...s, features: { ...s.features, shape: false } })],
  ['no signals', (s) => ({ ...s, features: { ...s.features, signals: false } })],
  ['no words', (s) => ({ ...s, features: { ...s.features, words: false } })],
  ['l2 × 10', (s) => ({ ...s, l2: s.l2 * 10, ctaL2: s.ctaL2 * 10 })],
  ['l2 ÷ 10', (s) => ({ ...s, l2: s.l2 / 10, ctaL2: s.ctaL2 / 10 })],
  ['2^16 buckets', (s) => ({ ...s, features: { ...s.features, dim: 1 << 16 } })],
  ['l2 × 3', (s) => ({ ...s, l2: s.l2 * 3, ctaL2: s.ctaL2 * 3 })],
  ['l2 ÷ 3', (s) => ({ ...s, l2: s.l2 / 3, ctaL2: s.ctaL2 / 3 })],
  ['letters 3–5', (s) => ({ ...s, features: { ...s.features, charMax: 5 } })],
  ['sources damped', (s) => ({ ...s, sourceBalance: true })],
  ['3+ sources', (s) => ({ ...s, minSources: 3 })],
  ['tolerance 1e-4', (s) => ({ ...s, tolerance: 1e-4 })],
  ['tolerance 3e-5', (s) => ({ ...s, tolerance: 3e-5 })],
  // A learning curve: the same test posts, each fold trained on part of what it could use.
  ['half the posts', (s) => ({ ...s, trainShare: { share: 0.5, by: 'post' } })],
  ['half the sources', (s) => ({ ...s, trainShare: { share: 0.5, by: 'source' } })],
];

export async function compare(only?: string): Promise<Row[]> {
  const posts = readRealCorpus().train;
  const inputs = posts.map(readPost);
  const rows: Row[] = [];
  for (const [name, change] of VARIANTS) {
    if (only && !name.includes(only)) continue;
    const settings = change(SETTINGS);
    const started = performance.now();
    const scored = await crossValidate(posts, vectorize(inputs, settings.features), settings);
    const row = summarise(name, posts, scored, (performance.now() - started) / 1000);
    rows.push(row);
    const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
    console.log(
      `${row.name.padEnd(16)} acc ${pct(row.accuracy)} (FR ${pct(row.fr)}, EN ${pct(row.en)})  macro-F1 ${pct(row.macroF1)}  purposeful misread ${pct(row.falseAlarms)}  CTA found ${pct(row.ctaFound)} missing ${pct(row.ctaMissing)}  ${row.seconds.toFixed(0)} s`,
    );
  }
  return rows;
}
