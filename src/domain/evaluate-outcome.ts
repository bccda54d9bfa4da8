/**
 * Holds a pledge's measure up against its series. Pure and total: it never throws, and returns the
 * same evaluation for the same input.
 *
 * Rules (honest before clever):
 * - No measure → cannot_assess(series_elsewhere when the catalogue names a series that is not in
 *   our data, else no_measure). A series with no figures at all → cannot_assess(not_in_extract);
 *   no finite value → cannot_assess(no_data). A series for another metric or kommune than the
 *   measure → cannot_assess(series_mismatch).
 * - An indirect measure (context) or a direct one without a target → trend_only, with the latest
 *   figure as reference and the trend, never met / not_met, whatever the figures.
 * - A discontinued metric (the publisher stopped it) whose last period ends before the deadline
 *   (or a measure with no deadline) adds reason discontinued; periods after the last one are
 *   never awaited (no awaiting_data for them), since they will not come.
 * - A null or non-finite value is a gap. Gaps are never filled or interpolated, and missing data
 *   never yields met or not_met. Undated figures are left out (reason `undated`).
 * - Several figures for one period: the one figureForPeriod picks (a value, then primary, then
 *   unflagged, then the latest retrieval), as the chart, the comparison and the CSV do.
 * - A figure is *clean* when it has a value, is primary and carries none of the flags approx,
 *   lower_bound, provisional, unvalidated, known_gap, partial_coverage, sub_area, undated.
 *   Only clean figures can carry a confident met/not_met. When the deciding figures are not
 *   clean, the status is cannot_assess with the reasons, and `indicative` says what the figures
 *   would show at face value. break_in_series only stops a direction across the break; footnote
 *   changes nothing.
 * - The deadline has passed when today > deadline (the deadline day itself still counts).
 * - target_by_deadline (and every kind other than threshold), deadline passed: the last figure
 *   whose periodStart ≤ deadline decides. When the series has a regular frequency (year, half,
 *   quarter, month) and that figure is for an earlier period than the one the deadline falls in,
 *   the deciding figure is not out yet: cannot_assess(awaiting_data).
 * - threshold: the figures for periods starting in [pledge.date, deadline] must all satisfy the
 *   comparator. A clean figure that fails is not_met at once, even before the deadline, since
 *   nothing later can undo it. After the deadline, met needs every such period present (for a
 *   regular frequency), clean and satisfying; otherwise cannot_assess (gap / awaiting_data /
 *   quality reasons).
 * - Deadline not passed (and no threshold breach): the direction comes from the last two dated
 *   values with periodStart ≤ deadline, relative to the comparator (falling is toward an at_most
 *   target). toward → toward_target, away → away_from_target, flat → not_yet_due(flat); fewer
 *   than two values → not_yet_due(unknown, too_sparse). The direction is reported even when the
 *   latest figure already satisfies the target; `distance.satisfied` says whether it does.
 * - Figures with periodStart after the deadline never affect a past deadline's verdict; they
 *   still show in `latest` and `trend`.
 */
import {
  hasTarget,
  type Comparator,
  type IsoDate,
  type Pledge,
  type PledgeMeasure,
} from './pledge.ts';
import type { TargetedMeasure } from './pledge.ts';
import type { Metric, Series } from './series.ts';
import {
  alignedStart,
  expectedStarts,
  isIsoDate,
  isRegular,
  labelFor,
  parsePeriod,
} from './period.ts';
import { reason, type Reason } from './reasons.ts';
import {
  directionOf,
  finiteOrNull,
  isClean,
  satisfies,
  toPoints,
  trendSteps,
  type Point,
} from './trend.ts';
import {
  OUTCOME_STATUSES,
  type Distance,
  type OutcomeEvaluation,
  type OutcomeStatus,
} from './outcome.ts';
import { qualityReasons, trailingGaps } from './quality.ts';

export { OUTCOME_STATUSES };
export type { Distance, OutcomeEvaluation, OutcomeStatus };
export type { Direction, Reason, ReasonCode, TrendStep } from './outcome.ts';

