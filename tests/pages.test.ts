// The press-release detector and the copy measure on saved pages (FR, Québec,
// EN): press releases of every shape, and the pages most like them that are
// not (journalists' articles, newsroom lists, media kits, a blog post about
// writing releases). See tests/fixtures/pages/index.json for what each page is.
import { describe, expect, it } from 'vitest';
import { evaluateDetector, evaluateDrafts, loadLabels, PAGE_SETS } from './eval/pages';

const tuned = evaluateDetector(PAGE_SETS.tuned);

describe('the press-release detector on saved pages', () => {
  it.each(loadLabels(PAGE_SETS.tuned).map((l) => [l.file, l.pressRelease] as const))(
    '%s → release: %s',
    (file, expected) => {
      expect(tuned.pages.get(file)!.pressRelease.pressRelease).toBe(expected);
    },
  );

  it('every kind of page is covered, in both languages', () => {
    const labels = loadLabels(PAGE_SETS.tuned);
    expect(new Set(labels.map((l) => l.lang))).toEqual(new Set(['fr', 'en']));
    expect(labels.filter((l) => l.pressRelease).length).toBeGreaterThanOrEqual(12);
    expect(new Set(labels.map((l) => l.kind)).size).toBeGreaterThanOrEqual(12);
  });

  it('on pages never read while tuning, keeps at least 75 % precision and recall', () => {
    const held = evaluateDetector(PAGE_SETS.heldOut);
    expect(held.n).toBeGreaterThanOrEqual(25);
    expect(held.precision).toBeGreaterThanOrEqual(0.75);
    expect(held.recall).toBeGreaterThanOrEqual(0.75);
  });
});

describe('drafts that copy the page they link to', () => {
  it('are flagged as a press-release dump exactly when they copy a release with no angle', () => {
    const figures = evaluateDrafts(PAGE_SETS.tuned, tuned.pages);
    expect(figures.n).toBeGreaterThanOrEqual(20);
    expect(figures.dumpAgreement).toBe(1);
    expect(figures.copyAgreement).toBeGreaterThanOrEqual(0.9);
  });

  it('on held-out drafts and pages, agree with the labels at least 85 % of the time', () => {
    const held = evaluateDetector(PAGE_SETS.heldOut);
    const figures = evaluateDrafts(PAGE_SETS.heldOut, held.pages);
    expect(figures.n).toBeGreaterThanOrEqual(25);
    expect(figures.dumpAgreement).toBeGreaterThanOrEqual(0.85);
    expect(figures.copyAgreement).toBeGreaterThanOrEqual(0.85);
  });
});
