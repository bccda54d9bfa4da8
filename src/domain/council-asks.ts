/**
 * The questions a councillor can put to the administration about one pledge, chosen by where the
 * pledge stands (its ask state) so that each names what is known and asks for what is not:
 *
 * - a proposed cut: the catalogue's own question about it, and the amount it names;
 * - a measure with a target: the figure the verdict rests on against the target and deadline
 *   (reached, missed after the deadline, on track or short before it, no figure yet). A deadline
 *   is only called passed when it has, and a met target is never "missed";
 * - a measure without a target, or a context series: the latest two figures that count and what
 *   target the administration works towards;
 * - a series elsewhere: to publish that series, by name and publisher; no public series: which
 *   figures the administration follows the pledge by;
 * - the editorial action verdict, with the newest piece of evidence it rests on.
 *
 * Every figure is one the series publishes, the one that counts for its period (figureForPeriod,
 * through toPoints and the outcome evaluation); nothing is computed or filled in.
 */
import { hasTarget, type Evidence, type Pledge, type TargetedMeasure } from './pledge.ts';
import type { Series } from './series.ts';
import type { OutcomeEvaluation } from './outcome.ts';
import { formatAmountDkk, formatDate, formatDateWithPrecision, type Lang } from './format.ts';
import { isIsoDate } from './period.ts';
import { titleOf } from './units.ts';
import { finiteOrNull, satisfies, toPoints } from './trend.ts';
import { figureText, oneLine, withUnit } from './council-figure.ts';
import { t } from '../text/t.ts';
import { councilWords } from '../text/council.ts';

/** Where a pledge stands, as far as the questions are concerned. */
export type AskState =
  | 'proposal'
  | 'target_met'
  | 'target_missed'
  | 'target_breached'
  | 'target_on_track'
  | 'target_short'
  | 'target_unclear'
  | 'target_no_figure'
  | 'trend'
  | 'context'
  | 'measure_no_figure'
  | 'series_elsewhere'
  | 'no_public_series'
  | 'no_measure';

export interface AskInput {
  pledge: Pledge;
  series: Series | null;
  evaluation: OutcomeEvaluation;
  kommuneName: string;
  deadlinePassed: boolean;
  lang: Lang;
}

export interface CouncilAsks {
  state: AskState;
  /** Whether the action verdict added its own question. */
  action: boolean;
  questions: string[];
}

const hasValue = (o: { value: unknown } | null | undefined): boolean =>
  finiteOrNull(o?.value) !== null;

export function askState(input: Omit<AskInput, 'kommuneName' | 'lang'>): AskState {
  const { pledge, series, evaluation, deadlinePassed } = input;
  if (pledge.kind === 'proposed_cut' && pledge.proposal) return 'proposal';
  const m = pledge.measure;
  if (!m) {
    const u = pledge.unmeasured;
    if (u?.status === 'series_not_in_extract') return 'series_elsewhere';
    if (u?.status === 'no_public_series') return 'no_public_series';
    return 'no_measure';
  }
  if (hasTarget(m) && isIsoDate(m.deadline) && finiteOrNull(m.target) !== null) {
    const latest = evaluation.latest;
    if (!hasValue(latest) || !series) return 'target_no_figure';
    if (evaluation.status === 'met') return 'target_met';
    if (evaluation.status === 'not_met')
      return deadlinePassed ? 'target_missed' : 'target_breached';
    if (deadlinePassed) return 'target_unclear';
    return satisfies(latest!.value as number, m.comparator, m.target)
      ? 'target_on_track'
      : 'target_short';
  }
  if (!series || lastTwo(series).length === 0) return 'measure_no_figure';
  return m.relation === 'indirect' ? 'context' : 'trend';
}

/** The last two figures with a value that count for their period, oldest first. */
function lastTwo(series: Series) {
  return toPoints(series.observations ?? [])
    .points.filter((p) => p.value !== null)
    .slice(-2)
    .map((p) => p.obs);
}

function newest(evidence: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  for (const e of evidence) if (isIsoDate(e.date) && (!best || e.date > best.date)) best = e;
  return best;
}

