/**
 * After `vite build`: writes a static page and an embed for every pledge into dist/, rendered at
 * build time so the chart is in the first HTML response and visible without JavaScript.
 *
 *   dist/p/<id>/index.html        the SPA's page with the card pre-rendered, Open Graph tags
 *   dist/p/<id>/og.png            the og:image (1200 × 630), rasterised with resvg
 *   dist/embed/<id>/index.html    the iframe page: card in Danish and English, latest figures
 *   dist/embed/<id>/<day>/        the same as known on <day> (a data vintage), for pinned embeds
 *   dist/embed/<id>/chart/        the chart alone, and its vintages (pages/write-embeds.ts)
 *   dist/embed/card.css, embed.js, resize.js
 *   dist/index.html               the overview prerendered (pages/prerender-pages.ts)
 *   dist/kommune/<kode>/          each kommune's scorecard prerendered
 *   dist/metode/                  the method page prerendered
 *   dist/_headers                 public/_headers with this build's inline hashes
 *
 * Every page carries its CSS inline (pages/inline-styles.ts) and is allowed it by hash, in its
 * <meta> policy and in dist/_headers alike, so its first response paints without another request.
 *
 * LOFTETJEK_SITE_URL (e.g. https://example.org/loftetjek) makes og:url and og:image absolute,
 * which social sites need. With `--production` (npm run build) it is required unless
 * LOFTETJEK_NO_PUBLIC_ADDRESS=1 (pages/site-address.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, createServer } from 'vite';
import { buildCardModel, type CardModel } from './pages/card-model.ts';
import { siteAddress, type SiteAddress } from './pages/site-address.ts';
import { loadLanguage, t } from '../src/text/t.ts';
import { esc, ogImageSvg, resolveCssVariables } from './pages/og-image.ts';
import { vintagesOf } from '../src/embed/vintage.ts';
import {
  appMetaPolicy,
  embedPolicy,
  headerRules,
  renderHeadersFile,
  STATBANK_API,
  type InlineHashes,
} from './lib/csp.ts';
import { cspHash, styleElement, unallowedBlocks } from './pages/inline-hash.ts';
import {
  APP_PAGE_KINDS,
  inlineStyles,
  type AppPageKind,
  type InlineStyles,
} from './pages/inline-styles.ts';
import { routeScript, STALE_SCRIPT } from './pages/first-paint-scripts.ts';
import { shellPage } from './pages/page-shell.ts';
import {
  appDataFor,
  prerenderAppPages,
  type AppRenderer,
  type PrerenderedPage,
} from './pages/prerender-pages.ts';
import { parseCatalogue, type Catalogue } from '../src/domain/catalogue.ts';
import type { Pledge } from '../src/domain/pledge.ts';
import type { Rendered } from './pages/render-card.ts';
import { pledgePagePath } from '../src/embed/share-url.ts';
import { writeChartEmbeds, type ChartEmbedRenderer } from './pages/write-embeds.ts';
import { pageTitle } from '../src/ui/page-title.ts';

interface Renderer extends ChartEmbedRenderer {
  renderCard(
    card: CardModel,
    options: { href: string; target?: '_blank' | '_top' | null; compact?: boolean },
  ): Rendered;
  renderChart(card: CardModel): Rendered | null;
}

/** What every page's final text needs once all pages are rendered: the CSS and its hashes. */
interface Inline {
  styles: InlineStyles;
  app: InlineHashes;
  embed: InlineHashes;
  /** The inline <head> scripts of app pages other than the root. */
  appScripts: string[];
  rootScripts: string[];
}

/** A page rendered, waiting for the inline CSS that all pages together determine. */
interface Pending {
  file: string;
  allowed: (inline: Inline) => InlineHashes;
  html: (inline: Inline) => string;
}

export interface BuildPagesOptions {
  root: string;
  distDir: string;
  today: string;
  siteUrl?: string;
}

