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
import { EMBED_POLICY } from './lib/csp.ts';
import { parseCatalogue, type Catalogue } from '../src/domain/catalogue.ts';
import type { Pledge } from '../src/domain/pledge.ts';
import type { Rendered } from './pages/render-card.ts';
import { writeChartEmbeds, type ChartEmbedRenderer } from './pages/write-embeds.ts';

interface Renderer extends ChartEmbedRenderer {
  renderCard(
    card: CardModel,
    options: { href: string; target?: '_blank' | '_top' | null; compact?: boolean },
  ): Rendered;
  renderChart(card: CardModel): Rendered | null;
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
  const catalogue = parseCatalogue(
    JSON.parse(readFileSync(join(distDir, 'data/catalogue.json'), 'utf8')),
  );
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    // Component CSS injected into the server render, so it can be collected into card.css.
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
  try {
    const renderer = (await server.ssrLoadModule('/scripts/pages/render-card.ts')) as Renderer;
    // Cards are built here in both languages; the browser loads English only on demand.
    await loadLanguage('en');
    const css = new Set<string>();
    rmSync(join(distDir, 'p'), { recursive: true, force: true });
    rmSync(join(distDir, 'embed'), { recursive: true, force: true });
    for (const pledge of catalogue.pledges) {
      const cards = (vintage: string | null) =>
        (['da', 'en'] as const).map((lang) =>
          buildCardModel({ catalogue, pledge, lang, today, vintage }),
        );
      const latest = cards(null);
      const vintages = vintagesOf(catalogue.series[pledge.id] ?? null);
      write(
        join(distDir, 'embed', pledge.id, 'index.html'),
        embedPage(renderer, latest, { depth: 2, vintage: null, vintages, css }),
      );
      for (const day of vintages) {
        write(
          join(distDir, 'embed', pledge.id, day, 'index.html'),
          embedPage(renderer, cards(day), { depth: 3, vintage: day, vintages, css }),
        );
      }
      const shell = (models: CardModel[], page: Parameters<typeof embedPage>[2]) =>
        embedPage(renderer, models, page);
      const dir = join(distDir, 'embed', pledge.id);
      files += writeChartEmbeds({
        renderer,
        shell,
        catalogue,
        pledge,
        cards,
        vintages,
        dir,
        css,
        write,
      });
      const da = latest[0]!;
      write(
        join(distDir, 'p', pledge.id, 'index.html'),
        staticPage(
          template,
          renderer.renderCard(da, { href: `../../?p=${pledge.id}` }),
          da,
          pledge,
          options,
        ),
      );
      write(join(distDir, 'p', pledge.id, 'og.png'), ogImage(renderer, da));
    }
    write(
      join(distDir, 'embed', 'card.css'),
      [
        readFileSync(join(root, 'src/ui/theme.css'), 'utf8'),
        readFileSync(join(root, 'src/embed/card.css'), 'utf8'),
        ...css,
      ].join('\n'),
    );
  } finally {
    await server.close();
  }
  await bundleScript(root, distDir, 'embed', 'es');
  await bundleScript(root, distDir, 'resize', 'iife');
  return { pledges: catalogue.pledges.length, files: files + 2 };
}

function embedPage(
  renderer: Renderer,
  cards: CardModel[],
  page: {
    depth: number;
    vintage: string | null;
    vintages: string[];
    css: Set<string>;
    /** Another body than the card (the chart alone). */
    render?: (card: CardModel, href: string) => Rendered;
  },
): string {
  const up = '../'.repeat(page.depth);
  const id = cards[0]!.view.id;
  const body = cards
    .map((card, i) => {
      const href = `${up}p/${id}/${card.view.lang === 'en' ? '?lang=en' : ''}`;
      const rendered =
        page.render?.(card, href) ?? renderer.renderCard(card, { href, target: '_blank' });
      for (const c of rendered.css) page.css.add(c);
      return `<div data-card-lang="${card.view.lang}"${i > 0 ? ' hidden' : ''}>${rendered.html}</div>`;
    })
    .join('\n');
  const da = cards[0]!;
  return `<!doctype html>
<html lang="da" data-theme="light" data-vintages="${esc(page.vintages.join(' '))}"${page.vintage ? ` data-vintage="${page.vintage}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta http-equiv="Content-Security-Policy" content="${EMBED_POLICY}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${esc(da.view.headline)} – Løftetjek</title>
<link rel="stylesheet" href="${up}embed/card.css">
<script type="module" src="${up}embed/embed.js"></script>
</head>
<body class="lt-embed">
${body}
</body>
</html>
`;
}

function staticPage(
  template: string,
  card: Rendered,
  model: CardModel,
  pledge: Pledge,
  options: BuildPagesOptions,
): string {
  const site = options.siteUrl?.replace(/\/$/, '');
  const pageUrl = site ? `${site}/p/${pledge.id}/` : `./`;
  const image = site ? `${site}/p/${pledge.id}/og.png` : `og.png`;
  const title = `${model.view.headline} – Løftetjek`;
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
    `<link rel="stylesheet" href="../../embed/card.css">`,
    ...(site ? [`<link rel="canonical" href="${esc(pageUrl)}">`] : []),
  ].join('\n    ');
  // Catalogue text goes in through replacement functions: in a replacement string, `$'`, `$&`
  // and the like are patterns, so "US$'s" would paste the rest of the page in again.
  let html = template
    // The page lives two folders down; the SPA's own files are at the root.
    .replace(/(src|href)="\.\/(assets\/[^"]+)"/g, '$1="../../$2"')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_match, open: string, close: string) => `${open}${esc(description)}${close}`,
    )
    .replace('</head>', () => `    ${meta}\n  </head>`)
    .replace(
      '<div id="app"></div>',
      () =>
        `<div id="app"></div>\n    <div id="prerendered" class="prerendered">${card.html}</div>`,
    );
  if (!html.includes('id="prerendered"'))
    throw new Error('dist/index.html has no <div id="app"></div>');
  html = html.replace('href="#main"', 'href="#prerendered"');
  return html;
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
