/**
 * Everything any screen shows of one pledge, worked out once for one language: the headline, the
 * kicker, the quote and where it comes from, both verdicts with their reasons, the target line and
 * its caveats, the sentence, the chart's input and text alternative, and the sources. The app
 * page, the print summary, the static page, the embed and the og:image all render this, so a new
 * field is added here and nowhere else. Pure: no DOM, no Svelte, no engine.
 */
import { pledgeChartInput } from '../charts/pledge-chart-input.ts';
import type { ChartInput } from '../charts/pledge-chart-layout.ts';
import { citedSources, sourceTitle, type CitedSource } from '../domain/citation.ts';
import { pledgeTerm } from '../domain/council-term.ts';
import { evaluateAction, type ActionEvaluation } from '../domain/evaluate-action.ts';
import {
  formatDate,
  formatDateWithPrecision,
  formatNumber,
  formatPeriod,
  type Lang,
} from '../domain/format.ts';
import type { OutcomeEvaluation, OutcomeStatus } from '../domain/outcome.ts';
import { hasTarget, type IsoDate, type Pledge, type SourceDocument } from '../domain/pledge.ts';
import { describeOutcome } from '../domain/sentence.ts';
import type { Series } from '../domain/series.ts';
import { labelOf, pick, t } from '../text/t.ts';
import { pledgeHeadline } from './pledge-headline.ts';
import {
  decisionView,
  measureNotes,
  type DecisionView,
  type MeasureNotesView,
} from './pledge-notes.ts';

export { pledgeHeadline };

export interface PledgeViewInput {
  pledge: Pledge;
  document: SourceDocument | undefined;
  /** A kommune's name by its code; the code itself when unknown. */
  kommuneName: (kode: string) => string;
  series: Series | null;
  evaluation: OutcomeEvaluation;
  lang: Lang;
  /** The chart's size; the card, the page and the print summary each have their own. */
  chartSize?: { width: number; height: number };
  /** Whether `npm run data:fetch` gets the measure's metric (catalogue `fetchable`). */
  fetchable?: boolean;
  /** Whether the page offers the live check for it (catalogue `liveCheckable`). */
  liveCheckable?: boolean;
}

export interface PledgeChartView {
  input: ChartInput;
  /** The metric and the kommune: "Personer i hjemløshed, Aarhus". */
  title: string;
  /** The text alternative: the sentence, then every figure. */
  description: string;
  labels: { target: string; pledge: string; deadline: string; termEnd: string };
}

export interface PledgeView {
  id: string;
  lang: Lang;
  /** The editorial headline in the page's language. */
  headline: string;
  /** The verbatim Danish quote. */
  quote: string;
  /** Kommune · theme · kind. */
  kicker: string;
  /** Kommune · document · date, for a card that stands on its own. */
  byline: string;
  kommune: string;
  /** The kommune the measure is for, which may differ from the pledge's (e.g. Hele landet). */
  measureKommune: string;
  document: {
    title: string;
    url: string | null;
    /** Null when the document does not name its publisher. */
    publisher: string | null;
    /** The pledge's date, as precise as the document is. */
    date: string;
  };
  /** Who made the pledge, in words; the person in parentheses. */
  actor: string;
  outcome: { status: OutcomeStatus; label: string };
  action: { evaluation: ActionEvaluation };
  /** The editorial verdict shown: the action's, or for a proposed cut the proposal's. */
  decision: DecisionView;
  /** Which series measures the pledge and why, which would, or why none does. */
  notes: MeasureNotesView;
  sentence: string;
  reasons: string[];
  /** "≤ 150 personer", or null without a target. */
  target: string | null;
  /** "Mål: ≤ 150 personer · Frist: 31. dec. 2025 · Valgperiodens slut: 31. dec. 2025". */
  targetLine: string | null;
  /** Said next to the verdict wherever it is shown, e.g. a target that is our interpretation. */
  caveats: string[];
  sources: CitedSource[];
  /** The sources on one line, as the card and the og:image show them. */
  sourcesLine: string;
  licence: string | null;
  /** The metric and the kommune, for the chart and its table; '' without a series. */
  seriesTitle: string;
  chart: PledgeChartView | null;
}

/** The unit word a reader sees next to the target: the metric's, else the measure's code. */
function unitWord(pledge: Pledge, series: Series | null, lang: Lang): string {
  return pick(lang, series?.metric.unitDa, series?.metric.unitEn) ?? pledge.measure?.unit ?? '';
}

/** "≥ 100 pct.": the measure's target with its unit, as every page and table writes it. */
export function targetText(pledge: Pledge, series: Series | null, lang: Lang): string | null {
  const targeted = hasTarget(pledge.measure) ? pledge.measure : null;
  if (!targeted) return null;
  const unit = unitWord(pledge, series, lang);
  const sign = targeted.comparator === 'at_most' ? '≤' : '≥';
  return `${sign} ${formatNumber(targeted.target, lang)}${unit ? ` ${unit}` : ''}`;
}

