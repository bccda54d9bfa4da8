/**
 * From a pledge and its measured series to the pledge chart's input: the one place that decides
 * which figures are drawn and how. One point per period, the figure that counts for it
 * (figureForPeriod, the same rule as the verdict's); undated figures cannot be placed; secondary
 * and flagged ones are styled apart. Used by the pledge page, the print summary, static pages and
 * embeds.
 */
import { pledgeTerm } from '../domain/council-term.ts';
import { hasTarget, type Pledge } from '../domain/pledge.ts';
import { figuresThatCount, periodStartOf } from '../domain/figure-for-period.ts';
import type { Series } from '../domain/series.ts';
import type { ChartInput } from './pledge-chart-layout.ts';

export function pledgeChartInput(
  pledge: Pledge,
  series: Series,
  size: { width: number; height: number },
  /** The end of the term the pledge runs for; pledge-view passes pledgeTerm with its document. */
  termEnd: string = pledgeTerm(pledge.date, undefined).end,
): ChartInput {
  return {
    points: [...figuresThatCount(series.observations, periodStartOf).values()].map((o) => ({
      date: o.periodStart as string,
      label: o.periodLabel,
      value: o.value,
      secondary: o.quality === 'secondary',
      flagged: o.flags.length > 0,
    })),
    // An indirect measure, or one without a number, draws no target line.
    target: hasTarget(pledge.measure)
      ? { value: pledge.measure.target, comparator: pledge.measure.comparator }
      : null,
    pledgeDate: pledge.date,
    deadline: pledge.measure?.deadline ?? null,
    termEnd,
    annotations: pledge.measure?.annotations ?? [],
    ...size,
  };
}
