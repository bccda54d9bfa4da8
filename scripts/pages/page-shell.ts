/**
 * A prerendered app page from the SPA's dist/index.html: the page's markup in the first
 * response, its CSS and head scripts inline (allowed by hash in its own Content-Security-Policy
 * <meta>), and nothing render-blocking: the stylesheet <link> Vite wrote is dropped, since its
 * rules are in the inline CSS, and the app's module script is deferred by nature.
 */
import { esc } from './og-image.ts';
import { scriptElement, styleElement } from './inline-hash.ts';
import { hrefFor, parseUrlState, pathFor } from '../../src/ui/state/url-state.ts';

export interface ShellPage {
  /** Folders between the page and the app root (p/<id>/ is 2). */
  depth: number;
  /** The view the markup shows, as the app writes it (hrefFor), so the app can tell it is current. */
  view: string;
  /** The app shell with the page inside, as rendered at build time. */
  body: string;
  css: string;
  scripts: readonly string[];
  /** The page's Content-Security-Policy, naming the inline elements' hashes. */
  policy: string;
  title?: string;
  description?: string;
  /** Further <head> elements (Open Graph tags). */
  head?: readonly string[];
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/;
const APP_STYLESHEET = /\s*<link\s+rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

/** The app's own stylesheets the template links (Vite's entry CSS), relative to the app root. */
export function templateStylesheets(template: string): string[] {
  return [...template.matchAll(APP_STYLESHEET)].map((m) => m[1]!);
}

export function shellPage(template: string, page: ShellPage): string {
  if (template.includes('id="prerendered"'))
    throw new Error('dist/index.html is already prerendered: run `vite build` before build-pages');
  if (!template.includes('<div id="app"></div>'))
    throw new Error('dist/index.html has no <div id="app"></div>');
  const up = '../'.repeat(page.depth);
  // The scripts before the CSS: the root's hand-over to a prerendered page then runs as soon as
  // the first bytes arrive, without waiting for tens of KB of styles it does not need.
  const inline = [
    `<meta http-equiv="Content-Security-Policy" content="${page.policy}">`,
    ...page.scripts.map(scriptElement),
    styleElement(page.css),
  ].join('\n    ');
  // Page text goes in through replacement functions: in a replacement string, `$'`, `$&` and the
  // like are patterns, so "US$'s" would paste the rest of the page in again.
  let html = template
    .replace(APP_STYLESHEET, '')
    .replace(
      /(src|href)="\.\/(assets\/[^"]+)"/g,
      (_m, attr: string, path: string) => `${attr}="${up}${path}"`,
    );
  html = CSP_META.test(html)
    ? html.replace(CSP_META, () => inline)
    : html.replace(/<head>/, () => `<head>\n    ${inline}`);
  if (page.title !== undefined)
    html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${esc(page.title!)}</title>`);
  if (page.description !== undefined)
    html = html.replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_m, open: string, close: string) => `${open}${esc(page.description!)}${close}`,
    );
  if (page.head?.length)
    html = html.replace('</head>', () => `    ${page.head!.join('\n    ')}\n  </head>`);
  const body = disableControls(relink(page.body, up));
  return html.replace(
    '<div id="app"></div>',
    () =>
      `<div id="app"></div>\n    <div id="prerendered" data-view="${esc(page.view)}">${body}</div>`,
  );
}

/**
 * The app's links are queries relative to the page (?p=<id>); from a page in a folder they must
 * go up to the root, and where the view has a prerendered page they go straight to it, so a
 * reader without JavaScript can follow them too.
 */
export function relink(html: string, up: string): string {
  return html.replace(/href="(\?[^"]*|\.\/)"/g, (_m, href: string) => {
    const query = href === './' ? '' : href.replaceAll('&amp;', '&');
    const state = parseUrlState(query);
    const path = state.lang === 'da' ? pathFor(state.view) : null;
    const target = path !== null && hrefFor(state) === (query || './') ? path : href;
    return `href="${up}${target === '' ? (up === '' ? './' : '') : target}"`;
  });
}

/**
 * Controls do nothing until the app takes over; disabled, they say so, and a reader (or a test)
 * acting on one waits for the live control that replaces it.
 */
export function disableControls(html: string): string {
  return html.replace(
    /<(button|input|select|textarea)\b(?![^>]*\sdisabled\b)/g,
    (_m, tag: string) => `<${tag} disabled`,
  );
}