interface Context {
  measure: TargetedMeasure;
  /** Dated points with periodStart ≤ deadline. */
  points: Point[];
  /** Reasons to report whatever the status (undated figures left out). */
  notes: Reason[];
  result: OutcomeEvaluation;
}

const COMPARATORS: readonly Comparator[] = ['at_most', 'at_least'];
const QUALITY_CODES = new Set(['only_secondary', 'provisional', 'flagged', 'gap', 'too_sparse']);

function finish(
  result: OutcomeEvaluation,
  status: OutcomeStatus,
  reasons: Reason[],
): OutcomeEvaluation {
  result.status = status;
  result.reasons = reasons;
  const shaky = status === 'cannot_assess' || reasons.some((r) => QUALITY_CODES.has(r.code));
  result.confidence = shaky ? 'low' : 'normal';
  return result;
}

function distanceFrom(point: Point, measure: TargetedMeasure): Distance | null {
  if (point.value === null) return null;
  const { target, comparator } = measure;
  const absolute = finiteOrNull(point.value - target);
  return {
    period: point.obs.periodLabel,
    value: point.value,
    target,
    absolute,
    relative: absolute !== null && target !== 0 ? finiteOrNull(absolute / Math.abs(target)) : null,
    satisfied: satisfies(point.value, comparator, target),
  };
}

function setReference(ctx: Context, point: Point | undefined): void {
  ctx.result.reference = point?.obs ?? null;
  ctx.result.distance = point ? distanceFrom(point, ctx.measure) : null;
}

function judgeTargetAfterDeadline(ctx: Context): OutcomeEvaluation {
  const { measure, points, notes, result } = ctx;
  const decisive = points.at(-1);
  if (!decisive) return finish(result, 'cannot_assess', [reason('none_before_deadline'), ...notes]);
  result.decisive = [decisive.obs];
  if (decisive.value === null) {
    setReference(
      ctx,
      points.findLast((p) => p.value !== null),
    );
    const gap = reason('gap', { periods: [decisive.obs.periodLabel] });
    return finish(result, 'cannot_assess', [gap, ...notes]);
  }
  setReference(ctx, decisive);
  const met = satisfies(decisive.value, measure.comparator, measure.target);
  const reasons = qualityReasons([decisive]);
  const freq = decisive.period.freq;
  const deadlineStart = isRegular(freq) ? alignedStart(freq, measure.deadline) : null;
  if (deadlineStart !== null && decisive.start < deadlineStart) {
    reasons.unshift(reason('awaiting_data', { periods: [labelFor(freq, deadlineStart)] }));
  }
  if (reasons.length > 0) {
    result.indicative = met ? 'met' : 'not_met';
    return finish(result, 'cannot_assess', [...reasons, ...notes]);
  }
  return finish(result, met ? 'met' : 'not_met', notes);
}

/** Periods of a regular frequency missing from `inPeriod`, split into interior and trailing. */
function missingPeriods(
  inPeriod: readonly Point[],
  from: IsoDate,
  to: IsoDate,
): { interior: string[]; trailing: string[] } | null {
  const freq = inPeriod[0]?.period.freq;
  if (freq === undefined || !isRegular(freq) || inPeriod.some((p) => p.period.freq !== freq)) {
    return null;
  }
  const expected = expectedStarts(freq, from, to);
  if (expected === null) return null;
  const present = new Set(inPeriod.map((p) => p.start));
  const last = inPeriod.at(-1)?.start ?? '';
  const missing = expected.filter((s) => !present.has(s));
  return {
    interior: missing.filter((s) => s < last).map((s) => labelFor(freq, s)),
    trailing: missing.filter((s) => s > last).map((s) => labelFor(freq, s)),
  };
}

