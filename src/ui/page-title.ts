/**
 * The document title of a page: its heading, then the site's name; the overview is the site
 * itself. One rule for the prerendered pages (scripts/pages/prerender-pages.ts, build-pages.ts)
 * and the app, which keeps the title of the page shown, in its language (App.svelte).
 */
export const SITE_NAME = 'Løftetjek';

export function pageTitle(heading: string | null | undefined): string {
  const text = (heading ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? SITE_NAME : `${text} – ${SITE_NAME}`;
}
