/**
 * The chart-only embeds, written next to each pledge's card embed by scripts/build-pages.ts:
 *
 *   dist/embed/<id>/chart/index.html    the chart with headline, unit, sources and link back
 *   dist/embed/<id>/chart/<day>/        the same as known on <day> (a data vintage)
 *
 * Static like the card embeds: readable with JavaScript off, in the same page shell (CSP, styles,
 * the embed script that applies language and theme). A pledge without figures to draw gets none:
 * the embed builder then offers the card only.
 */
import { join } from 'node:path';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { hasChartEmbed } from '../../src/embed/embed-snippet.ts';
import { esc } from '../../src/embed/escape-html.ts';
import { pick } from '../../src/text/t.ts';
import type { CardModel } from './card-model.ts';
import type { Rendered } from './render-card.ts';

export interface ChartEmbedRenderer {
  renderChartEmbed(
    card: CardModel,
    options: { unit: string; href: string; target?: '_blank' | '_top' | null },
  ): Rendered | null;
}

/**
 * The card embed's page shell from build-pages.ts, given the body of each language; it writes
 * the page to `file` once the build knows the inline styles' hashes.
 */
export type EmbedShell = (
  cards: CardModel[],
  file: string,
  page: {
    depth: number;
    vintage: string | null;
    vintages: string[];
    css: Set<string>;
    render: (card: CardModel, href: string) => Rendered;
  },
) => void;

export interface ChartEmbedsInput {
  renderer: ChartEmbedRenderer;
  shell: EmbedShell;
  catalogue: Catalogue;
  pledge: Pledge;
  /** The card models (da, en) for the latest figures and for a vintage day. */
  cards: (vintage: string | null) => CardModel[];
  vintages: string[];
  /** dist/embed/<id> */
  dir: string;
  css: Set<string>;
}

/** Writes the pledge's chart-only embeds; returns how many pages (0 without a chart). */
export function writeChartEmbeds(input: ChartEmbedsInput): number {
  const { renderer, pledge, catalogue } = input;
  const series = catalogue.series[pledge.id] ?? null;
  // The same rule the embed builder offers the chart by, so it never offers a missing page.
  if (!hasChartEmbed(series)) return 0;
  const latest = input.cards(null);
  const unitOf = (lang: 'da' | 'en') =>
    pick(lang, series?.metric.unitDa, series?.metric.unitEn) ?? pledge.measure?.unit ?? '';
  const render = (card: CardModel, href: string): Rendered =>
    renderer.renderChartEmbed(card, { unit: unitOf(card.view.lang), href, target: '_blank' }) ?? {
      // A card with nothing to draw (e.g. a vintage before the first dated figure) says so.
      html: `<article class="lt-card"><h1 class="lt-title">${esc(card.view.headline)}</h1><p class="lt-source">${esc(card.view.sentence)}</p></article>`,
      css: [],
    };
  const pages: [string, string | null, CardModel[]][] = [
    [join(input.dir, 'chart', 'index.html'), null, latest],
    ...input.vintages.map((day): [string, string, CardModel[]] => [
      join(input.dir, 'chart', day, 'index.html'),
      day,
      input.cards(day),
    ]),
  ];
  for (const [path, vintage, cards] of pages) {
    input.shell(cards, path, {
      depth: vintage ? 4 : 3,
      vintage,
      vintages: input.vintages,
      css: input.css,
      render,
    });
  }
  return pages.length;
}
