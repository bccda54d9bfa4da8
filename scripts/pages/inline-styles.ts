/**
 * The CSS written inline into the build's pages, one text per kind of page so that every page of
 * a kind carries the same bytes and the policy needs one hash per kind:
 *
 * - embeds: the theme, the card's stylesheet and the components' styles (what embed/card.css
 *   holds, which stays for pages that link it);
 * - app pages (the root, p/, kommune/, metode/): the app's entry CSS as Vite built it, the card's
 *   stylesheet, the styles of every component the prerendered pages hold, and STALE_CSS.
 *
 * Component styles come from the server render (css: 'injected'); their class hashes are the
 * client build's, so after the app takes over its elements keep matching them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STALE_CSS } from './first-paint-scripts.ts';
import { templateStylesheets } from './page-shell.ts';

export interface InlineStyles {
  embed: string;
  app: string;
}

export function inlineStyles(options: {
  root: string;
  distDir: string;
  template: string;
  cardCss: Iterable<string>;
  appCss: Iterable<string>;
}): InlineStyles {
  const { root, distDir, template } = options;
  const read = (path: string) => readFileSync(path, 'utf8').trim();
  const card = read(join(root, 'src/embed/card.css'));
  const cardComponents = [...new Set(options.cardCss)];
  const embed = [read(join(root, 'src/ui/theme.css')), card, ...cardComponents].join('\n');
  const entry = templateStylesheets(template).map((href) => read(join(distDir, href)));
  const components = [...new Set([...cardComponents, ...options.appCss])];
  const app = [...entry, card, ...components, STALE_CSS].join('\n');
  return { embed, app };
}
