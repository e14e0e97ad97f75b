// The evaluation as a test. It trains once, as `npm run train` does: the
// weights must be the committed ones, and no figure of the grouped
// cross-validation or of the held-out real set may fall below its record,
// measured on the same corpus. Records only move up, with `npm run eval --
// --record`; a changed corpus must be recorded (the commit shows its figures).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { GENRES } from '../../analyzers';
import { readRealCorpus } from '../../training/corpus';
import { serialise } from '../../training/model';
import { MODEL_PATH } from '../../training/paths';
import { evaluate, type Evaluation } from './data';
import { BASELINE_PATH, baselineFigures, corpusStamp, lowerIsBetter, type BaselineFile } from './baseline';
import { CV_RECORD_PATH, cvInputs, cvRecord, type CvRecord } from './cv-record';

let evaluation: Evaluation;
const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as BaselineFile;
const recorded = baseline.figures;

beforeAll(async () => {
  evaluation = await evaluate();
}, 900_000);

describe('the learned judgement', () => {
  test('npm run train reproduces the committed weights', () => {
    expect(serialise(evaluation.training!.model) === readFileSync(MODEL_PATH, 'utf8')).toBe(true);
  });

  test('tests/eval/cv.json holds what cross-validation gives on the current inputs (else: npm run eval)', () => {
    const committed = JSON.parse(readFileSync(CV_RECORD_PATH, 'utf8')) as CvRecord;
    expect(committed.inputs).toBe(cvInputs());
    // Through JSON, as the file stores it.
    expect(committed).toEqual(JSON.parse(JSON.stringify(cvRecord(evaluation.results))));
  });

  test('the records were measured on this corpus (else: npm run eval -- --record)', () => {
    const { train, holdout } = readRealCorpus();
    expect(corpusStamp(train, holdout)).toEqual(baseline.corpus);
  });

  test('every recorded figure is present', () => {
    const current = baselineFigures(evaluation.results);
    expect(Object.keys(recorded).length).toBeGreaterThan(0);
    for (const name of Object.keys(recorded)) expect(current, name).toHaveProperty([name]);
  });

  test.each(Object.entries(recorded))('%s does not fall below its record (%f)', (name, record) => {
    // Figures are recorded to four decimals.
    const value = Math.round(baselineFigures(evaluation.results)[name]! * 10000) / 10000;
    if (lowerIsBetter(name)) expect(value).toBeLessThanOrEqual(record);
    else expect(value).toBeGreaterThanOrEqual(record);
  });

  test('publishing is stopped for at most 10 % of purposeful posts, on both sets', () => {
    for (const set of ['cv', 'holdout', 'cv.fr', 'cv.en', 'holdout.fr', 'holdout.en'])
      expect(evaluation.results[set]!.stops.share, set).toBeLessThanOrEqual(0.1);
  });
});

describe('the real corpus', () => {
  const { train, holdout } = readRealCorpus();

  test('holds 2,000+ real posts: 800+ per language, 100+ per genre and language, 200+ over 300 characters', () => {
    expect(train.length).toBeGreaterThanOrEqual(2000);
    for (const lang of ['fr', 'en'] as const) {
      const posts = train.filter((p) => p.lang === lang);
      expect(posts.length, lang).toBeGreaterThanOrEqual(800);
      for (const genre of GENRES)
        expect(posts.filter((p) => p.label === genre).length, `${lang} ${genre}`).toBeGreaterThanOrEqual(100);
    }
    expect([...train, ...holdout].filter((p) => p.text.length > 300).length).toBeGreaterThanOrEqual(200);
  });

  test('comes from 40+ sources, none with more than 10 % of the posts', () => {
    const sizes = new Map<string, number>();
    for (const p of train) sizes.set(p.group, (sizes.get(p.group) ?? 0) + 1);
    expect(sizes.size).toBeGreaterThanOrEqual(40);
    for (const [group, n] of sizes) expect(n / train.length, group).toBeLessThanOrEqual(0.1);
  });

  test('keeps 300+ held-out posts from sources that give no training post', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(300);
    const groups = new Set(train.map((p) => p.group));
    expect(holdout.filter((p) => groups.has(p.group))).toEqual([]);
  });

  test('every line names its source', () => {
    for (const p of [...train, ...holdout]) expect(p.source.length, p.at).toBeGreaterThan(10);
  });
});
