/**
 * Summary statistics for benchmark runs. Percentiles use the nearest-rank method (the smallest
 * value with at least p % of the runs at or below it), so a p95 of 10 runs is the slowest run
 * rather than a value interpolated between two runs that never happened.
 */

/** The nearest-rank percentile p (0–100] of the values; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}

/** The median; the mean of the two middle values for an even count. NaN for no values. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median, p95, min and max of the runs that produced a number; `runs` counts those. */
export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    runs: finite.length,
    median: median(finite),
    p95: percentile(finite, 95),
    min: finite.length > 0 ? Math.min(...finite) : NaN,
    max: finite.length > 0 ? Math.max(...finite) : NaN,
  };
}

/** naive / ours, or NaN when either is missing or ours is zero. */
export function ratio(naive: number, ours: number): number {
  if (!Number.isFinite(naive) || !Number.isFinite(ours) || ours === 0) return NaN;
  return naive / ours;
}
