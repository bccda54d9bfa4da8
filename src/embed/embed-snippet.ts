/**
 * The copy-paste code that puts a pledge card into another page: an iframe pinned to a data
 * vintage (so a published article keeps showing what it showed) and the small script that sizes
 * the iframe to its card.
 */
import { vintagesOf } from './vintage.ts';
import type { Series } from '../domain/series.ts';
import { esc } from './escape-html.ts';

export function embedSnippet(args: {
  appRoot: string;
  id: string;
  title: string;
  series: Series | null;
  lang: 'da' | 'en';
}): string {
  const vintage = vintagesOf(args.series).at(-1);
  const src = new URL(
    `embed/${args.id}/${vintage ? `${vintage}/` : ''}${args.lang === 'en' ? '?lang=en' : ''}`,
    args.appRoot,
  ).href;
  const script = new URL('embed/resize.js', args.appRoot).href;
  return [
    `<iframe src="${esc(src)}" title="Løftetjek: ${esc(args.title)}" loading="lazy" style="width:100%;max-width:40rem;height:560px;border:0"></iframe>`,
    `<script async src="${esc(script)}"></script>`,
  ].join('\n');
}

/** The shareable link: the static page, which carries the Open Graph preview. */
export function shareUrl(appRoot: string, id: string, lang: 'da' | 'en'): string {
  return new URL(`p/${id}/${lang === 'en' ? '?lang=en' : ''}`, appRoot).href;
}
