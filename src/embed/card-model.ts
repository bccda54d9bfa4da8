/**
 * The pledge view (src/views/pledge-view.ts) for a card built from the catalogue, for one language
 * and one day, optionally as the figures were known on an earlier day (a vintage). Pure, so the
 * same card is rendered at build time (static pages, embeds, og:image) and tested without a
 * browser.
 */
import type { Catalogue } from '../domain/catalogue.ts';
import { evaluateOutcome } from '../domain/evaluate-outcome.ts';
import type { Lang } from '../domain/format.ts';
import type { OutcomeStatus } from '../domain/outcome.ts';
import type { ActionStatus, IsoDate, Pledge } from '../domain/pledge.ts';
import { t } from '../text/t.ts';
import { asOfText, pledgeView, type PledgeChartView } from '../views/pledge-view.ts';
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
  chart: PledgeChartView | null;
  sources: string;
  /** Set when the target is our interpretation of a pledge without a number. */
  caveat: string | null;
  /** Set on a vintage card when today's figures give another verdict. */
  newerNotice: string | null;
  vintage: IsoDate | null;
}

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
  const vintage = options.vintage ?? null;
  const kommuneName = (kode: string) =>
    catalogue.kommuner.find((k) => k.kode === kode)?.navn ?? kode;
  const document = catalogue.documents.find((d) => d.id === pledge.documentId);
  const latestSeries = catalogue.series[pledge.id] ?? null;
  const series = latestSeries && vintage ? seriesAsOf(latestSeries, vintage) : latestSeries;
  const evaluation = evaluateOutcome(pledge, series, vintage ?? today);
  const current = vintage ? evaluateOutcome(pledge, latestSeries, today) : evaluation;
  const view = pledgeView({
    pledge,
    document,
    kommuneName,
    series,
    evaluation,
    lang,
    chartSize: { width: options.width ?? 560, height: options.height ?? 260 },
  });
  return {
    id: pledge.id,
    lang,
    title: view.headline,
    quote: view.quote,
    kicker: view.byline,
    outcome: view.outcome,
    action: { status: view.action.status, label: view.action.label },
    sentence: [view.sentence, vintage ? asOfText(vintage, lang) : ''].filter(Boolean).join(' '),
    chart: view.chart,
    sources: view.sourcesLine,
    caveat: view.caveats[0] ?? null,
    newerNotice:
      vintage && current.status !== evaluation.status
        ? t(lang).newerVerdict(t(lang).outcomeStatus[current.status])
        : null,
    vintage,
  };
}
