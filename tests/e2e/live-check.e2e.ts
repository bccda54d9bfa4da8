/**
 * The reader's live check in Chromium, against a build whose StatBank API is a loopback replay
 * (LOFTETJEK_STATBANK_API). The replay serves real bodies read from ../shared at test time (never
 * copied into the project): the FOLK1A export from dst-exports/ and DST's HTTP 400 error body from
 * a recorded call; the SMDBV004 answer is synthetic (tests/live/fixtures/README.md), because no
 * real SMDBV004 body is recorded and the site has no SMDBV004 figures to compare with.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { outcomeStatusLabel } from '../../src/domain/outcome.ts';

const SHARED = resolve('../shared/data');
const HAVE_SHARED =
  existsSync(join(SHARED, 'dst-exports')) && existsSync(join(SHARED, 'statbank-samples'));
if (!HAVE_SHARED) console.warn(`live-check.e2e: skipped, ${SHARED} is absent (real DST bodies)`);

const AARHUS = '/?p=aarhus-tema-flere-hjemloese-i-egen-bolig&cp=2019';
const AALBORG = '/?p=aalborg-behandlingsgaranti-14-dage';
type Mode = 'real' | 'error400' | 'slow';

/** DST's verbatim HTTP 400 body for an unknown table, from the recorded call log. */
function recorded400(): string {
  const log = readFileSync(
    join(SHARED, 'statbank-samples/dst-skills/api_test_results_v2.json'),
    'utf8',
  );
  const match = /\{\\?"errorTypeCode\\?":\\?"EXTRACT-NOTFOUND\\?"[^}]*\}/.exec(log);
  if (!match) throw new Error('no EXTRACT-NOTFOUND body in the recorded log');
  return match[0].replace(/\\"/g, '"');
}

