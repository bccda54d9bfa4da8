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
 * names its kind of source, and a cannot_assess verdict says why.
 */
import type { Comparator, Pledge, PledgeMeasure } from './pledge.ts';
import type { Observation, Series } from './series.ts';
import type { OutcomeEvaluation } from './outcome.ts';
import { amount, lowerFirst, qualifiedAmount, titleOf, unitKind } from './units.ts';
import {
  formatDate,
  formatPercent,
  formatPercentPoints,
  formatPeriod,
  type Lang,
} from './format.ts';
import { parseIsoDate } from './period.ts';
import { BLOCKING_FLAGS, flagText } from './reasons.ts';
import { finiteOrNull } from './trend.ts';

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

/** [up, down]: counts of people are more/fewer, everything else higher/lower. */
const CHANGE_WORDS = {
  persons: { da: ['flere', 'færre'], en: ['more', 'fewer'] },
  other: { da: ['højere', 'lavere'], en: ['higher', 'lower'] },
} as const;

function comparison(
  from: { label: string; value: number },
  to: number,
  unit: string,
  lang: Lang,
): string {
  const period = formatPeriod(from.label, lang);
  const change = to - from.value;
  const kind = unitKind(unit);
  if (change === 0) return lang === 'en' ? `the same as in ${period}` : `det samme som i ${period}`;
  const up = change > 0;
  const word = CHANGE_WORDS[kind === 'persons' ? 'persons' : 'other'][lang][up ? 0 : 1];
  const than = lang === 'en' ? `than in ${period}` : `end i ${period}`;
  if (kind === 'percent') return `${formatPercentPoints(Math.abs(change), lang)} ${word} ${than}`;
  if (from.value === 0 || !Number.isFinite(change / from.value)) {
    return `${amount(Math.abs(change), unit, lang)} ${word} ${than}`;
  }
  const pct = Math.abs((change / Math.abs(from.value)) * 100);
  const rounded = pct >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  if (rounded === 0)
    return lang === 'en' ? `about the same as in ${period}` : `omtrent det samme som i ${period}`;
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
  const period = formatPeriod(obs.periodLabel, lang, obs.periodStart);
  const figure = qualifiedAmount(obs, value, unit, lang);
  const secondary =
    obs.quality === 'secondary'
      ? lang === 'en'
        ? ' according to a secondary source'
        : ' ifølge en sekundær kilde'
      : '';
  const metric = series?.metric ?? null;
  let core: string;
  if (unitKind(unit) === 'persons') {
    const who = titleOf(metric, lang, lang === 'en' ? 'people' : 'personer');
    core =
      lang === 'en'
        ? `In ${period}, there were ${figure} ${who} in ${kommune}${secondary}`
        : `I ${period} var der ${figure} ${who} i ${kommune}${secondary}`;
  } else {
    const what = titleOf(metric, lang, pledge.measure?.metric ?? '');
    core =
      lang === 'en'
        ? `In ${period}, ${what} in ${kommune} was ${figure}${secondary}`
        : `I ${period} var ${what} i ${kommune} ${figure}${secondary}`;
  }
  const from = startingPoint(pledge, series, obs);
  return from ? `${core}, ${comparison(from, value, unit, lang)}.` : `${core}.`;
}

function comparatorWord(comparator: Comparator, lang: Lang): string {
  if (comparator === 'at_most') return lang === 'en' ? 'at most' : 'højst';
  return lang === 'en' ? 'at least' : 'mindst';
}

function targetSentence(pledge: Pledge, measure: PledgeMeasure, lang: Lang): string | null {
  const target = finiteOrNull(measure.target);
  const deadline = parseIsoDate(measure.deadline);
  if (target === null || !deadline) return null;
  const goal = `${comparatorWord(measure.comparator, lang)} ${amount(target, measure.unit, lang)}`;
  const yearEnd = deadline.m === 12 && deadline.d === 31;
  const date = formatDate(measure.deadline, lang);
  if (pledge.kind === 'threshold') {
    const until = yearEnd
      ? lang === 'en'
        ? `the end of ${deadline.y}`
        : `udgangen af ${deadline.y}`
      : date;
    return lang === 'en'
      ? `The target is ${goal} at all times until ${until}.`
      : `Målet er ${goal} hele tiden frem til ${until}.`;
  }
  const when = yearEnd
    ? lang === 'en'
      ? `by ${deadline.y}`
      : `i ${deadline.y}`
    : lang === 'en'
      ? `by ${date}`
      : `senest ${date}`;
  return lang === 'en' ? `The target is ${goal} ${when}.` : `Målet er ${goal} ${when}.`;
}

