/**
 * The pledge view (src/views/pledge-view.ts) for a card built from the catalogue, for one language
 * and one day, optionally as the figures were known on an earlier day (a vintage). Pure, so the
 * card (src/components/PledgeCard.svelte) is rendered from it at build time (static pages,
 * embeds, og:image) and tested without a browser.
 */
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import type { Lang } from '../../src/domain/format.ts';
import type { IsoDate, Pledge } from '../../src/domain/pledge.ts';
import { t } from '../../src/text/t.ts';
import { asOfText, pledgeView, type PledgeView } from '../../src/views/pledge-view.ts';
import { seriesAsOf } from '../../src/embed/vintage.ts';

export interface CardModel {
  /** What the card shows; on a vintage card the sentence says which day the figures are from. */
  view: PledgeView;
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
    // A static card has no live check button; it can still say the series can be fetched.
    fetchable: !!pledge.measure && !!catalogue.fetchable?.includes(pledge.measure.metric),
  });
  return {
    view: {
      ...view,
      sentence: [view.sentence, vintage ? asOfText(vintage, lang) : ''].filter(Boolean).join(' '),
    },
    newerNotice:
      vintage && current.status !== evaluation.status
        ? t(lang).newerVerdict(t(lang).outcomeStatus[current.status])
        : null,
    vintage,
  };
}
