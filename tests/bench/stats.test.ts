// The benchmark's arithmetic. No timing here: performance targets are checked
// by `npm run bench`, never by timed unit tests, which would flake on a busy machine.
import { describe, expect, it } from 'vitest';
import { median, percentile, round, summarize } from './stats';

describe('percentile', () => {
  it('interpolates linearly between the nearest ranks', () => {
    const values = [1, 2, 3, 4];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(4);
    expect(percentile(values, 50)).toBe(2.5);
    expect(percentile(values, 25)).toBeCloseTo(1.75);
  });

  it('matches the type-7 definition on 1..20', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    // rank = 0.95 × 19 = 18.05 → 19 + 0.05 × (20 − 19)
    expect(percentile(values, 95)).toBeCloseTo(19.05);
    expect(percentile(values, 50)).toBeCloseTo(10.5);
  });

  it('ignores input order and leaves the input untouched', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('returns the only value of a single-element list', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
  });

  it('returns NaN for an empty list and rejects a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median, summarize and round', () => {
  it('summarizes a sample', () => {
    expect(median([3, 1, 2])).toBe(2);
    const summary = summarize([4, 1, 3, 2]);
    expect(summary).toMatchObject({ n: 4, min: 1, p50: 2.5, max: 4, mean: 2.5 });
    expect(summary.p95).toBeCloseTo(3.85);
  });

  it('gives NaN figures for an empty sample', () => {
    const empty = summarize([]);
    expect(empty.n).toBe(0);
    expect(empty.p50).toBeNaN();
    expect(empty.mean).toBeNaN();
  });

  it('rounds for display', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(Number.NaN)).toBeNaN();
  });
});
