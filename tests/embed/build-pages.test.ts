import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPages } from '../../scripts/build-pages.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { esc } from '../../scripts/pages/og-image.ts';
import { embedPolicy, parseHeadersFile } from '../../scripts/lib/csp.ts';
import { cspHash, hashesOf, inlineBlocks } from '../../scripts/pages/inline-hash.ts';
import { STALE_SCRIPT } from '../../scripts/pages/first-paint-scripts.ts';
import { scopesIn, scopesOnElements } from '../pages/scoped-classes.ts';
import { METRIC, measure, obs, pledge, series } from '../domain/fixtures.ts';

// A synthetic catalogue with hostile text, built into a throwaway dist/ with a minimal template.
const HOSTILE = '<img src=x onerror=alert(1)> "quoted" & </title><script>alert(2)</script>';
// Every special pattern of a String.replace replacement string: text must never expand them.
const DOLLARS = "US$'s $& $` $1 $2 $$ $<x> $'";

describe('static pages and embeds (build-pages)', () => {
  let dist: string;
  const id = 'synthetic-pledge';
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'loftetjek-pages-'));
    mkdirSync(join(dist, 'data'), { recursive: true });
    const p = { ...pledge({ measure: measure() }), id, quote: HOSTILE, summaryEn: HOSTILE };
    const s = series([obs({ label: '2019', value: 750 }), obs({ label: '2022', value: 507 })]);
    s.observations[1]!.source.retrieved = '2025-02-01';
    // A source labelled in each language, as the data build writes it (scripts/lib/source-label.ts).
    s.observations[1]!.source.title = 'Syntetisk avis (med tal fra Kontoret): Titel (nov. 2019)';
    s.observations[1]!.source.titleEn = 'Syntetisk avis (citing Kontoret): Titel (Nov 2019)';
    const dollars = { ...pledge({ measure: measure() }), id: 'dollar-text', quote: DOLLARS };
    const dollarSeries = series([obs({ label: '2022', value: 507 })], {
      ...METRIC,
      titleDa: `personer med ${DOLLARS}`,
    });
    const catalogue: Catalogue = {
      version: 2,
      builtAt: '2025-03-01T00:00:00Z',
      inputsSha256: 'x',
      pledges: [p, { ...pledge({}), id: 'no-figures' }, dollars],
      documents: [],
      kommuner: [{ kode: '751', navn: 'Aarhus', region: 'Midtjylland' }],
      series: { [id]: s, 'dollar-text': dollarSeries },
      comparisons: [],
    };
    writeFileSync(join(dist, 'data/catalogue.json'), JSON.stringify(catalogue));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="da"><head><title>Løftetjek</title><meta name="description" content="x" /><script type="module" src="./assets/index.js"></script></head><body><a class="skip-link" href="#main">x</a><div id="app"></div></body></html>',
    );
    await buildPages({
      root: process.cwd(),
      distDir: dist,
      today: '2025-03-01',
      siteUrl: 'https://example.org/lt/',
    });
  }, 60_000);

  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('writes a static page with the chart, Open Graph tags and the app', () => {
    const html = read(`p/${id}/index.html`);
    expect(html).toMatch(/<div id="prerendered"[^>]*>[\s\S]*<svg[^>]*pledge-chart/);
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/lt/p/synthetic-pledge/og.png">',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('src="../../assets/index.js"');
    // Its CSS is inline, allowed by hash: nothing blocks the first paint.
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
    expect(inlineBlocks(html).styles).toHaveLength(1);
    expect(inlineBlocks(html).styles[0]).toContain('.lt-card');
    // The app shell around the card, so the page looks as it will once the app has taken over.
    expect(html).toMatch(/<div id="prerendered" data-view="\?p=synthetic-pledge"><header/);
    expect(html).toContain('<main id="main">');
  });

  it('allows exactly its inline CSS and scripts by hash, in each <meta> and in _headers', () => {
    const headers = parseHeadersFile(read('_headers'));
    const header = (path: string) =>
      headers.find((r) => r.path === path)?.headers['Content-Security-Policy'];
    for (const path of [
      'index.html',
      `p/${id}/index.html`,
      'kommune/751/index.html',
      'metode/index.html',
    ]) {
      const html = read(path);
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      const own = hashesOf(html);
      expect(own.styles, path).toHaveLength(1);
      for (const hash of [...own.scripts, ...own.styles]) expect(meta, path).toContain(hash);
      expect(meta, path).not.toMatch(/(script-src|style-src) [^;]*'unsafe-inline'/);
      expect(meta, path).toMatch(
        /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
      );
      expect(header('/'), path).toBe(`${meta}; frame-ancestors 'none'`);
      expect(header('/kommune/*'), path).toBe(`${meta}; frame-ancestors 'none'`);
    }
    const embed = read(`embed/${id}/index.html`);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(embed)?.[1];
    expect(header('/embed/*')).toBe(meta);
  });

  it('inlines minified CSS per kind of page, holding only the components that kind renders', () => {
    const pages = {
      overview: ['index.html'],
      pledge: [`p/${id}/index.html`, 'p/no-figures/index.html', 'p/dollar-text/index.html'],
      kommune: ['kommune/751/index.html'],
      method: ['metode/index.html'],
    };
    const cssOf = (path: string) => inlineBlocks(read(path)).styles[0] ?? '';
    const texts = new Set<string>();
    for (const [kind, paths] of Object.entries(pages)) {
      const css = cssOf(paths[0]!);
      texts.add(css);
      // Every page of a kind carries the same text, so one hash per kind allows them all.
      for (const path of paths) expect(cssOf(path), path).toBe(css);
      // The server render's source maps and comments are gone.
      expect(css, kind).not.toMatch(/\/\*|sourceMappingURL/);
      expect(css, kind).not.toMatch(/\n\s/);
      // Each component's scoped class in the CSS is on some element of a page of this kind,
      // and every scoped class on the pages has its styles there (Svelte scopes only elements
      // that its styles select).
      const html = paths.map(read).join('\n');
      const inCss = new Set(scopesIn(css));
      const onPages = scopesOnElements(html);
      expect(onPages.size, kind).toBeGreaterThan(0);
      expect(
        [...inCss].filter((scope) => !onPages.has(scope)),
        kind,
      ).toEqual([]);
      expect(
        [...onPages].filter((scope) => !inCss.has(scope)),
        kind,
      ).toEqual([]);
    }
    expect(texts.size).toBe(4);
  });

  it('prerenders the overview, each kommune and the method page at the paths the app reads', () => {
    const overview = read('index.html');
    expect(overview).toContain('<div id="prerendered" data-view="./">');
    expect(overview.match(/class="pledge-card"/g)?.length).toBe(3);
    // The root sends old links of prerendered pages to them; the list names only what was built.
    const route = inlineBlocks(overview).scripts.find((s) => s.includes('location.replace'));
    expect(route).toContain('["synthetic-pledge","no-figures","dollar-text"]');
    expect(route).toContain('["751"]');
    const kommune = read('kommune/751/index.html');
    expect(kommune).toContain('data-view="?kommune=751"');
    expect(kommune).toContain('data-testid="scorecard"');
    expect(kommune).toMatch(/<title>Aarhus[^<]* – Løftetjek<\/title>/);
    expect(kommune).toContain('src="../../assets/index.js"');
    // Links go up to the prerendered pages (no JavaScript needed to follow them).
    expect(kommune).toContain('href="../../p/synthetic-pledge/"');
    expect(kommune).not.toMatch(/href="\?p=/);
    // Controls do nothing until the app runs, and say so.
    expect(kommune).toMatch(/<button disabled[^>]*class="lang"/);
    const method = read('metode/index.html');
    expect(method).toContain('data-view="?page=method"');
    expect(method).toContain('data-testid="method-page"');
    expect(method).toContain('src="../assets/index.js"');
  });

  it('escapes hostile pledge text everywhere it appears', () => {
    for (const path of [
      `p/${id}/index.html`,
      `embed/${id}/index.html`,
      `embed/${id}/chart/index.html`,
      'index.html',
      'kommune/751/index.html',
    ]) {
      const html = read(path);
      expect(html).not.toContain('<script>alert(2)</script>');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    }
  });

  it('copies text with $ patterns literally, never expanding them into the page', () => {
    const html = read('p/dollar-text/index.html');
    // The template has one script and one </head>; "$'" would paste the rest of the page again.
    expect(html.match(/<script type="module"/g)?.length).toBe(1);
    expect(inlineBlocks(html).scripts).toEqual([STALE_SCRIPT]);
    expect(html.match(/<\/head>/g)?.length).toBe(1);
    expect(html.match(/id="prerendered"/g)?.length).toBe(1);
    expect(html).toContain(`<title>${esc(DOLLARS)} – Løftetjek</title>`);
    expect(html).toContain(`<meta property="og:title" content="${esc(DOLLARS)} – Løftetjek">`);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description).toContain(`personer med ${esc(DOLLARS)}`);
    expect(read('embed/dollar-text/index.html')).toContain(esc(DOLLARS));
  });

  it('writes an embed in both languages with our own script and CSS only', () => {
    const html = read(`embed/${id}/index.html`);
    expect(html).toContain('data-card-lang="da"');
    expect(html).toMatch(/data-card-lang="en" hidden/);
    expect(html).toContain('<script type="module" src="../../embed/embed.js"></script>');
    const css = inlineBlocks(html).styles;
    expect(css).toHaveLength(1);
    expect(css[0]).toContain('.lt-card');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${embedPolicy({ scripts: [], styles: [cspHash(css[0]!)] })}">`,
    );
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
    expect(html).not.toMatch(/<script>(?!alert)/);
    expect(html).toContain('data-vintages="2025-01-01 2025-02-01"');
    expect(existsSync(join(dist, 'embed/embed.js'))).toBe(true);
    expect(existsSync(join(dist, 'embed/resize.js'))).toBe(true);
    expect(read('embed/card.css')).toContain('.lt-card');
  });

  it('names each source in the language of the card', () => {
    const html = read(`embed/${id}/index.html`);
    const [da, en] = html.split('data-card-lang="en"');
    expect(da).toContain('Syntetisk avis (med tal fra Kontoret): Titel (nov. 2019)');
    expect(en).toContain('Syntetisk avis (citing Kontoret): Titel (Nov 2019)');
    expect(da).not.toContain('citing');
    expect(read(`p/${id}/index.html`)).toContain('(med tal fra Kontoret): Titel (nov. 2019)');
  });

  it('writes one page per data vintage, with the figures known that day', () => {
    const early = read(`embed/${id}/2025-01-01/index.html`);
    expect(early).toContain('data-vintage="2025-01-01"');
    // One point per language card, drawn in the wide chart and again in the narrow one.
    expect(early.match(/class="point/g)?.length).toBe(2 * 2);
    const late = read(`embed/${id}/2025-02-01/index.html`);
    expect(late.match(/class="point/g)?.length).toBe(4 * 2);
  });

  it('writes a chart-only embed and its vintages, light unless asked, without quote or verdicts', () => {
    for (const [path, points] of [
      [`embed/${id}/chart/index.html`, 8],
      [`embed/${id}/chart/2025-01-01/index.html`, 4],
      [`embed/${id}/chart/2025-02-01/index.html`, 8],
    ] as const) {
      const html = read(path);
      expect(html, path).toContain('data-testid="chart-embed"');
      expect(html.match(/class="point/g)?.length, path).toBe(points);
      // The inline CSS names every card class; the body must hold none of those blocks.
      const body = html.replace(/<style[\s\S]*?<\/style>/g, '');
      expect(body, path).not.toContain('lt-quote');
      expect(body, path).not.toContain('card-outcome');
      expect(html, path).toContain('<html lang="da" data-theme="light"');
      // The same hashed policy and inline CSS as the card embed.
      expect(html, path).toContain(
        `content="${embedPolicy({ scripts: [], styles: [cspHash(inlineBlocks(html).styles[0]!)] })}"`,
      );
      expect(html, path).not.toMatch(/<link[^>]*stylesheet/);
      expect(html, path).toContain('class="lt-source"');
      expect(html, path).toMatch(/<a href="(\.\.\/)+p\/synthetic-pledge\/" target="_blank"/);
      expect(html, path).not.toContain('<img src=x');
    }
    expect(read(`embed/${id}/chart/2025-01-01/index.html`)).toMatch(/Tal som kendt 1\. jan\. 2025/);
    // A pledge without figures offers the card only.
    expect(existsSync(join(dist, 'embed/no-figures/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'embed/no-figures/chart'))).toBe(false);
  });

  it('renders an og:image PNG for every pledge, with or without figures', () => {
    for (const p of [id, 'no-figures']) {
      const png = readFileSync(join(dist, `p/${p}/og.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });
});
