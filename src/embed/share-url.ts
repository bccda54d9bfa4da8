/**
 * The shareable link to a pledge: its static page, which carries the Open Graph preview. Its own
 * module so the share buttons do not carry the embed code's helpers, which load with the builder.
 */

/** `p/<id>/`, with `?lang=en` for English: the one place that writes a static page's path. */
export function pledgePagePath(id: string, lang: 'da' | 'en'): string {
  return `p/${id}/${lang === 'en' ? '?lang=en' : ''}`;
}

export function shareUrl(appRoot: string, id: string, lang: 'da' | 'en'): string {
  return new URL(pledgePagePath(id, lang), appRoot).href;
}
