/**
 * Which figure counts for a period. One period can have several figures: the producer's and a
 * newspaper's, a provisional one and the final one. The verdict, the chart, the comparison and
 * the CSV download all ask this module, so a reader never sees one figure drawn and another
 * judged (issue 13).
 *
 * Rules, in order; the first that tells two figures apart decides:
 * 1. A figure with a finite value beats a gap (a cell published as missing, '..').
 * 2. A primary figure (published by the producer or the authority) beats a secondary one.
 * 3. A figure without a blocking flag (approx, lower_bound, provisional, unvalidated, known_gap,
 *    partial_coverage, sub_area, undated; see BLOCKING_FLAGS) beats a flagged one. footnote and
 *    break_in_series do not block: they say something about the figure, not against it.
 * 4. The later retrieval beats the earlier one.
 * 5. Only so the choice never depends on input order: the smaller source URL, then the smaller
 *    value, then the flags as text.
 * The other figures are not thrown away: the data table and the CSV list every figure, and the
 * CSV marks the one that counts.
 */
import { isIsoDate } from './period.ts';
import { BLOCKING_FLAGS } from './reasons.ts';
import type { QualityFlag, SourceQuality } from './series.ts';

/** What the rule looks at; an Observation is one. */
export interface PeriodFigure {
  value: number | null;
  quality: SourceQuality;
  flags: readonly QualityFlag[];
  source: { retrieved: string; url: string };
}

/** The figure that counts among those reported for one period; undefined when there are none. */
export function figureForPeriod<T extends PeriodFigure>(figures: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const figure of figures) {
    if (best === undefined || compareFigures(figure, best) < 0) best = figure;
  }
  return best;
}

/** Negative when `a` counts before `b`. */
function compareFigures(a: PeriodFigure, b: PeriodFigure): number {
  return (
    Number(hasValue(b)) - Number(hasValue(a)) ||
    Number(b.quality === 'primary') - Number(a.quality === 'primary') ||
    Number(isBlocked(a)) - Number(isBlocked(b)) ||
    compareText(b.source?.retrieved ?? '', a.source?.retrieved ?? '') ||
    compareText(a.source?.url ?? '', b.source?.url ?? '') ||
    compareValues(a.value, b.value) ||
    compareText(flagText(a), flagText(b))
  );
}

function hasValue(figure: PeriodFigure): boolean {
  return typeof figure.value === 'number' && Number.isFinite(figure.value);
}

function isBlocked(figure: PeriodFigure): boolean {
  return (figure.flags ?? []).some((flag) => BLOCKING_FLAGS.has(flag));
}

function flagText(figure: PeriodFigure): string {
  return [...(figure.flags ?? [])].sort().join(';');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareValues(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The figure that counts for each period, keyed by `periodOf` (a series groups by period start,
 * the comparison by kommune and period label). Figures without a period (null) never count.
 * Map order is the order in which each period first appears in the input.
 */
export function figuresThatCount<T extends PeriodFigure>(
  figures: readonly T[],
  periodOf: (figure: T) => string | null,
): Map<string, T> {
  const byPeriod = new Map<string, T[]>();
  for (const figure of figures) {
    const key = periodOf(figure);
    if (key === null) continue;
    const same = byPeriod.get(key);
    if (same) same.push(figure);
    else byPeriod.set(key, [figure]);
  }
  const counting = new Map<string, T>();
  for (const [key, same] of byPeriod) {
    const figure = figureForPeriod(same);
    if (figure !== undefined) counting.set(key, figure);
  }
  return counting;
}

/**
 * The period of a figure within one series: its start date. A figure without a real start date
 * cannot be placed in time, so it never counts (the verdict lists it as undated).
 */
export function periodStartOf(figure: { periodStart: string | null }): string | null {
  return isIsoDate(figure.periodStart) ? figure.periodStart : null;
}
