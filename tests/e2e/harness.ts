/**
 * Starts the built app (vite preview on a free port) and Debian Chromium, and records every
 * request the page makes so tests can assert that nothing leaves our origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import type { Lang } from '../../src/domain/format.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { describeOutcome } from '../../src/domain/sentence.ts';
import type { Observation } from '../../src/domain/series.ts';
import { buildFixtureExtractsOnce } from '../fixtures/catalogue/scratch.ts';

export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export interface Harness {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `vite build` before the browser tests');
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await launchChromium();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface TrackedPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/** A fresh page that records every request URL (page and its workers) and every page error. */
export async function openPage(h: Harness): Promise<TrackedPage> {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, requests, errors };
}

/** Requests that went anywhere but our own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
}

/** An explorer link for `sql` (plus further parameters, e.g. '&chart=line'). */
export const exploreUrl = (sql: string, extra = ''): string =>
  `/?page=explore&sql=${encodeURIComponent(sql)}${extra}`;

/** Waits until the explorer's engine has loaded and the Run button can be pressed. */
export async function explorerReady(page: Page, timeout = 30_000): Promise<void> {
  await page.getByTestId('explorer-page').waitFor();
  await page.waitForFunction(
    () =>
      !(document.querySelector('[data-testid="run-query"]') as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout },
  );
}

/** Replaces the explorer editor's text with `sql`, as a reader typing it would. */
export async function typeQuery(page: Page, sql: string): Promise<void> {
  const editor = page.locator('[data-testid="sql-editor"] .cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** The catalogue the built site serves, so expectations follow the data instead of pinning it. */
export async function servedCatalogue(h: Harness): Promise<Catalogue> {
  return (await (await fetch(`${h.origin}/data/catalogue.json`)).json()) as Catalogue;
}

/** The figures with a value in a pledge's measured series (none without a series). */
export function figuresOf(c: Catalogue, p: Pledge): Observation[] {
  return (c.series[p.id]?.observations ?? []).filter((o) => Number.isFinite(o.value));
}

/**
 * The first pledge that `test` accepts, picked by its properties rather than its id so that a new
 * pledge never breaks a test; fails with what was looked for when the catalogue has none.
 */
export function pledgeWhere(c: Catalogue, what: string, test: (p: Pledge) => boolean): Pledge {
  const found = c.pledges.find(test);
  if (!found) throw new Error(`the catalogue has no ${what}`);
  return found;
}

/**
 * The pledge the chart tests open: one whose series has figures in the extract, directly measured
 * if the catalogue has such a pledge (else one with context figures).
 */
export function chartedPledge(c: Catalogue): Pledge {
  const charted = (p: Pledge) => !!p.measure && figuresOf(c, p).length > 0;
  return (
    c.pledges.find((p) => charted(p) && p.measure!.relation === 'direct') ??
    pledgeWhere(c, 'pledge with figures in the extract', charted)
  );
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The figure a pledge's sentence rests on, as the domain evaluates it today. */
export function verdictFigure(c: Catalogue, pledge: Pledge): Observation {
  const evaluation = evaluateOutcome(pledge, c.series[pledge.id]!, today());
  return (evaluation.reference ?? evaluation.latest)!;
}

/** The sentence the pledge page should show, from the catalogue and today's evaluation. */
export function sentenceFor(c: Catalogue, pledge: Pledge, lang: Lang): string {
  const series = c.series[pledge.id]!;
  const kommune = c.kommuner.find((k) => k.kode === pledge.measure!.kode)?.navn ?? '';
  return describeOutcome(pledge, series, evaluateOutcome(pledge, series, today()), lang, kommune);
}

/**
 * Serves this page the SYNTHETIC test catalogue (tests/fixtures/catalogue, built once per test
 * file) in place of the bundled data, for behaviour the real catalogue has no example of. Only the
 * app's /data/ files are swapped; the built app itself is the one under test.
 */
export async function serveSyntheticData(h: Harness, page: Page): Promise<Catalogue> {
  const dir = await buildFixtureExtractsOnce();
  await page.route(`${h.origin}/data/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/data/'.length);
    const file = join(dir, decodeURIComponent(path));
    if (!file.startsWith(dir + '/') || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not in the synthetic catalogue' });
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  return JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as Catalogue;
}
