/**
 * Turning a series' observations into dated points and the change between consecutive periods.
 * Missing values stay missing: a step into or out of a gap has no change, and nothing is
 * interpolated.
 */
import type { Comparator, IsoDate } from './pledge.ts';
import type { Observation } from './series.ts';
import { isIsoDate, parsePeriod, type Period } from './period.ts';
import { BLOCKING_FLAGS } from './reasons.ts';
import { figuresThatCount, periodStartOf } from './figure-for-period.ts';

export type Direction = 'toward' | 'away' | 'flat' | 'unknown';

export interface Point {
  obs: Observation;
  start: IsoDate;
  period: Period;
  /** The observation's value when it is a finite number; null otherwise (a gap). */
  value: number | null;
}

export interface TrendStep {
  fromPeriod: string;
  toPeriod: string;
  fromStart: IsoDate;
  toStart: IsoDate;
  /** to − from; null when either end is missing or the difference overflows. */
  change: number | null;
  /** change / |from|; null when from is 0 or a value is missing. */
  relativeChange: number | null;
  /** False when the later figure is marked as a break in the series. */
  comparable: boolean;
}

export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function hasBlockingFlag(obs: Observation): boolean {
  return (obs.flags ?? []).some((flag) => BLOCKING_FLAGS.has(flag));
}

/** A figure good enough to carry a confident verdict. */
export function isClean(point: Point): boolean {
  return point.value !== null && point.obs.quality === 'primary' && !hasBlockingFlag(point.obs);
}

/**
 * Dated points, one per periodStart, oldest first. When a period has several observations (a
 * primary figure and a newspaper's), figureForPeriod chooses the one that counts. Undated
 * figures are returned apart.
 */
export function toPoints(observations: readonly Observation[]): {
  points: Point[];
  undated: Observation[];
} {
  const all = observations ?? [];
  const undated = all.filter((obs) => !isIsoDate(obs.periodStart));
  const counting = figuresThatCount(all, periodStartOf);
  const points: Point[] = [...counting.values()].map((obs) => ({
    obs,
    start: obs.periodStart as IsoDate,
    period: parsePeriod(obs.periodLabel, obs.periodStart),
    value: finiteOrNull(obs.value),
  }));
  points.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { points, undated };
}

export function trendSteps(points: readonly Point[]): TrendStep[] {
  const steps: TrendStep[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    if (!from || !to) continue;
    const change =
      from.value !== null && to.value !== null ? finiteOrNull(to.value - from.value) : null;
    const relativeChange =
      change !== null && from.value !== null && from.value !== 0
        ? finiteOrNull(change / Math.abs(from.value))
        : null;
    steps.push({
      fromPeriod: from.obs.periodLabel,
      toPeriod: to.obs.periodLabel,
      fromStart: from.start,
      toStart: to.start,
      change,
      relativeChange,
      comparable: !(to.obs.flags ?? []).includes('break_in_series'),
    });
  }
  return steps;
}

export function satisfies(value: number, comparator: Comparator, target: number): boolean {
  return comparator === 'at_most' ? value <= target : value >= target;
}

/** Whether going from `from` to `to` moves toward a target with this comparator. */
export function directionOf(from: number, to: number, comparator: Comparator): Direction {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return 'unknown';
  if (to === from) return 'flat';
  const falling = to < from;
  return falling === (comparator === 'at_most') ? 'toward' : 'away';
}
