/**
 * Everything a pledge card shows, worked out from the catalogue for one language and one day:
 * the verdicts, the sentence, the chart's input and the source line. Pure, so the same card is
 * rendered at build time (static pages, embeds, og:image) and tested without a browser.
 */
import { pledgeChartInput } from '../charts/pledge-chart-input.ts';
import type { ChartInput } from '../charts/pledge-chart-layout.ts';
import type { Catalogue } from '../domain/catalogue.ts';
import { citedSources } from '../domain/citation.ts';
import { evaluateAction } from '../domain/evaluate-action.ts';
import { evaluateOutcome } from '../domain/evaluate-outcome.ts';
import { formatDate, formatDateWithPrecision, formatNumber, type Lang } from '../domain/format.ts';
import type { OutcomeStatus } from '../domain/outcome.ts';
import type { ActionStatus, IsoDate, Pledge } from '../domain/pledge.ts';
import { describeOutcome, outcomeStatusLabel } from '../domain/sentence.ts';
import { seriesAsOf } from './vintage.ts';

export interface CardModel {
  id: string;
  lang: Lang;
  title: string;
  quote: string;
  kicker: string;
  outcome: { status: OutcomeStatus; label: string };
  action: { status: ActionStatus; label: string };
  sentence: string;
  chart: {
    input: ChartInput;
    title: string;
    description: string;
    labels: { target: string; pledge: string; deadline: string; termEnd: string };
  } | null;
  sources: string;
  /** Set when the target is our interpretation of a pledge without a number. */
  caveat: string | null;
  /** Set on a vintage card when today's figures give another verdict. */
  newerNotice: string | null;
  vintage: IsoDate | null;
}

const WORDS = {
  da: {
    outcome: 'Resultat',
    action: 'Handling',
    target: 'Mål',
    pledge: 'Løftet givet',
    deadline: 'Frist',
    termEnd: 'Valgperiodens slut',
    source: 'Kilde',
    sources: 'Kilder',
    retrieved: 'hentet',
    noData: 'Ingen offentlige tal måler løftet endnu.',
    interpreted: 'Målet er Løftetjeks fortolkning: dokumentet angiver en retning, men intet tal.',
    newer: (label: string) =>
      `Nyere tal giver en anden vurdering: «${label}». Se den aktuelle side.`,
    asOf: (date: string) => `Tal som kendt ${date}.`,
  },
  en: {
    outcome: 'Outcome',
    action: 'Action',
    target: 'Target',
    pledge: 'Pledge made',
    deadline: 'Deadline',
    termEnd: 'End of council term',
    source: 'Source',
    sources: 'Sources',
    retrieved: 'retrieved',
    noData: 'No public figures measure this pledge yet.',
    interpreted: 'The target is Løftetjek’s reading: the document gives a direction but no number.',
    newer: (label: string) =>
      `Newer figures give another verdict: “${label}”. See the current page.`,
    asOf: (date: string) => `Figures as known on ${date}.`,
  },
} as const;

export interface CardOptions {
  catalogue: Catalogue;
  pledge: Pledge;
  lang: Lang;
  today: IsoDate;
  /** Show the figures as known on this day; null for the latest. */
  vintage?: IsoDate | null;
  width?: number;
  height?: number;
}

export function buildCardModel(options: CardOptions): CardModel {
  const { catalogue, pledge, lang, today } = options;
  const w = WORDS[lang];
  const vintage = options.vintage ?? null;
  const kommuneName = (kode: string) =>
    catalogue.kommuner.find((k) => k.kode === kode)?.navn ?? kode;
  const document = catalogue.documents.find((d) => d.id === pledge.documentId);
  const latestSeries = catalogue.series[pledge.id] ?? null;
  const series = latestSeries && vintage ? seriesAsOf(latestSeries, vintage) : latestSeries;
  const asOf = vintage ?? today;
  const evaluation = evaluateOutcome(pledge, series, asOf);
  const measureKommune = kommuneName(pledge.measure?.kode ?? pledge.kode);
  const sentence = describeOutcome(pledge, series, evaluation, lang, measureKommune);
  const current = vintage ? evaluateOutcome(pledge, latestSeries, today) : evaluation;
  const action = evaluateAction(pledge.action);
  const sourceList = citedSources(series);
  const hasPoints = !!series && series.observations.some((o) => o.periodStart && o.value !== null);
  const input =
    series && hasPoints && pledge.measure
      ? pledgeChartInput(pledge, series, {
          width: options.width ?? 560,
          height: options.height ?? 260,
        })
      : null;
  const title = `${lang === 'en' ? series?.metric.titleEn : series?.metric.titleDa}, ${measureKommune}`;
  return {
    id: pledge.id,
    lang,
    title: lang === 'en' ? pledge.summaryEn : pledge.quote,
    quote: pledge.quote,
    kicker: [
      kommuneName(pledge.kode),
      document?.title,
      formatDateWithPrecision(pledge.date, document?.datePrecision ?? 'day', lang),
    ]
      .filter(Boolean)
      .join(' · '),
    outcome: { status: evaluation.status, label: outcomeStatusLabel(evaluation.status, lang) },
    action: { status: action.status, label: action.label[lang] },
    sentence: [sentence, vintage ? w.asOf(formatDate(vintage, lang)) : '']
      .filter(Boolean)
      .join(' '),
    chart: input
      ? {
          input,
          title,
          description: sentence,
          labels: {
            target: `${w.target} ${formatNumber(pledge.measure?.target ?? null, lang)}`,
            pledge: w.pledge,
            deadline: w.deadline,
            termEnd: w.termEnd,
          },
        }
      : null,
    sources:
      sourceList.length === 0
        ? w.noData
        : `${sourceList.length > 1 ? w.sources : w.source}: ${sourceList
            .slice(0, 3)
            .map((s) => `${s.title}${s.table ? ` (${s.table})` : ''}`)
            .join('; ')}${sourceList.length > 3 ? ' …' : ''}; ${w.retrieved} ${formatDate(
            sourceList
              .map((s) => s.retrieved)
              .sort()
              .at(-1) ?? today,
            lang,
          )}.`,
    caveat: pledge.measure?.targetFrom === 'interpretation' ? w.interpreted : null,
    newerNotice:
      vintage && current.status !== evaluation.status
        ? w.newer(outcomeStatusLabel(current.status, lang))
        : null,
    vintage,
  };
}

export { WORDS as CARD_WORDS };
