/**
 * Server-side rendering of the app's own pages for prerendering (scripts/pages/prerender-pages.ts):
 * the app shell (src/ui/App.svelte) with a page component rendered inside its <main>, from the
 * real components and the catalogue, so the first response shows what the app will show. Loaded
 * through Vite's SSR loader with component CSS injected, so the styles can be inlined.
 */
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import App from '../../src/ui/App.svelte';
import KommunePage from '../../src/ui/KommunePage.svelte';
import MethodPage from '../../src/ui/MethodPage.svelte';
import OverviewPage from '../../src/ui/OverviewPage.svelte';
import type { AppData } from '../../src/ui/app-data.ts';
import type { Navigate } from '../../src/ui/state/url-state.ts';
import type { Rendered } from './render-card.ts';

/** Nothing navigates at build time; the links carry real hrefs. */
const navigate: Navigate = () => undefined;

/** The app shell around already rendered page HTML, for the page `search` stands for. */
export function renderShell(search: string, html: string): Rendered {
  const content = createRawSnippet(() => ({ render: () => html }));
  const { body, head } = render(App, {
    props: { dataUrl: '', prerendered: true, search, content },
  });
  return { html: stripComments(body), css: styles(head) };
}

function renderPage<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  search: string,
): Rendered {
  const page = render(component, { props });
  const shell = renderShell(search, stripComments(page.body));
  return { html: shell.html, css: [...styles(page.head), ...shell.css] };
}

export function renderOverview(data: AppData): Rendered {
  return renderPage(OverviewPage, { data, filter: {}, lang: 'da' as const, navigate }, '');
}

export function renderKommune(data: AppData, kode: string): Rendered {
  return renderPage(KommunePage, { data, kode, lang: 'da' as const, navigate }, `?kommune=${kode}`);
}

export function renderMethod(): Rendered {
  return renderPage(MethodPage, { lang: 'da' as const }, '?page=method');
}

function styles(head: string): string[] {
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

/** Svelte's hydration markers are not needed: the app replaces the page rather than hydrating. */
function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}
