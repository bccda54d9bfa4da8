/**
 * The app pages prerendered at build time besides the pledge pages: the overview (the root,
 * dist/index.html), every kommune's scorecard (dist/kommune/<kode>/) and the method page
 * (dist/metode/), each the real component rendered with the catalogue inside the app shell
 * (render-app.ts), at the path src/ui/state/url-state.ts reads back as the view.
 */
import { loadAppData, type AppData } from '../../src/ui/app-data.ts';
import { hrefFor, pathFor, type View } from '../../src/ui/state/url-state.ts';
import type { AppPageKind } from './inline-styles.ts';
import type { Rendered } from './render-card.ts';
import { pageTitle } from '../../src/ui/page-title.ts';

export interface AppRenderer {
  renderShell(search: string, html: string): Rendered;
  renderOverview(data: AppData): Rendered;
  renderKommune(data: AppData, kode: string): Rendered;
  renderMethod(): Rendered;
}

export interface PrerenderedPage {
  /** Which inline CSS the page carries (scripts/pages/inline-styles.ts). */
  kind: Exclude<AppPageKind, 'pledge'>;
  /** The folder below dist/ ('' for the root); the page is its index.html. */
  path: string;
  depth: number;
  /** The view as the app writes it (hrefFor), so the app knows the markup is current. */
  view: string;
  /** The page's title from its heading; undefined keeps the app's own. */
  title?: string;
  rendered: Rendered;
}

/** The app's data as the browser builds it from catalogue.json, for rendering at build time. */
export function appDataFor(catalogueJson: string, today: string): Promise<AppData> {
  const fetchCatalogue = (async () =>
    new Response(catalogueJson, {
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;
  return loadAppData('data/', { fetch: fetchCatalogue, today });
}

export function prerenderAppPages(renderer: AppRenderer, data: AppData): PrerenderedPage[] {
  const page = (
    view: View & { page: PrerenderedPage['kind'] },
    rendered: Rendered,
    titled: boolean,
  ): PrerenderedPage => {
    const path = pathFor(view);
    if (path === null) throw new Error(`no prerendered path for ${JSON.stringify(view)}`);
    const heading = titled ? headingText(rendered.html) : undefined;
    return {
      kind: view.page,
      path,
      depth: path.split('/').filter(Boolean).length,
      view: hrefFor({ view, lang: 'da' }),
      ...(heading ? { title: pageTitle(heading) } : {}),
      rendered,
    };
  };
  return [
    page({ page: 'overview', filter: {} }, renderer.renderOverview(data), false),
    ...data.catalogue.kommuner.map((k) =>
      page({ page: 'kommune', kode: k.kode }, renderer.renderKommune(data, k.kode), true),
    ),
    page({ page: 'method' }, renderer.renderMethod(), true),
  ];
}

/** The text of the page's <h1>, as the reader sees it. */
export function headingText(html: string): string | undefined {
  const inner = /<main\b[\s\S]*?<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (inner === undefined) return undefined;
  const text = inner
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
