/**
 * The latest periods of a series for paper, each with the figure that counts for it
 * (figureForPeriod, as the chart and the verdict use), so that a printed page never shows another
 * figure than the one judged. A period published as missing stays in, as a gap.
 */
import { figuresThatCount, periodStartOf } from '../../domain/figure-for-period.ts';
import type { Observation, Series } from '../../domain/series.ts';

export interface LatestFigures {
  /** Oldest first. */
  figures: Observation[];
  /** How many periods the series has in all. */
  total: number;
}

export function latestFigures(series: Series | null, count: number): LatestFigures {
  const counting = [...figuresThatCount(series?.observations ?? [], periodStartOf).values()];
  counting.sort((a, b) =>
    (a.periodStart ?? '') < (b.periodStart ?? '')
      ? -1
      : (a.periodStart ?? '') > (b.periodStart ?? '')
        ? 1
        : 0,
  );
  return { figures: counting.slice(-Math.max(0, Math.floor(count))), total: counting.length };
}