describe.skipIf(!HAVE_SHARED)('live check against a loopback StatBank replay', () => {
  let replay: Server;
  let port = 0;
  let mode: Mode = 'real';
  const hits: string[] = [];
  const held: ServerResponse[] = [];
  let outDir = '';
  let site: PreviewServer;
  let origin = '';
  let browser: Browser;

  function answer(req: IncomingMessage, res: ServerResponse) {
    hits.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (mode === 'slow') return void held.push(res);
    if (mode === 'error400') {
      res.writeHead(400, { 'content-type': 'text/json; charset=utf-8' });
      return void res.end(recorded400());
    }
    const file =
      path === '/v1/data/FOLK1A/CSV'
        ? join(SHARED, 'dst-exports/folk1a_population_annual.csv')
        : path === '/v1/data/SMDBV004/CSV'
          ? 'tests/live/fixtures/smdbv004-synthetic.csv'
          : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/json; charset=utf-8' });
      return void res.end('{"errorTypeCode":"REQUEST-NOTFOUND","message":"not replayed"}');
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
    res.end(readFileSync(file));
  }

  beforeAll(async () => {
    replay = createServer(answer);
    await new Promise<void>((r) => replay.listen(0, '127.0.0.1', r));
    port = (replay.address() as AddressInfo).port;
    process.env.LOFTETJEK_STATBANK_API = `http://127.0.0.1:${port}/v1`;
    outDir = mkdtempSync(join(tmpdir(), 'loftetjek-live-'));
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        env: process.env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    site = await preview({
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'error',
    });
    origin = `http://127.0.0.1:${(site.httpServer.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const res of held) res.destroy();
    await browser?.close();
    await site?.close();
    replay?.closeAllConnections();
    await new Promise((r) => replay?.close(r));
    delete process.env.LOFTETJEK_STATBANK_API;
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    hits.length = 0;
    mode = 'real';
  });

  async function open(path: string): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.goto(origin + path);
    // The comparison's live check (under its map) loads when the reader scrolls near the map.
    await page.waitForLoadState('networkidle');
    const mapHost = page.getByTestId('map-host');
    if ((await mapHost.count()) > 0) await mapHost.scrollIntoViewIfNeeded();
    await page.getByTestId('live-check-button').first().waitFor();
    // The comparison's map and table arrive after the button; compare the page once it is still.
    await page.waitForLoadState('networkidle');
    return { page, requests };
  }

  /** The page's text without the live check itself. */
  const pageText = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
      main?.querySelectorAll('[data-testid="live-check"]').forEach((e) => e.remove());
      return main?.textContent ?? '';
    });

  it('asks nothing before the press, says where it goes, and the build allows only that origin', async () => {
    const { page, requests } = await open(AARHUS);
    const button = page.getByTestId('live-check-button');
    await expect(button.textContent()).resolves.toContain(
      'Tjek for nyere tal hos Danmarks Statistik',
    );
    await expect(button.textContent()).resolves.toContain(`127.0.0.1:${port}`);
    await page.waitForTimeout(1000);
    expect(hits).toEqual([]);
    expect(requests.filter((u) => u.startsWith(`http://127.0.0.1:${port}`))).toEqual([]);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain(`connect-src 'self' http://127.0.0.1:${port};`);
    await page.context().close();
  });

  it("reads the real FOLK1A export with the importer's code and finds it agrees with the page", async () => {
    const { page } = await open(AARHUS);
    const before = await pageText(page);
    await page.getByTestId('live-check-button').click();
    const result = page.getByTestId('live-check-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('ikke gennemgået af en redaktør');
    await expect(page.getByTestId('live-check-none').isVisible()).resolves.toBe(true);
    expect(hits).toHaveLength(1);
    const asked = new URL(hits[0]!, 'http://x');
    expect(asked.pathname).toBe('/v1/data/FOLK1A/CSV');
    expect(asked.searchParams.get('OMRÅDE')?.split(',').slice(0, 2)).toEqual(['751', '000']);
    expect(await pageText(page)).toBe(before);
    await page.context().close();
  });

  it('shows new periods and the verdict recomputed for today (synthetic SMDBV004 answer)', async () => {
    const { page } = await open(AALBORG);
    await page.getByTestId('live-check-button').click();
    const changes = page.getByTestId('live-check-changes');
    await changes.waitFor();
    // Aalborg 2021–2025 and Hele landet 2024–2025: the site has none of them.
    await expect(changes.locator('tr[data-kind="new"]').count()).resolves.toBe(7);
    const verdict = await page.getByTestId('live-check-verdict').textContent();
    // The pledge is a threshold (≥ 100 in every year to the deadline): the domain's own rule
    // finds the synthetic 2021 figure of 88 below it, where the page itself cannot assess.
    expect(verdict).toContain(
      `Danmarks Statistik: ${outcomeStatusLabel('not_met', 'da')} (på siden: ${outcomeStatusLabel('cannot_assess', 'da')})`,
    );
    await page.context().close();
  });

  it("says DST refused the request (HTTP 400, DST's own error body) and changes nothing", async () => {
    mode = 'error400';
    const { page } = await open(AARHUS);
    const before = await pageText(page);
    await page.getByTestId('live-check-button').click();
    const failure = await page.getByTestId('live-check-failure').textContent();
    expect(failure).toContain('HTTP 400: EXTRACT-NOTFOUND');
    expect(failure).toContain('siden er uændret');
    await expect(page.getByTestId('live-check-result').count()).resolves.toBe(0);
    expect(await pageText(page)).toBe(before);
    await page.context().close();
  });

  it('gives up on a server that does not answer in time', async () => {
    mode = 'slow';
    const { page } = await open(AARHUS);
    const before = await pageText(page);
    await page.getByTestId('live-check-button').click();
    const failure = page.getByTestId('live-check-failure');
    await failure.waitFor({ timeout: 30_000 });
    await expect(failure.textContent()).resolves.toContain('svarede ikke inden for 15 sekunder');
    expect(await pageText(page)).toBe(before);
    await page.context().close();
  });

  it('says the server cannot be reached when it is down, in the English page too', async () => {
    for (const res of held) res.destroy();
    replay.closeAllConnections();
    await new Promise((r) => replay.close(r));
    const { page } = await open(`${AARHUS}&lang=en`);
    const before = await pageText(page);
    await page.getByTestId('live-check-button').click();
    const failure = await page.getByTestId('live-check-failure').textContent();
    expect(failure).toBe(
      `127.0.0.1:${port} could not be reached (down or blocked); the page is unchanged.`,
    );
    expect(await pageText(page)).toBe(before);
    await page.context().close();
  });
});
