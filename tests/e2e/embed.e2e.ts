import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeChartInput } from '../../src/charts/pledge-chart-input.ts';
import { layoutPledgeChart } from '../../src/charts/pledge-chart-layout.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { hasTarget, type Pledge } from '../../src/domain/pledge.ts';
import { daVerdict } from '../../src/text/da-verdict.ts';
import { loadLanguage } from '../../src/text/t.ts';
import {
  chartedPledge,
  CHROMIUM_ARGS,
  figuresOf,
  foreignRequests,
  openPage,
  pledgeWhere,
  sentenceFor,
  servedCatalogue,
  startHarness,
  today,
  type Harness,
} from './harness.ts';

/** The pledge embedded: one with figures in the extract, picked from the served catalogue. */
let PLEDGE = '';

/** A frame that keeps asking its parent for 3000 px, as resize.js's embeds ask for their height. */
const POSTER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>
<script>setInterval(() => parent.postMessage({ type: 'loftetjek:height', height: 3000 }, '*'), 50);</script>
</body></html>`;

/** A stand-in for a newspaper's article page, on its own origin (a second local port). */
function startHostSite(appOrigin: string, embedPath: string): Promise<Server> {
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Avisen</title></head>
<body><h1>En artikel</h1><p>Tekst før grafen.</p>
<iframe id="lt" src="${appOrigin}${embedPath}" title="Løftetjek" style="width:100%;max-width:40rem;height:200px;border:0"></iframe>
<script async src="${appOrigin}/embed/resize.js"></script>
<p>Tekst efter grafen.</p></body></html>`;
  // The same article with two frames that are not ours but post our height message: a third
  // party's, and another page on the app's origin outside /embed/ (a shared host such as github.io).
  const crowded = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Avisen</title></head>