function judgeThreshold(ctx: Context, from: IsoDate): OutcomeEvaluation | null {
  const { measure, notes, result } = ctx;
  const inPeriod = ctx.points.filter((p) => p.start >= from);
  const fails = (p: Point): boolean =>
    p.value !== null && !satisfies(p.value, measure.comparator, measure.target);
  const breaches = inPeriod.filter((p) => isClean(p) && fails(p));
  if (breaches.length > 0) {
    result.decisive = breaches.map((p) => p.obs);
    setReference(
      ctx,
      inPeriod.findLast((p) => p.value !== null),
    );
    return finish(result, 'not_met', notes);
  }
  if (!result.deadlinePassed) return null;
  if (inPeriod.length === 0)
    return finish(result, 'cannot_assess', [reason('none_in_period'), ...notes]);
  result.decisive = inPeriod.map((p) => p.obs);
  setReference(
    ctx,
    inPeriod.findLast((p) => p.value !== null),
  );
  const reasons: Reason[] = [];
  const nulls = inPeriod.filter((p) => p.value === null).map((p) => p.obs.periodLabel);
  const missing = missingPeriods(inPeriod, from, measure.deadline);
  const gaps = [...nulls, ...(missing?.interior ?? [])];
  if (gaps.length > 0) reasons.push(reason('gap', { periods: gaps }));
  if (missing && missing.trailing.length > 0) {
    reasons.push(reason('awaiting_data', { periods: missing.trailing }));
  }
  reasons.push(...qualityReasons(inPeriod));
  if (reasons.length > 0) {
    const anyValue = inPeriod.some((p) => p.value !== null);
    result.indicative = inPeriod.some(fails) ? 'not_met' : anyValue ? 'met' : null;
    return finish(result, 'cannot_assess', [...reasons, ...notes]);
  }
  return finish(result, 'met', notes);
}

function judgeDirection(ctx: Context): OutcomeEvaluation {
  const { measure, points, notes, result } = ctx;
  const usable = points.filter((p) => p.value !== null);
  const [previous, last] = usable.slice(-2);
  const latest = last ?? previous;
  if (!latest) return finish(result, 'cannot_assess', [reason('none_before_deadline'), ...notes]);
  setReference(ctx, latest);
  const gaps = trailingGaps(points);
  if (!previous || !last) {
    const reasons = [reason('too_sparse'), ...gaps, ...qualityReasons([latest]), ...notes];
    return finish(result, 'not_yet_due', reasons);
  }
  result.decisive = [previous.obs, last.obs];
  if ((last.obs.flags ?? []).includes('break_in_series')) {
    const brk = reason('flagged', { periods: [last.obs.periodLabel], flags: ['break_in_series'] });
    return finish(result, 'not_yet_due', [
      brk,
      ...gaps,
      ...qualityReasons([previous, last]),
      ...notes,
    ]);
  }
  const direction = directionOf(previous.value ?? NaN, last.value ?? NaN, measure.comparator);
  result.direction = direction;
  const status: OutcomeStatus =
    direction === 'toward'
      ? 'toward_target'
      : direction === 'away'
        ? 'away_from_target'
        : 'not_yet_due';
  return finish(result, status, [...gaps, ...qualityReasons([previous, last]), ...notes]);
}

/** The discontinued reason when the series stopped before the measure's deadline, with its end. */
function stoppedBefore(
  metric: Metric | undefined,
  measure: PledgeMeasure,
): { reason: Reason; end: IsoDate } | null {
  const stop = metric?.discontinued;
  if (!stop) return null;
  const end = parsePeriod(stop.lastPeriod).end;
  if (end === null) return null;
  if (isIsoDate(measure.deadline) && measure.deadline <= end) return null;
  return { reason: reason('discontinued', { periods: [stop.lastPeriod] }), end };
}

/**
 * Periods after the series stopped will never be published: awaiting them would promise figures
 * that are not coming, so the discontinued reason takes their place.
 */
function withStop(
  result: OutcomeEvaluation,
  stop: { reason: Reason; end: IsoDate } | null,
): OutcomeEvaluation {
  if (!stop) return result;
  const reasons: Reason[] = [stop.reason];
  for (const r of result.reasons) {
    if (r.code !== 'awaiting_data') {
      reasons.push(r);
      continue;
    }
    const still = (r.periods ?? []).filter((label) => {
      const start = parsePeriod(label).start;
      return start === null || start <= stop.end;
    });
    if (still.length > 0) reasons.push(reason('awaiting_data', { periods: still }));
  }
  return finish(result, result.status, reasons);
}

