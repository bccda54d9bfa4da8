/**
 * Server-side rendering of the pledge card (src/components/PledgeCard.svelte) for static pages,
 * embeds and the og:image. Loaded by scripts/build-pages.ts through Vite's SSR loader, with
 * component CSS injected so it can be collected into one stylesheet.
 */
import { render } from 'svelte/server';
import PledgeCard from '../../src/components/PledgeCard.svelte';
import ChartOnlyCard from '../../src/components/card/ChartOnlyCard.svelte';
import { loadLanguage } from '../../src/text/t.ts';
import { asOfText } from '../../src/views/pledge-view.ts';
import type { CardModel } from './card-model.ts';

// Runs only at build time (Node), where every card is rendered in both languages.
await loadLanguage('en');

export interface Rendered {
  html: string;
  /** The component styles the markup needs, one entry per component. */
  css: string[];
}

/** The `embed` card: plain HTML and SVG for the static page and the iframe. */
export function renderCard(
  card: CardModel,
  options: { href: string; target?: '_blank' | '_top' | null; compact?: boolean },
): Rendered {
  const { body, head } = render(PledgeCard, {
    props: {
      view: card.view,
      variant: 'embed',
      newerNotice: card.newerNotice,
      href: options.href,
      target: options.target ?? null,
      compact: !!options.compact,
    },
  });
  return { html: stripComments(body), css: styles(head) };
}

/** The chart-only embed; null for a pledge without figures to draw (it offers the card only). */
export function renderChartEmbed(
  card: CardModel,
  options: { unit: string; href: string; target?: '_blank' | '_top' | null },
): Rendered | null {
  if (!card.view.chart) return null;
  const { body, head } = render(ChartOnlyCard, {
    props: {
      view: card.view,
      unit: options.unit,
      asOf: card.vintage ? asOfText(card.vintage, card.view.lang) : '',
      href: options.href,
      target: options.target ?? null,
    },
  });
  return { html: stripComments(body), css: styles(head) };
}

/** The `og` card, the chart alone, for rasterising to the og:image; null without figures. */
export function renderChart(card: CardModel): Rendered | null {
  if (!card.view.chart) return null;
  const { body, head } = render(PledgeCard, { props: { view: card.view, variant: 'og' } });
  return { html: stripComments(body).trim(), css: styles(head) };
}

function styles(head: string): string[] {
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
    // Vite inlines each component's whole source as a base64 source map: most of the embed's bytes.
    (m[1] ?? '').replace(/\/\*# sourceMappingURL=[^*]*\*\//g, ''),
  );
}

/** Svelte's hydration markers are not needed in a page that is never hydrated. */
function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}