function measureAsks(input: AskInput, state: AskState): string[] {
  const { pledge, series, lang } = input;
  const w = councilWords(lang);
  const metric = series?.metric ?? null;
  const m = pledge.measure;
  const unit = metric?.unit ?? m?.unit ?? '';
  const what = titleOf(metric, lang, '');
  const headline = oneLine(pledge.headline?.[lang]);
  switch (state) {
    case 'proposal': {
      const asks = [oneLine(pledge.proposal?.question[lang])];
      const money = finiteOrNull(pledge.amountDkk);
      if (money !== null) asks.push(w.askProposalAmount(formatAmountDkk(money, lang)));
      return asks;
    }
    case 'series_elsewhere': {
      const u = pledge.unmeasured;
      if (u?.status !== 'series_not_in_extract') return [];
      const where = [oneLine(u.publisher), u.table ? `${w.table} ${oneLine(u.table)}` : '']
        .filter((s) => s !== '')
        .join(', ');
      return [w.askPublish(`${oneLine(u.series[lang])} (${where})`)];
    }
    case 'no_public_series':
      return [w.askWhichFigures(headline)];
    case 'no_measure':
      return [w.askWhichSeries];
    case 'measure_no_figure':
      return [what === '' ? w.askWhichSeries : w.askPublish(what)];
    case 'trend':
    case 'context': {
      const figures = series ? lastTwo(series) : [];
      const texts = figures.map((o) => figureText(o, unit, metric, lang)!);
      const kommune = oneLine(input.kommuneName);
      const [a, b] = texts;
      const level =
        a && b
          ? w.trendFigures(what, kommune, a.value, a.period, b.value, b.period)
          : w.levelFigure(what, kommune, a!.value, a!.period);
      return state === 'context'
        ? [`${level} ${w.askAims}`, w.askContext]
        : [`${level} ${w.askAims}`];
    }
    default:
      return targetAsks(input, state, m as TargetedMeasure);
  }
}

function targetAsks(input: AskInput, state: AskState, m: TargetedMeasure): string[] {
  const { pledge, series, evaluation, lang } = input;
  const w = councilWords(lang);
  const metric = series?.metric ?? null;
  const unit = metric?.unit ?? m.unit;
  const what = titleOf(metric, lang, '');
  const goal = `${t(lang).comparator[m.comparator === 'at_least' ? 'at_least' : 'at_most']} ${withUnit(m.target, m.unit, metric, lang)}`;
  const deadline = formatDate(m.deadline, lang);
  if (state === 'target_no_figure')
    return [w.askTargetNoFigure(what === '' ? '' : ` for ${what}`, goal, deadline)];
  // The verdict's own figure where it rests on one; else the latest.
  const decided = state === 'target_met' || state === 'target_missed';
  const figure = figureText(
    decided && hasValue(evaluation.reference) ? evaluation.reference : evaluation.latest,
    unit,
    metric,
    lang,
  )!;
  const threshold = pledge.kind === 'threshold';
  const ask = {
    target_met: w.askMet,
    target_missed: w.askMissed,
    target_breached: w.askBreached,
    target_on_track: threshold ? w.askHolding : w.askOnTrack,
    target_short: w.askShort,
    target_unclear: w.askUnclear,
  }[state as 'target_met'];
  return [ask(figure.value, figure.period, goal, deadline)];
}

/** The question the editorial action verdict raises, with the newest evidence it rests on. */
function actionAsk(pledge: Pledge, lang: Lang): string | null {
  const a = pledge.action;
  const evidence = newest(a.evidence ?? []);
  const relevant =
    pledge.kind === 'action' ||
    pledge.kind === 'budget_amount' ||
    a.status !== 'not_assessed' ||
    evidence !== null;
  if (!relevant) return null;
  const w = councilWords(lang);
  const source = evidence
    ? `${w.open}${oneLine(evidence.title)}${w.close} (${formatDateWithPrecision(
        evidence.date,
        evidence.datePrecision ?? 'day',
        lang,
      )})`
    : null;
  const headline = oneLine(pledge.headline?.[lang]);
  const name = headline === '' ? '' : `${w.open}${headline}${w.close}`;
  return w.askAction[a.status]?.(source, name) ?? null;
}

/** States whose questions rest on published figures, so the development can be asked about. */
const WITH_FIGURES: ReadonlySet<AskState> = new Set([
  'target_met',
  'target_missed',
  'target_breached',
  'target_on_track',
  'target_short',
  'target_unclear',
  'trend',
  'context',
]);

/** Two or three questions (one or two for a proposed cut), the most specific first. */
export function councilAsks(input: AskInput): CouncilAsks {
  const state = askState(input);
  const w = councilWords(input.lang);
  const questions = measureAsks(input, state).filter((q) => q !== '');
  if (state === 'proposal') return { state, action: false, questions };
  const money = finiteOrNull(input.pledge.amountDkk);
  if (money !== null && input.pledge.kind === 'budget_amount')
    questions.push(w.askSpent(formatAmountDkk(money, input.lang)));
  const action = actionAsk(input.pledge, input.lang);
  if (action !== null) questions.push(action);
  if (questions.length < 3 && WITH_FIGURES.has(state)) questions.push(w.askExplain);
  if (questions.length < 2) questions.push(w.askPlans);
  return { state, action: action !== null, questions: questions.slice(0, 3) };
}