export async function buildPages(
  options: BuildPagesOptions,
): Promise<{ pledges: number; files: number }> {
  const { root, distDir, today } = options;
  const catalogueJson = readFileSync(join(distDir, 'data/catalogue.json'), 'utf8');
  const catalogue = parseCatalogue(JSON.parse(catalogueJson));
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    // Component CSS injected into the server render, so it can be collected and inlined.
    plugins: [svelte({ compilerOptions: { css: 'injected' } })],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let files = 0;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    files++;
  };
  const pending: Pending[] = [];
  const cardCss = new Set<string>();
  const appCss = Object.fromEntries(APP_PAGE_KINDS.map((k) => [k, new Set<string>()])) as Record<
    AppPageKind,
    Set<string>
  >;
  try {
    const renderer = (await server.ssrLoadModule('/scripts/pages/render-card.ts')) as Renderer;
    const app = (await server.ssrLoadModule('/scripts/pages/render-app.ts')) as AppRenderer;
    // Cards are built here in both languages; the browser loads English only on demand.
    await loadLanguage('en');
    for (const dir of ['p', 'embed', 'kommune', 'metode'])
      rmSync(join(distDir, dir), { recursive: true, force: true });
    for (const pledge of catalogue.pledges) {
      const cards = (vintage: string | null) =>
        (['da', 'en'] as const).map((lang) =>
          buildCardModel({ catalogue, pledge, lang, today, vintage }),
        );
      const latest = cards(null);
      const vintages = vintagesOf(catalogue.series[pledge.id] ?? null);
      pending.push(
        embedPage(renderer, latest, join(distDir, 'embed', pledge.id, 'index.html'), {
          depth: 2,
          vintage: null,
          vintages,
          css: cardCss,
        }),
      );
      for (const day of vintages) {
        pending.push(
          embedPage(renderer, cards(day), join(distDir, 'embed', pledge.id, day, 'index.html'), {
            depth: 3,
            vintage: day,
            vintages,
            css: cardCss,
          }),
        );
      }
      writeChartEmbeds({
        renderer,
        shell: (models, file, page) => pending.push(embedPage(renderer, models, file, page)),
        catalogue,
        pledge,
        cards,
        vintages,
        dir: join(distDir, 'embed', pledge.id),
        css: cardCss,
      });
      const da = latest[0]!;
      const card = renderer.renderCard(da, { href: `../../?p=${pledge.id}` });
      for (const c of card.css) {
        cardCss.add(c);
        appCss.pledge.add(c);
      }
      const shell = app.renderShell(`?p=${pledge.id}`, card.html);
      for (const c of shell.css) appCss.pledge.add(c);
      pending.push({
        file: join(distDir, 'p', pledge.id, 'index.html'),
        allowed: (inline) => inline.app,
        html: (inline) => staticPage(template, shell.html, da, pledge, options, inline),
      });
      write(join(distDir, 'p', pledge.id, 'og.png'), ogImage(renderer, da));
    }
    const data = await appDataFor(catalogueJson, today);
    for (const page of prerenderAppPages(app, data)) {
      for (const c of page.rendered.css) appCss[page.kind].add(c);
      pending.push(appPage(template, page, distDir));
    }
    write(
      join(distDir, 'embed', 'card.css'),
      [
        readFileSync(join(root, 'src/ui/theme.css'), 'utf8'),
        readFileSync(join(root, 'src/embed/card.css'), 'utf8'),
        ...cardCss,
      ].join('\n'),
    );
  } finally {
    await server.close();
  }
  const inline = inlineFor(inlineStyles({ root, distDir, template, cardCss, appCss }), catalogue);
  for (const page of pending) {
    const html = page.html(inline);
    const unallowed = unallowedBlocks(html, page.allowed(inline));
    if (unallowed.length > 0)
      throw new Error(`${page.file}: inline elements without a hash: ${unallowed.join(', ')}`);
    write(page.file, html);
  }
  write(join(distDir, '_headers'), renderHeadersFile(headerRules(inline.app, inline.embed)));
  await bundleScript(root, distDir, 'embed', 'es');
  await bundleScript(root, distDir, 'resize', 'iife');
  return { pledges: catalogue.pledges.length, files: files + 2 };
}

function inlineFor(styles: InlineStyles, catalogue: Catalogue): Inline {
  const route = routeScript(
    catalogue.pledges.map((p) => p.id),
    catalogue.kommuner.map((k) => k.kode),
  );
  return {
    styles,
    // Every app page allows both scripts and every kind's CSS, so one policy (and one header)
    // serves them all.
    app: {
      scripts: [cspHash(route), cspHash(STALE_SCRIPT)],
      styles: APP_PAGE_KINDS.map((kind) => cspHash(styles.app[kind])),
    },
    embed: { scripts: [], styles: [cspHash(styles.embed)] },
    appScripts: [STALE_SCRIPT],
    rootScripts: [route, STALE_SCRIPT],
  };
}

function appPage(template: string, page: PrerenderedPage, distDir: string): Pending {
  return {
    file: join(distDir, page.path, 'index.html'),
    allowed: (inline) => inline.app,
    html: (inline) =>
      shellPage(template, {
        depth: page.depth,
        view: page.view,
        body: page.rendered.html,
        css: inline.styles.app[page.kind],
        scripts: page.depth === 0 ? inline.rootScripts : inline.appScripts,
        policy: appMetaPolicy(STATBANK_API, inline.app),
        ...(page.title !== undefined ? { title: page.title } : {}),
      }),
  };
}

