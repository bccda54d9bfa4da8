/**
 * The CSS written inline into the build's pages, one text per kind of page so that every page of
 * a kind carries the same bytes and the policy needs one hash per kind:
 *
 * - embeds: the theme, the card's stylesheet and the components' styles (what embed/card.css
 *   holds, which stays for pages that link it);
 * - app pages, one text for each of the overview (the root), pledge pages (p/), kommune pages and
 *   the method page: the app's entry CSS as Vite built it, the card's stylesheet, STALE_CSS and
 *   the styles of the components that kind of page holds. A page carries only its own kind's
 *   component styles because every byte of the first response is paid for before first paint;
 *   once the app takes over, each lazy page chunk brings its own stylesheet, as it does in the
 *   app without prerendering.
 *
 * Component styles come from the server render (css: 'injected'); their class hashes are the
 * client build's, so after the app takes over its elements keep matching them. The server render
 * is Vite's dev pipeline, whose styles are unminified and carry inline source maps (three quarters
 * of the bytes), so every text is minified with lightningcss, the minifier of Vite's own build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { STALE_CSS } from './first-paint-scripts.ts';
import { templateStylesheets } from './page-shell.ts';

/** The kinds of prerendered app page, each with its own inline CSS. */
export const APP_PAGE_KINDS = ['overview', 'pledge', 'kommune', 'method'] as const;
export type AppPageKind = (typeof APP_PAGE_KINDS)[number];

export interface InlineStyles {
  embed: string;
  app: Record<AppPageKind, string>;
}

export function inlineStyles(options: {
  root: string;
  distDir: string;
  template: string;
  cardCss: Iterable<string>;
  /** The component styles each kind of app page holds. */
  appCss: Record<AppPageKind, Iterable<string>>;
}): InlineStyles {
  const { root, distDir, template } = options;
  const read = (path: string) => readFileSync(path, 'utf8').trim();
  const card = read(join(root, 'src/embed/card.css'));
  const cardComponents = [...new Set(options.cardCss)];
  const embed = minifyCss([read(join(root, 'src/ui/theme.css')), card, ...cardComponents]);
  const entry = templateStylesheets(template).map((href) => read(join(distDir, href)));
  const appFor = (kind: AppPageKind) =>
    minifyCss([...entry, card, ...new Set(options.appCss[kind]), STALE_CSS]);
  const app = Object.fromEntries(APP_PAGE_KINDS.map((kind) => [kind, appFor(kind)])) as Record<
    AppPageKind,
    string
  >;
  return { embed, app };
}

/**
 * The texts joined and minified: comments (source maps among them) and whitespace go, and
 * nothing is lowered for older browsers (no targets), so what the rules mean does not change.
 * Invalid CSS fails the build rather than reaching a page.
 */
export function minifyCss(parts: readonly string[]): string {
  const { code } = transform({
    filename: 'inline.css',
    code: Buffer.from(parts.join('\n')),
    minify: true,
    errorRecovery: false,
  });
  return code.toString();
}
