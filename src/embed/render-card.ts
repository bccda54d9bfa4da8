/**
 * Server-side rendering of the pledge card for static pages, embeds and the og:image. Loaded by
 * scripts/build-pages.ts through Vite's SSR loader, with component CSS injected so it can be
 * collected into one stylesheet.
 */
import { render } from 'svelte/server';
import PledgeChart from '../charts/PledgeChart.svelte';
import { formatNumber } from '../domain/format.ts';
import type { CardModel } from './card-model.ts';
import PledgeCard from './PledgeCard.svelte';
import { loadLanguage } from '../text/t.ts';

// Runs only at build time (Node), where every card is rendered in both languages.
await loadLanguage('en');

export interface Rendered {
  html: string;
  /** The component styles the markup needs, one entry per component. */
  css: string[];
}

export function renderCard(
  card: CardModel,
  options: { href: string; target?: '_blank' | '_top' | null; compact?: boolean },
): Rendered {
  const { body, head } = render(PledgeCard, {
    props: { card, href: options.href, target: options.target ?? null, compact: !!options.compact },
  });
  return { html: stripComments(body), css: styles(head) };
}

/** The card's chart alone, for rasterising to the og:image. */
export function renderChart(card: CardModel): Rendered | null {
  if (!card.chart) return null;
  const chart = card.chart;
  const { body, head } = render(PledgeChart, {
    props: {
      id: 'og-chart',
      input: chart.input,
      title: chart.title,
      description: chart.description,
      formatValue: (v: number) => formatNumber(v, card.lang),
      labels: chart.labels,
    },
  });
  return { html: stripComments(body), css: styles(head) };
}

function styles(head: string): string[] {
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

/** Svelte's hydration markers are not needed in a page that is never hydrated. */
function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}
