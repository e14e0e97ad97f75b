// The labelled sets. The real corpus (tests/corpus/real) is what the judgement
// is measured on: cross-validation grouped by source over its training files,
// and the held-out real set, never trained or tuned on. The sets written for
// Whypost (tests/corpus/*.jsonl) are kept for reference only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, GENRES, type Critique } from '../../analyzers';
import { isPlatform } from '../../analyzers/types';
import { readRealCorpus, type RealPost } from '../../training/corpus';
import type { ModelFile } from '../../analyzers/model/format';
import { train, type Training } from '../../training/model';
import { MODEL_PATH } from '../../training/paths';
import { currentCvRecord } from './cv-record';
import { figures, type Figures, type Labelled, type Prediction } from './metrics';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Sets written in-house: unit-test material, printed for reference, never a result. */
export const IN_HOUSE = {
  corpus: [
    here('../corpus/fr.jsonl'),
    here('../corpus/en.jsonl'),
    here('../corpus/wild.jsonl'),
    here('../corpus/sources-dev.jsonl'),
  ],
  inHouseHeldOut: [here('../corpus/holdout.jsonl'), here('../corpus/sources-holdout.jsonl')],
} as const;
export type InHouseId = keyof typeof IN_HOUSE;

export function load(id: InHouseId): Labelled[] {
  return IN_HOUSE[id].flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Labelled),
  );
}

const asLabelled = (p: RealPost): Labelled => ({ id: p.id, text: p.text, lang: p.lang, label: p.label, cta: p.cta });
/** The post as written in its composer: the platform's rules and facts apply (X, Facebook, LinkedIn; others have none). */
const onItsPlatform = (p: RealPost): Labelled => ({
  ...asLabelled(p),
  ...(p.platform && isPlatform(p.platform) && { platform: p.platform }),
});

function fromCritique(item: Labelled, critique: Critique): Prediction {
  return {
    item,
    genre: critique.genre,
    lang: critique.lang,
    stopped: critique.verdict === 'posting-for-posting-sake',
    cta: critique.brief['call-to-action'].status !== 'missing',
  };
}

/** What analyze() says of each post, as the command line would (no platform given). */
export function predict(items: readonly Labelled[]): Prediction[] {
  return items.map((item) => fromCritique(item, analyze(item.text, { platform: item.platform, kind: item.kind })));
}

/** Out-of-fold predictions: each post judged by a model trained without its source, with the thresholds chosen on them. */
export function cvPredictions(posts: readonly RealPost[], training: Training): Prediction[] {
  const purposeful = GENRES.indexOf('purposeful');
  const { stop, cta } = training.model.thresholds;
  return posts.map((post, i) => {
    const p = training.oof[i]!;
    const best = p.genre.reduce((b, v, c) => (v > p.genre[b]! ? c : b), 0);
    return {
      item: asLabelled(post),
      genre: GENRES[best]!,
      lang: training.langs[i] ?? 'und',
      stopped: best !== purposeful && 1 - p.genre[purposeful]! > stop,
      cta: p.cta > cta,
    };
  });
}

export interface Evaluation {
  /** The model the held-out set is judged by: the one trained here, or the committed one when the cross-validation was reused. */
  model: ModelFile;
  /** Absent when the cross-validation's figures were read from their record (cv-record.ts) instead of trained. */
  training?: Training;
  predictions: Record<string, Prediction[]>;
  /** Figures by set, overall and by language (`cv`, `cv.fr`, `holdout.en`…). */
  results: Record<string, Figures>;
}

/**
 * Trains as `npm run train` does (cross-validation included) and measures every
 * set. With `reuse`, the cross-validation's figures come from their record when
 * it was computed from the current inputs (then nothing is trained).
 */
export async function evaluate(options: { inHouse?: boolean; reuse?: boolean } = {}): Promise<Evaluation> {
  const corpus = readRealCorpus();
  const record = options.reuse ? currentCvRecord() : undefined;
  const training = record ? undefined : await train(corpus.train);
  const model = training?.model ?? (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelFile);
  const predictions: Record<string, Prediction[]> = {
    ...(training && { cv: cvPredictions(corpus.train, training) }),
    holdout: predict(corpus.holdout.map(asLabelled)),
    holdoutOnPlatform: predict(corpus.holdout.map(onItsPlatform)),
  };
  if (options.inHouse) for (const id of Object.keys(IN_HOUSE) as InHouseId[]) predictions[id] = predict(load(id));
  const results: Record<string, Figures> = { ...record?.results };
  for (const [id, list] of Object.entries(predictions)) {
    results[id] = figures(list);
    for (const lang of ['fr', 'en'] as const)
      results[`${id}.${lang}`] = figures(list.filter((p) => p.item.lang === lang));
  }
  return { model, training, predictions, results };
}