function embedPage(
  renderer: Renderer,
  cards: CardModel[],
  file: string,
  page: {
    depth: number;
    vintage: string | null;
    vintages: string[];
    css: Set<string>;
    /** Another body than the card (the chart alone). */
    render?: (card: CardModel, href: string) => Rendered;
  },
): Pending {
  const up = '../'.repeat(page.depth);
  const id = cards[0]!.view.id;
  const body = cards
    .map((card, i) => {
      const href = `${up}${pledgePagePath(id, card.view.lang)}`;
      const rendered =
        page.render?.(card, href) ?? renderer.renderCard(card, { href, target: '_blank' });
      for (const c of rendered.css) page.css.add(c);
      return `<div data-card-lang="${card.view.lang}"${i > 0 ? ' hidden' : ''}>${rendered.html}</div>`;
    })
    .join('\n');
  const da = cards[0]!;
  return {
    file,
    allowed: (inline) => inline.embed,
    html: (inline) => `<!doctype html>
<html lang="da" data-theme="light" data-vintages="${esc(page.vintages.join(' '))}"${page.vintage ? ` data-vintage="${page.vintage}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta http-equiv="Content-Security-Policy" content="${embedPolicy(inline.embed)}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${esc(pageTitle(da.view.headline))}</title>
${styleElement(inline.styles.embed)}
<script type="module" src="${up}embed/embed.js"></script>
</head>
<body class="lt-embed">
${body}
</body>
</html>
`,
  };
}

function staticPage(
  template: string,
  shell: string,
  model: CardModel,
  pledge: Pledge,
  options: BuildPagesOptions,
  inline: Inline,
): string {
  const site = options.siteUrl?.replace(/\/$/, '');
  const pageUrl = site ? `${site}/p/${pledge.id}/` : `./`;
  const image = site ? `${site}/p/${pledge.id}/og.png` : `og.png`;
  const title = pageTitle(model.view.headline);
  const description = model.view.sentence;
  const meta = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="Løftetjek">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:url" content="${esc(pageUrl)}">`,
    `<meta property="og:image" content="${esc(image)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${esc(model.view.chart?.description ?? description)}">`,
    `<meta property="og:locale" content="da_DK">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    ...(site ? [`<link rel="canonical" href="${esc(pageUrl)}">`] : []),
  ];
  return shellPage(template, {
    depth: 2,
    view: `?p=${pledge.id}`,
    body: shell,
    css: inline.styles.app.pledge,
    scripts: inline.appScripts,
    policy: appMetaPolicy(STATBANK_API, inline.app),
    title,
    description,
    head: meta,
  });
}

function ogImage(renderer: Renderer, card: CardModel): Buffer {
  const chart = renderer.renderChart(card);
  const { view } = card;
  const svg = ogImageSvg({
    title: view.headline,
    verdict: `${t(view.lang).outcome}: ${view.outcome.label}`,
    sentence: view.sentence,
    footer: shorten(`Løftetjek · ${view.sourcesLine}`, 92),
    chartSvg: chart?.html ?? null,
    css: resolveCssVariables(chart?.css.join('\n') ?? ''),
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return png.asPng();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')} …`;
}

async function bundleScript(
  root: string,
  distDir: string,
  name: 'embed' | 'resize',
  format: 'es' | 'iife',
): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: join(distDir, 'embed'),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: {
        entry: join(root, `src/embed/${name}.ts`),
        formats: [format],
        name: 'LoftetjekResize',
        fileName: () => `${name}.js`,
      },
    },
  });
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const started = Date.now();
  const site = addressOrExit();
  const result = await buildPages({
    root,
    distDir: join(root, 'dist'),
    today: new Date().toISOString().slice(0, 10),
    ...(site.kind === 'absolute' ? { siteUrl: site.url } : {}),
  });
  console.log(
    `Wrote static pages and embeds for ${result.pledges} pledges (${result.files} files) in ${Date.now() - started} ms.`,
  );
}

/** One clear line instead of a stack trace: the address is the builder's setting, not a bug. */
function addressOrExit(): SiteAddress {
  try {
    return siteAddress({
      siteUrl: process.env.LOFTETJEK_SITE_URL,
      noPublicAddress: process.env.LOFTETJEK_NO_PUBLIC_ADDRESS,
      production: process.argv.includes('--production'),
    });
  } catch (err) {
    console.error(`build-pages: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}

export type { Catalogue };