<body><iframe id="lt" src="${appOrigin}${embedPath}" title="Løftetjek" style="height:200px"></iframe>
<iframe id="third-party" src="/poster" title="Annonce" style="height:200px"></iframe>
<iframe id="same-origin" src="${appOrigin}/elsewhere/poster" title="Andet" style="height:200px"></iframe>
<script async src="${appOrigin}/embed/resize.js"></script></body></html>`;
  const pages: Record<string, string> = { '/': html, '/crowded': crowded, '/poster': POSTER };
  const server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('embeds and static pages', () => {
  let h: Harness;
  let host: Server;
  let hostOrigin: string;
  let catalogue: Catalogue;
  let pledge: Pledge;
  beforeAll(async () => {
    // The expected English sentence is built here with the app's own words.
    await loadLanguage('en');
    h = await startHarness();
    catalogue = await servedCatalogue(h);
    pledge = chartedPledge(catalogue);
    PLEDGE = pledge.id;
    host = await startHostSite(h.origin, `/embed/${PLEDGE}/?lang=en`);
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => host?.close(r));
  });

  it('renders in a page on another origin, resizes to its card, and asks only its own origin', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(hostOrigin + '/');
    const frame = page.frameLocator('#lt');
    await frame.locator('[data-card-lang="en"] [data-testid="pledge-card"]').waitFor();
    // The card's sentence is the one the data gives today, in the language asked for.
    await expect(
      frame.locator('[data-card-lang="en"] [data-testid="card-sentence"]').textContent(),
    ).resolves.toBe(sentenceFor(catalogue, pledge, 'en'));
    expect(await frame.locator('[data-card-lang="da"]').isHidden()).toBe(true);
    // The resize script set the iframe to the card's height (it starts at 200 px).
    await expect
      .poll(async () => (await page.locator('#lt').boundingBox())?.height ?? 0)
      .toBeGreaterThan(400);
    const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
    const outer = (await page.locator('#lt').boundingBox())!.height;
    expect(Math.abs(outer - inner)).toBeLessThan(4);
    // Everything the iframe loaded came from the app's origin; nothing from anywhere else.
    const embedRequests = requests.filter((u) => !u.startsWith(hostOrigin + '/'));
    expect(foreignRequests(embedRequests, h.origin)).toEqual([]);
    expect(embedRequests.length).toBeLessThanOrEqual(4);
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('resizes only our embeds, not other frames that post the same message', async () => {
    const { page } = await openPage(h);
    await page.route(`${h.origin}/elsewhere/poster`, (route) =>
      route.fulfill({ contentType: 'text/html', body: POSTER }),
    );
    await page.goto(hostOrigin + '/crowded');
    await page
      .frameLocator('#lt')
      .locator('[data-card-lang="en"] [data-testid="pledge-card"]')
      .waitFor();
    await expect
      .poll(async () => (await page.locator('#lt').boundingBox())?.height ?? 0)
      .toBeGreaterThan(400);
    // Both posters have been asking all along (every 50 ms); give them time once more.
    await page.waitForTimeout(500);
    for (const id of ['#third-party', '#same-origin']) {
      expect(await page.locator(id).evaluate((f) => (f as HTMLElement).style.height), id).toBe(
        '200px',
      );
    }
  });

  it('shows the chart with JavaScript switched off, in the embed and on the static page', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const card = (testid: string) =>
      page.locator(`[data-card-lang="da"] [data-testid="${testid}"]`);
    const status = evaluateOutcome(pledge, catalogue.series[PLEDGE]!, today()).status;
    await page.goto(`${h.origin}/embed/${PLEDGE}/`);
    expect(await card('pledge-chart').count()).toBe(1);
    // One dot per period with a figure, as the chart's layout of the catalogue's series has.
    const dots = layoutPledgeChart(
      pledgeChartInput(pledge, catalogue.series[PLEDGE]!, { width: 640, height: 320 }),
    ).points.filter((p) => Number.isFinite(p.y)).length;
    expect(dots).toBeGreaterThan(0);
    expect(await card('pledge-chart').locator('circle.point').count()).toBe(dots);
    // The target line and the note that the target is our reading, exactly when there is one.
    expect(await card('target-line').count()).toBe(hasTarget(pledge.measure) ? 1 : 0);
    expect(await card('card-caveat').count()).toBe(
      hasTarget(pledge.measure) && pledge.measure.targetFrom === 'interpretation' ? 1 : 0,
    );
    await expect(card('card-outcome').textContent()).resolves.toBe(
      `Resultat: ${daVerdict.outcomeStatus[status]}`,
    );

    // A measure without a target: the trend, no target line, and no met or not met.
    const trend = pledgeWhere(
      catalogue,
      'pledge with figures and a measure without a target',
      (p) => !!p.measure && !hasTarget(p.measure) && figuresOf(catalogue, p).length > 0,
    );
    await page.goto(`${h.origin}/embed/${trend.id}/`);
    expect(await card('pledge-chart').count()).toBe(1);
    expect(await card('target-line').count()).toBe(0);
    await expect(card('card-outcome').textContent()).resolves.toBe('Resultat: Udvikling uden mål');

    // A measure whose series has no figures here says so instead of drawing an empty chart.
    const empty = pledgeWhere(
      catalogue,
      'pledge measured by a series with no figures in the extract',
      (p) => !!p.measure && (catalogue.series[p.id]?.observations.length ?? 0) === 0,
    );
    await page.goto(`${h.origin}/embed/${empty.id}/`);
    expect(await card('pledge-chart').count()).toBe(0);
    await expect(card('card-missing').textContent()).resolves.toContain(
      'Serien findes, men er ikke i de medfølgende data:',
    );

    await page.goto(`${h.origin}/p/${PLEDGE}/`);
    expect(await page.locator('#prerendered [data-testid="pledge-chart"]').count()).toBe(1);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/og\.png$/);
    const image = await page.request.get(`${h.origin}/p/${PLEDGE}/og.png`);
    expect(image.status()).toBe(200);
    expect((await image.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
    await context.close();
  });

  it('hands a static page over to the app without losing the view', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/p/${PLEDGE}/`);
    await page.getByTestId('pledge-page').waitFor();
    expect(await page.locator('#prerendered').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('p')).toBe(PLEDGE);
    await page.getByRole('link', { name: /Alle løfter/ }).click();
    await page.getByTestId('pledge-list').waitFor();
    expect(errors).toEqual([]);
  });

  it('falls back to defaults for hostile embed parameters and runs nothing', async () => {
    const { page, errors } = await openPage(h);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto(
      `${h.origin}/embed/${PLEDGE}/?lang=${encodeURIComponent('"><script>alert(1)</script>')}&theme=${encodeURIComponent('red;background:url(x)')}&compact=<b>&v=../../etc`,
    );
    await page.getByTestId('pledge-card').first().waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.locator('[data-card-lang="da"]').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/embed/${PLEDGE}/`);
    expect(dialog).toBe(false);
    expect(errors).toEqual([]);
  });

  it('applies theme and compact, and pins a data vintage', async () => {
    const { page } = await openPage(h);
    const catalogue = (await (await fetch(`${h.origin}/data/catalogue.json`)).json()) as {
      series: Record<string, { observations: { source: { retrieved: string } }[] }>;
    };
    const vintage = catalogue.series[PLEDGE]!.observations.map((o) => o.source.retrieved)
      .sort()
      .at(-1)!;
    await page.goto(`${h.origin}/embed/${PLEDGE}/?theme=dark&compact=1&v=${vintage}`);
    await page.waitForURL(`**/embed/${PLEDGE}/${vintage}/?theme=dark&compact=1`);
    await page.getByTestId('pledge-card').first().waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('html').getAttribute('data-vintage')).toBe(vintage);
    expect(await page.locator('.lt-card.lt-compact').count()).toBe(2);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    // The vintage's own card says which day its figures are from.
    await expect(
      page.locator('[data-card-lang="da"] [data-testid="card-sentence"]').textContent(),
    ).resolves.toMatch(/Tal som kendt \d+\. \w+\.? \d{4}\./);
  });

  it('offers the link, embed code and image on the pledge page', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${PLEDGE}`);
    // Sharing loads as the reader scrolls towards the foot of the page; the embed code comes
    // with the builder, which loads when opened.
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    await page.getByTestId('embed-builder-open').click();
    await page.getByTestId('embed-view-card').check();
    const code = await page.getByTestId('embed-snippet').inputValue();
    expect(code).toMatch(
      new RegExp(`<iframe src="${h.origin}/embed/${PLEDGE}/\\d{4}-\\d{2}-\\d{2}/"`),
    );
    expect(code).toContain(`<script async src="${h.origin}/embed/resize.js"></script>`);
    expect(CHROMIUM_ARGS).toContain('--headless');
  });
});
