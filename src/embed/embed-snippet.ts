/**
 * The copy-paste code that puts a pledge card, or its chart alone, into another page: an iframe
 * pinned to a data vintage (so a published article keeps showing what it showed) and the small
 * script that sizes the iframe to its content. The embed builder's preview loads the same address.
 */
import { vintagesOf } from './vintage.ts';
import type { Series } from '../domain/series.ts';
import { DEFAULT_EMBED_PARAMS, serializeEmbedParams, type EmbedTheme } from './embed-params.ts';
import { esc } from './escape-html.ts';

/** What the embedder chose: the whole card or the chart alone, its language and its theme. */
export interface EmbedChoice {
  view: 'card' | 'chart';
  lang: 'da' | 'en';
  theme: EmbedTheme;
}

export interface EmbedTarget {
  appRoot: string;
  id: string;
  series: Series | null;
}

/** The embed page's address for these choices, pinned to the series' latest vintage. */
export function embedUrl(target: EmbedTarget, choice: EmbedChoice): string {
  const vintage = vintagesOf(target.series).at(-1);
  const query = serializeEmbedParams({
    ...DEFAULT_EMBED_PARAMS,
    lang: choice.lang,
    theme: choice.theme,
  });
  const path = [
    'embed',
    target.id,
    ...(choice.view === 'chart' ? ['chart'] : []),
    ...(vintage ? [vintage] : []),
  ].join('/');
  return new URL(`${path}/${query}`, target.appRoot).href;
}

export function embedSnippet(
  args: EmbedTarget & { title: string },
  choice: EmbedChoice = { view: 'card', lang: 'da', theme: 'light' },
): string {
  const src = embedUrl(args, choice);
  const script = new URL('embed/resize.js', args.appRoot).href;
  // The starting height is a guess the resize script corrects; the chart alone is shorter.
  const height = choice.view === 'chart' ? 440 : 560;
  return [
    `<iframe src="${esc(src)}" title="Løftetjek: ${esc(args.title)}" loading="lazy" style="width:100%;max-width:40rem;height:${height}px;border:0"></iframe>`,
    `<script async src="${esc(script)}"></script>`,
  ].join('\n');
}

/**
 * Whether the pledge has a chart-only embed: as for the card's chart (src/views/pledge-view.ts),
 * a series with at least one dated figure. scripts/pages/write-embeds.ts writes exactly these.
 */
export function hasChartEmbed(series: Series | null): boolean {
  return !!series && series.observations.some((o) => o.periodStart && o.value !== null);
}
