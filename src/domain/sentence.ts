/**
 * Plain-language sentences built from the numbers of an evaluation, in Danish or English.
 *
 * Wording is generic by the metric's unit:
 * - persons: "I 2024 var der 556 personer i hjemløshed i Aarhus" / "In 2024, there were 556 people
 *   experiencing homelessness in Aarhus". This reads well when the metric title names who is
 *   counted ("Personer i hjemløshed", "People experiencing homelessness"); a leading "Antal" /
 *   "Number of" is dropped.
 * - percent: "I 2024 var <titel> i Aarhus 12,5 pct." / "In 2024, <title> in Aarhus was 12.5%".
 * - anything else: "I 2024 var <titel> i Aarhus 14 dage" / "In 2024, <title> in Aarhus was 14 days".
 * A figure that is approximate or a lower bound says so ("ca.", "mere end"), a secondary figure
 * names its kind of source, and a cannot_assess verdict says why. The words are the dictionary's
 * (src/text, `sentence`); this module decides which to use and fills in the numbers.
 */
import { hasTarget, type Pledge, type TargetedMeasure } from './pledge.ts';
import type { Observation, Series } from './series.ts';
import type { OutcomeEvaluation } from './outcome.ts';
import { amount, lowerFirst, qualifiedAmount, titleOf, unitKind } from './units.ts';
import {
  formatDate,
  formatPercent,
  formatPercentPoints,
  formatPeriod,
  formatPeriodInText,
  type Lang,
} from './format.ts';
import { parseIsoDate } from './period.ts';
import { BLOCKING_FLAGS, flagText } from './reasons.ts';
import { finiteOrNull } from './trend.ts';
import { t } from '../text/t.ts';

export { OUTCOME_LABELS, outcomeStatusLabel } from './outcome.ts';

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The figure the pledge started from: the stated baseline, else the last one by pledge.date. */
function startingPoint(
  pledge: Pledge,
  series: Series | null,
  reference: Observation,
): { label: string; value: number } | null {
  const baseline = pledge.measure?.baseline;
  if (
    baseline &&
    finiteOrNull(baseline.value) !== null &&
    baseline.period !== reference.periodLabel
  ) {
    return { label: baseline.period, value: baseline.value };
  }
  const before = (series?.observations ?? []).filter(
    (o) =>
      o.periodStart !== null &&
      reference.periodStart !== null &&
      o.periodStart <= pledge.date &&
      o.periodStart < reference.periodStart &&
      finiteOrNull(o.value) !== null,
  );
  // Latest by period, whatever the input order.
  const last = before.reduce<Observation | null>(
    (best, o) => (best === null || (o.periodStart ?? '') >= (best.periodStart ?? '') ? o : best),
    null,
  );
  return last && last.value !== null ? { label: last.periodLabel, value: last.value } : null;
}

function comparison(
  from: { label: string; value: number },
  to: number,
  unit: string,
  lang: Lang,
): string {
  const w = t(lang).sentence;
  const period = formatPeriodInText(from.label, lang);
  const change = to - from.value;
  const kind = unitKind(unit);
  if (change === 0) return w.same(period);
  const up = change > 0;
  const word = (kind === 'persons' ? w.changePersons : w.changeOther)[up ? 0 : 1];
  const than = w.than(period);
  if (kind === 'percent') return `${formatPercentPoints(Math.abs(change), lang)} ${word} ${than}`;
  if (from.value === 0 || !Number.isFinite(change / from.value)) {
    return `${amount(Math.abs(change), unit, lang)} ${word} ${than}`;
  }
  const pct = Math.abs((change / Math.abs(from.value)) * 100);
  const rounded = pct >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  if (rounded === 0) return w.aboutSame(period);
  return `${formatPercent(rounded, lang)} ${word} ${than}`;
}

function factSentence(
  pledge: Pledge,
  series: Series | null,
  obs: Observation,
  unit: string,
  lang: Lang,
  kommune: string,
): string | null {
  const value = finiteOrNull(obs.value);
  if (value === null) return null;
  const w = t(lang).sentence;
  const period = formatPeriodInText(obs.periodLabel, lang, obs.periodStart);
  const figure = qualifiedAmount(obs, value, unit, lang);
  const secondary = obs.quality === 'secondary' ? w.secondary : '';
  const metric = series?.metric ?? null;
  const core =
    unitKind(unit) === 'persons'
      ? w.factPersons(period, figure, titleOf(metric, lang, t(lang).people), kommune, secondary)
      : w.factOther(
          period,
          titleOf(metric, lang, pledge.measure?.metric ?? ''),
          kommune,
          figure,
          secondary,
        );
  const from = startingPoint(pledge, series, obs);
  return from ? `${core}, ${comparison(from, value, unit, lang)}.` : `${core}.`;
}

