// Summary statistics for the benchmark. Pure functions, no timing, so that the
// arithmetic is unit-tested and the benchmark only measures.

/**
 * The `p`-th percentile (0–100) of `values`, by linear interpolation between
 * the two nearest ranks (the definition of NumPy's default and of R's type 7):
 * p0 is the minimum, p100 the maximum, p50 the usual median. The input is not
 * modified. NaN for an empty list, since no figure is better than a made-up one.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  return {
    n,
    min: n ? Math.min(...values) : Number.NaN,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: n ? Math.max(...values) : Number.NaN,
    mean: n ? values.reduce((sum, v) => sum + v, 0) / n : Number.NaN,
  };
}

/** Rounds for display and JSON: enough digits to compare runs, not the timer's noise. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