function sourcesLine(sources: CitedSource[], lang: Lang): string {
  const w = t(lang);
  if (sources.length === 0) return w.noFigures;
  const shown = sources
    .slice(0, 3)
    .map((s) => {
      const title = sourceTitle(s, lang);
      // "Jobindsats.dk (STAR), y60a02: …" names its table already.
      return s.table && !title.includes(s.table) ? `${title} (${s.table})` : title;
    })
    .join('; ');
  const more = sources.length > 3 ? ' …' : '';
  const latest = sources
    .map((s) => s.retrieved)
    .sort()
    .at(-1);
  const head = sources.length > 1 ? w.sources : w.source;
  return `${head}: ${shown}${more}; ${w.retrieved} ${formatDate(latest, lang)}.`;
}

export function pledgeView(input: PledgeViewInput): PledgeView {
  const { pledge, document, series, evaluation, lang } = input;
  const w = t(lang);
  const kommune = input.kommuneName(pledge.kode);
  const measureKommune = pledge.measure ? input.kommuneName(pledge.measure.kode) : kommune;
  const sentence = describeOutcome(pledge, series, evaluation, lang, measureKommune);
  const action = evaluateAction(pledge.action);
  const measure = pledge.measure;
  const targeted = hasTarget(measure) ? measure : null;
  const target = targetText(pledge, series, lang);
  const termEnd = pledgeTerm(pledge.date, input.document?.kind).end;
  const targetLine =
    measure && (target || measure.deadline)
      ? [
          target ? `${w.target}: ${target}` : '',
          measure.deadline ? `${w.deadline}: ${formatDate(measure.deadline, lang)}` : '',
          `${w.termEnd}: ${formatDate(termEnd, lang)}`,
        ]
          .filter(Boolean)
          .join(' · ')
      : null;
  const sources = citedSources(series);
  const hasPoints = !!series && series.observations.some((o) => o.periodStart && o.value !== null);
  const title = series
    ? `${pick(lang, series.metric.titleDa, series.metric.titleEn)}, ${measureKommune}`
    : '';
  const figures = (series?.observations ?? [])
    .filter((o) => o.value !== null)
    .map((o) => `${formatPeriod(o.periodLabel, lang)}: ${formatNumber(o.value, lang)}`)
    .join('; ');
  const publisher = document?.publisher?.trim() ?? '';
  return {
    id: pledge.id,
    lang,
    headline: pledgeHeadline(pledge, lang),
    quote: pledge.quote,
    kicker: [kommune, labelOf(w.themes, pledge.theme), labelOf(w.kinds, pledge.kind)].join(' · '),
    byline: [
      kommune,
      document?.title,
      formatDateWithPrecision(pledge.date, document?.datePrecision ?? 'day', lang),
    ]
      .filter(Boolean)
      .join(' · '),
    kommune,
    measureKommune,
    document: {
      title: document?.title ?? pledge.documentId,
      url: document?.url ?? null,
      // The data writes 'unknown' when a document names no publisher; a reader sees nothing.
      publisher: publisher === '' || publisher === 'unknown' ? null : publisher,
      date: formatDateWithPrecision(pledge.date, document?.datePrecision ?? 'day', lang),
    },
    actor:
      (pledge.actor.type === 'unknown' ? w.unknownActor : pledge.actor.name) +
      (pledge.actor.person ? ` (${pledge.actor.person})` : ''),
    outcome: { status: evaluation.status, label: w.outcomeStatus[evaluation.status] },
    action: { evaluation: action },
    decision: decisionView(pledge, action.evidence, lang),
    notes: measureNotes({
      pledge,
      series,
      evaluation,
      lang,
      fetchable: input.fetchable ?? false,
      liveCheckable: input.liveCheckable ?? false,
    }),
    sentence,
    // A reason the sentence already gives (e.g. that an indirect series is context) is not repeated.
    reasons: evaluation.reasons
      .map((r) => r[lang])
      .filter((r) => !sentence.toLocaleLowerCase(lang).includes(r.toLocaleLowerCase(lang))),
    target,
    targetLine,
    caveats: targeted?.targetFrom === 'interpretation' ? [w.targetInterpreted] : [],
    sources,
    sourcesLine: sourcesLine(sources, lang),
    licence: series ? licenceText(series.metric.licence, lang) : null,
    seriesTitle: title,
    chart:
      series && hasPoints && measure
        ? {
            input: pledgeChartInput(
              pledge,
              series,
              input.chartSize ?? { width: 640, height: 320 },
              termEnd,
            ),
            title,
            description: figures === '' ? sentence : `${sentence} ${figures}`,
            labels: {
              target: targeted ? `${w.target} ${formatNumber(targeted.target, lang)}` : '',
              pledge: w.pledgeDate,
              deadline: w.deadline,
              termEnd: w.termEnd,
            },
          }
        : null,
  };
}

/** A licence the data writes in English reads in Danish on a Danish page. */
export function licenceText(licence: string | undefined, lang: Lang): string | null {
  const text = (licence ?? '').trim();
  if (text === '') return null;
  return t(lang).licences[text] ?? text;
}

/** "14. jan. 2025" for a card that shows the figures as known on a given day. */
export function asOfText(vintage: IsoDate, lang: Lang): string {
  return t(lang).asOf(formatDate(vintage, lang));
}