function targetSentence(pledge: Pledge, measure: TargetedMeasure, lang: Lang): string | null {
  const target = finiteOrNull(measure.target);
  const deadline = parseIsoDate(measure.deadline);
  if (target === null || !deadline) return null;
  const w = t(lang).sentence;
  const goal = `${t(lang).comparator[measure.comparator]} ${amount(target, measure.unit, lang)}`;
  const yearEnd = deadline.m === 12 && deadline.d === 31;
  const date = formatDate(measure.deadline, lang);
  if (pledge.kind === 'threshold') {
    return w.thresholdTarget(goal, yearEnd ? w.untilYearEnd(deadline.y) : date);
  }
  return w.target(goal, yearEnd ? w.byYear(deadline.y) : w.byDate(date));
}

/** Caveats about the figure shown, when the verdict itself does not already give them. */
function caveatSentence(obs: Observation, lang: Lang): string | null {
  const w = t(lang).sentence;
  const flags = obs.flags ?? [];
  const parts: string[] = [];
  if (flags.includes('provisional')) parts.push(w.provisional);
  const others = flags.filter(
    (f) => BLOCKING_FLAGS.has(f) && !['provisional', 'approx', 'lower_bound'].includes(f),
  );
  if (others.length > 0) parts.push(w.caveats(others.map((f) => flagText(f, lang)).join('; ')));
  return parts.length > 0 ? parts.join(' ') : null;
}

function statusSentence(pledge: Pledge, evaluation: OutcomeEvaluation, lang: Lang): string {
  const w = t(lang).sentence;
  const reasons = evaluation.reasons.map((r) => r[lang]);
  const satisfied = evaluation.distance?.satisfied ?? false;
  switch (evaluation.status) {
    case 'met':
      return pledge.kind === 'threshold' ? w.metThreshold : w.met;
    case 'not_met': {
      if (pledge.kind !== 'threshold') return w.notMet;
      const periods = evaluation.decisive.map((o) =>
        formatPeriod(o.periodLabel, lang, o.periodStart),
      );
      return w.notKept(periods.join(', '));
    }
    case 'toward_target':
      return satisfied ? w.alreadyMeets : w.toward;
    case 'away_from_target':
      return satisfied ? w.meetsButAway : w.away;
    case 'trend_only':
      // The first reason says why there is no verdict (indirect, or no target).
      return reasons.join(' ');
    case 'not_yet_due': {
      const head = w.notYetDue;
      const flat = evaluation.direction === 'flat' ? w.unchanged : '';
      return reasons.length > 0 ? `${head}${flat} ${reasons.join(' ')}` : `${head}${flat}`;
    }
    default: {
      const why = reasons.length > 0 ? `: ${lowerFirst(reasons.join(' '))}` : '.';
      const indicative =
        evaluation.indicative === 'met'
          ? w.indicativeMet
          : evaluation.indicative === 'not_met'
            ? w.indicativeNotMet
            : '';
      return `${w.cannotAssess}${why}${indicative}`;
    }
  }
}

/**
 * The evaluation in words: the latest relevant figure, how it compares with where the pledge
 * started, the target, caveats and the verdict.
 */
export function describeOutcome(
  pledge: Pledge,
  series: Series | null,
  evaluation: OutcomeEvaluation,
  lang: Lang,
  kommuneName: string,
): string {
  const measure = pledge.measure;
  const unit = series?.metric?.unit ?? measure?.unit ?? '';
  const obs = evaluation.reference ?? evaluation.latest;
  const parts: (string | null)[] = [];
  if (obs) {
    parts.push(factSentence(pledge, series, obs, unit, lang, kommuneName));
    // cannot_assess and not_yet_due list their reasons, which already carry the caveats.
    if (!['cannot_assess', 'not_yet_due'].includes(evaluation.status)) {
      parts.push(caveatSentence(obs, lang));
    }
  }
  if (hasTarget(measure)) parts.push(targetSentence(pledge, measure, lang));
  parts.push(statusSentence(pledge, evaluation, lang));
  return upperFirst(parts.filter((p): p is string => p !== null && p !== '').join(' '));
}
