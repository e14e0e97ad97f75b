// The evaluation as a test: a figure below its record fails, and so does a
// figure below the targets set for the real posts. Records only move up, with
// `npm run eval -- --record`.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, load } from './data';
import { BASELINE_PATH, baselineFigures, lowerIsBetter, type Baseline } from './baseline';

const { results } = evaluate();
const current = baselineFigures(results);
const recorded = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;

describe('evaluation', () => {
  test('every recorded figure is present', () => {
    expect(Object.keys(recorded).length).toBeGreaterThan(0);
    for (const name of Object.keys(recorded)) expect(current, name).toHaveProperty([name]);
  });

  test.each(Object.entries(recorded))('%s does not fall below its record (%f)', (name, record) => {
    // Figures are recorded to four decimals.
    const value = Math.round(current[name]! * 10000) / 10000;
    if (lowerIsBetter(name)) expect(value).toBeLessThanOrEqual(record);
    else expect(value).toBeGreaterThanOrEqual(record);
  });

  test('meets the targets on the real posts', () => {
    const real = results.real!;
    expect(real.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(real.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(real.sake.falseAlarms).toBeLessThanOrEqual(0.1);
    // French versus English on real, short, noisy posts.
    expect(real.language).toBeGreaterThanOrEqual(0.95);
  });

  test('the labelled corpus has at least 300 posts, half French, every genre 40 times', () => {
    const items = load('corpus');
    expect(items.length).toBeGreaterThanOrEqual(300);
    const fr = items.filter((i) => i.lang === 'fr').length;
    expect(Math.abs(fr / items.length - 0.5)).toBeLessThan(0.1);
    for (const g of Object.values(results.corpus!.perGenre)) expect(g.support).toBeGreaterThanOrEqual(40);
  });
});
