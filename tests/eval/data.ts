// The labelled sets: ours (tests/corpus) and the real posts in ../shared,
// read from where they live (they are not copied into the project).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyzers';
import { figures, type Figures, type Labelled, type Prediction } from './metrics';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const DATASETS = {
  /** Posts written for Whypost, French and English, every genre. */
  corpus: [
    here('../corpus/fr.jsonl'),
    here('../corpus/en.jsonl'),
    here('../corpus/wild.jsonl'),
    here('../corpus/sources-dev.jsonl'),
  ],
  /**
   * Posts written apart and never read while tuning: the first 110, then 160 in
   * the style of the real datasets (the set grew, so its records were restarted
   * under this new name).
   */
  heldOut: [here('../corpus/holdout.jsonl'), here('../corpus/sources-holdout.jsonl')],
  /** Real public posts, labelled by two readings (../shared/corpus/README.md). */
  real: [here('../../../shared/corpus/real-posts.jsonl')],
} as const;
export type DatasetId = keyof typeof DATASETS;

export function load(id: DatasetId): Labelled[] {
  return DATASETS[id].flatMap((path) => {
    if (!existsSync(path))
      throw new Error(`${path} is missing: the evaluation needs it (../shared must sit beside the project).`);
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Labelled);
  });
}

export function predict(items: readonly Labelled[]): Prediction[] {
  return items.map((item) => {
    const critique = analyze(item.text, { platform: item.platform, kind: item.kind });
    return { item, genre: critique.genre, lang: critique.lang };
  });
}

/** Predictions and figures for every set, overall and by language (`corpus`, `corpus.fr`…). */
export function evaluate(): { predictions: Record<DatasetId, Prediction[]>; results: Record<string, Figures> } {
  const predictions = {} as Record<DatasetId, Prediction[]>;
  const results: Record<string, Figures> = {};
  for (const id of Object.keys(DATASETS) as DatasetId[]) {
    const list = predict(load(id));
    predictions[id] = list;
    results[id] = figures(list);
    for (const lang of ['fr', 'en'] as const)
      results[`${id}.${lang}`] = figures(list.filter((p) => p.item.lang === lang));
  }
  return { predictions, results };
}
