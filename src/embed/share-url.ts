/**
 * The shareable link to a pledge: its static page, which carries the Open Graph preview. Its own
 * module so the share buttons do not carry the embed code's helpers, which load with the builder.
 */
export function shareUrl(appRoot: string, id: string, lang: 'da' | 'en'): string {
  return new URL(`p/${id}/${lang === 'en' ? '?lang=en' : ''}`, appRoot).href;
}