/** Caveats about the figure shown, when the verdict itself does not already give them. */
function caveatSentence(obs: Observation, lang: Lang): string | null {
  const flags = obs.flags ?? [];
  const parts: string[] = [];
  if (flags.includes('provisional'))
    parts.push(lang === 'en' ? 'The figure is provisional.' : 'Tallet er foreløbigt.');
  const others = flags.filter(
    (f) => BLOCKING_FLAGS.has(f) && !['provisional', 'approx', 'lower_bound'].includes(f),
  );
  if (others.length > 0) {
    const list = others.map((f) => flagText(f, lang)).join('; ');
    parts.push(
      lang === 'en' ? `The figure comes with caveats: ${list}.` : `Tallet har forbehold: ${list}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function statusSentence(pledge: Pledge, evaluation: OutcomeEvaluation, lang: Lang): string {
  const en = lang === 'en';
  const reasons = evaluation.reasons.map((r) => r[lang]);
  const satisfied = evaluation.distance?.satisfied ?? false;
  switch (evaluation.status) {
    case 'met':
      if (pledge.kind === 'threshold') {
        return en
          ? 'The target was kept throughout the period.'
          : 'Målet blev holdt i hele perioden.';
      }
      return en ? 'The target was met.' : 'Målet blev nået.';
    case 'not_met': {
      if (pledge.kind !== 'threshold')
        return en ? 'The target was not met.' : 'Målet blev ikke nået.';
      const periods = evaluation.decisive.map((o) =>
        formatPeriod(o.periodLabel, lang, o.periodStart),
      );
      const list = periods.join(', ');
      return en ? `The target was not kept in ${list}.` : `Målet blev ikke holdt i ${list}.`;
    }
    case 'toward_target':
      if (satisfied)
        return en ? 'The figure already meets the target.' : 'Tallet lever allerede op til målet.';
      return en ? 'The figures are moving toward the target.' : 'Tallene bevæger sig mod målet.';
    case 'away_from_target':
      if (satisfied) {
        return en
          ? 'The figure meets the target but is moving away from it.'
          : 'Tallet lever op til målet, men bevæger sig væk fra det.';
      }
      return en
        ? 'The figures are moving away from the target.'
        : 'Tallene bevæger sig væk fra målet.';
    case 'not_yet_due': {
      const head = en ? 'The deadline has not passed yet.' : 'Fristen er ikke nået endnu.';
      const flat =
        evaluation.direction === 'flat'
          ? en
            ? ' The figure is unchanged.'
            : ' Tallet er uændret.'
          : '';
      return reasons.length > 0 ? `${head}${flat} ${reasons.join(' ')}` : `${head}${flat}`;
    }
    default: {
      const head = en ? 'The pledge cannot be assessed' : 'Løftet kan ikke vurderes';
      const why = reasons.length > 0 ? `: ${lowerFirst(reasons.join(' '))}` : '.';
      const indicative =
        evaluation.indicative === 'met'
          ? en
            ? ' At face value, the figures suggest the target was met.'
            : ' Tallene tyder på, at målet er nået.'
          : evaluation.indicative === 'not_met'
            ? en
              ? ' At face value, the figures suggest the target was not met.'
              : ' Tallene tyder på, at målet ikke er nået.'
            : '';
      return `${head}${why}${indicative}`;
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
  if (measure) parts.push(targetSentence(pledge, measure, lang));
  parts.push(statusSentence(pledge, evaluation, lang));
  return upperFirst(parts.filter((p): p is string => p !== null && p !== '').join(' '));
}
