/**
 * Escapes text for HTML text and double-quoted attributes. Used by the embed code a reader copies
 * (runs in the browser) and by the static pages and og:image written at build time.
 */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