/** Context, or a direction with no number: the latest figure and the trend, no verdict. */
function judgeTrendOnly(
  result: OutcomeEvaluation,
  measure: PledgeMeasure,
  points: Point[],
  notes: Reason[],
): OutcomeEvaluation {
  const latest = points.findLast((p) => p.value !== null);
  result.reference = latest?.obs ?? null;
  const why = reason(measure.relation === 'indirect' ? 'indirect' : 'no_target');
  return finish(result, 'trend_only', [
    why,
    ...trailingGaps(points),
    ...(latest ? qualityReasons([latest]) : []),
    ...notes,
  ]);
}

export function evaluateOutcome(
  pledge: Pledge,
  series: Series | null,
  today: IsoDate,
): OutcomeEvaluation {
  const measure = pledge?.measure;
  const result: OutcomeEvaluation = {
    status: 'cannot_assess',
    direction: 'unknown',
    confidence: 'low',
    indicative: null,
    reasons: [],
    deadline: null,
    deadlinePassed: false,
    latest: null,
    reference: null,
    decisive: [],
    distance: null,
    trend: [],
  };
  if (!measure) {
    const elsewhere = pledge?.unmeasured?.status === 'series_not_in_extract';
    return finish(result, 'cannot_assess', [reason(elsewhere ? 'series_elsewhere' : 'no_measure')]);
  }
  const targeted = hasTarget(measure);
  const partTarget = measure.comparator !== undefined || measure.target !== undefined;
  if (
    (measure.relation !== 'direct' && measure.relation !== 'indirect') ||
    (targeted &&
      (!isIsoDate(measure.deadline) ||
        !Number.isFinite(measure.target) ||
        !COMPARATORS.includes(measure.comparator))) ||
    (!targeted && measure.relation === 'direct' && partTarget)
  ) {
    return finish(result, 'cannot_assess', [reason('bad_measure')]);
  }
  if (isIsoDate(measure.deadline)) {
    result.deadline = measure.deadline;
    result.deadlinePassed = isIsoDate(today) && today > measure.deadline;
  }
  if (!series) return finish(result, 'cannot_assess', [reason('no_data')]);
  if (series.metric?.id !== measure.metric || series.kode !== measure.kode) {
    return finish(result, 'cannot_assess', [reason('series_mismatch')]);
  }
  const stop = stoppedBefore(series.metric, measure);
  const observations = series.observations ?? [];
  if (observations.length === 0) {
    return withStop(finish(result, 'cannot_assess', [reason('not_in_extract')]), stop);
  }

  const { points, undated } = toPoints(observations);
  result.trend = trendSteps(points);
  const usable = points.filter((p) => p.value !== null);
  result.latest = usable.at(-1)?.obs ?? null;
  const undatedValues = undated.filter((o) => finiteOrNull(o.value) !== null);
  const notes = undatedValues.length > 0 ? [reason('undated')] : [];
  if (usable.length === 0) {
    const none = finish(result, 'cannot_assess', notes.length > 0 ? notes : [reason('no_data')]);
    return withStop(none, stop);
  }
  if (!targeted) return withStop(judgeTrendOnly(result, measure, points, notes), stop);

  const ctx: Context = {
    measure,
    points: points.filter((p) => p.start <= measure.deadline),
    notes,
    result,
  };
  if (pledge.kind === 'threshold') {
    const from = isIsoDate(pledge.date) ? pledge.date : '0000-01-01';
    const verdict = judgeThreshold(ctx, from);
    if (verdict) return withStop(verdict, stop);
  }
  if (result.deadlinePassed) return withStop(judgeTargetAfterDeadline(ctx), stop);
  return withStop(judgeDirection(ctx), stop);
}
