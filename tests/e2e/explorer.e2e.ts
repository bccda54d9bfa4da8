import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { formatNumber } from '../../src/domain/format.ts';
import {
  chartedPledge,
  explorerReady,
  figuresOf,
  servedCatalogue,
  exploreUrl,
  typeQuery,
  foreignRequests,
  openPage,
  startHarness,
  type Harness,
} from './harness.ts';

const explore = exploreUrl;
/** A fresh page reads the template lists beside its first queries; on a busy machine that takes seconds. */
const SLOW = { timeout: 10_000 };
const ready = (page: Page) => explorerReady(page);

describe('explorer: SQL over the extracts, safe to share', () => {
  let h: Harness;
  let outside: Server;
  let outsideOrigin: string;
  let outsideHits = 0;
  beforeAll(async () => {
    h = await startHarness();
    outside = createServer((_req, res) => {
      outsideHits++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((r) => outside.listen(0, '127.0.0.1', r));
    outsideOrigin = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => outside?.close(r));
  });

  it('runs a query, charts it, and a shared link reproduces both', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page.getByRole('link', { name: 'Udforsk' }).click();
    await ready(page);
    // The schema browser lists the tables with their row counts (Danish digit grouping).
    await expect(page.getByTestId('schema-browser').textContent()).resolves.toMatch(
      /observations \d{1,3}(\.\d{3})* rækker/,
    );
    // A measured series from the served catalogue: as many rows and dots as it has figures.
    const catalogue = await servedCatalogue(h);
    const pledge = chartedPledge(catalogue);
    const { metric, kode } = pledge.measure!;
    const rows = catalogue.series[pledge.id]!.observations.length;
    const status = new RegExp(`^${rows} rækker`);
    await typeQuery(
      page,
      `SELECT period_start, value FROM observations WHERE metric_id = '${metric}' AND kode = '${kode}' ORDER BY period_start`,
    );
    await page.getByTestId('run-query').click();
    await expect.poll(() => page.getByTestId('query-status').textContent(), SLOW).toMatch(status);
    await page.getByTestId('quick-chart').locator('svg').first().waitFor();
    expect(await page.locator('[data-testid="quick-chart"] circle.point').count()).toBe(rows);
    const url = page.url();
    expect(new URL(url).searchParams.get('sql')).toContain(metric);

    const second = await openPage(h);
    await second.page.goto(url);
    await ready(second.page);
    await expect
      .poll(() => second.page.getByTestId('query-status').textContent(), SLOW)
      .toMatch(status);
    expect(await second.page.locator('[data-testid="quick-chart"] circle.point').count()).toBe(
      rows,
    );
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens the query behind a pledge chart', async () => {
    const catalogue = await servedCatalogue(h);
    const pledge = chartedPledge(catalogue);
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    await page.getByTestId('open-in-explorer').click();
    await ready(page);
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), SLOW)
      .toMatch(/^\d+ rækker/);
    const cells = (await page.getByTestId('results-grid').textContent()) ?? '';
    for (const o of figuresOf(catalogue, pledge))
      expect(cells).toContain(formatNumber(o.value, 'da'));
  });

  it.each([
    [`SELECT * FROM read_csv('OUTSIDE/x.csv')`, /netadgang|network/i],
    ['INSTALL httpfs', /udvidelse|extension/i],
    [`COPY (SELECT 1) TO 'x.csv'`, /COPY/],
    ["ATTACH 'other.db'", /ATTACH/],
    ['SET enable_external_access = true', /SET/],
  ])('refuses %s with a clear message and keeps working', async (query, message) => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + explore('SELECT 1 AS one'));
    await ready(page);
    await typeQuery(page, query.replace('OUTSIDE', outsideOrigin));
    await page.getByTestId('run-query').click();
    await page.getByTestId('query-error').waitFor();
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(message);
    // The page still answers the next query.
    await typeQuery(page, 'SELECT 41 + 1 AS answer');
    await page.getByTestId('run-query').click();
    await expect.poll(() => page.getByTestId('results-grid').textContent(), SLOW).toContain('42');
    expect(outsideHits).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a SQL error next to the editor', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + explore('SELECT * FROM no_such_table'));
    await ready(page);
    await page.getByTestId('query-error').waitFor();
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(/no_such_table/);
  });

  it('cancels a slow query', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + explore('SELECT 1'));
    await ready(page);
    // Ten billion rows: minutes of work, done in slices the engine can stop between.
    await typeQuery(page, 'SELECT count(*) FROM range(10000000000) t WHERE t.range % 7 = 3');
    await page.getByTestId('run-query').click();
    await expect.poll(() => page.getByTestId('cancel-query').isEnabled()).toBe(true);
    await page.waitForTimeout(300);
    await page.getByTestId('cancel-query').click();
    await page.getByTestId('query-error').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(
      /annulleret|cancel/i,
    );
    await typeQuery(page, 'SELECT 2 AS two');
    await page.getByTestId('run-query').click();
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), { timeout: 20_000 })
      .toMatch(/^1 række på/);
  });

  it('stops a costly link query after the link limit and restarts a stuck engine (issue 12)', async () => {
    const { page, errors } = await openPage(h);
    // One cross product: a single work slice that no cancel reaches.
    await page.goto(h.origin + explore('SELECT count(*) FROM range(3000000) a, range(3000000) b'));
    await page.getByTestId('query-error').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(
      /fra linket blev stoppet efter 5 sekunder[\s\S]*Tryk Kør/,
    );
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), { timeout: 30_000 })
      .toMatch(/startet forfra og klar/);
    await ready(page);
    await typeQuery(page, 'SELECT 41 + 1 AS answer');
    await page.getByTestId('run-query').click();
    await expect.poll(() => page.getByTestId('results-grid').textContent(), SLOW).toContain('42');
    expect(errors).toEqual([]);
  });

  it('does not say a query was stopped next to a result that was not (issue 16)', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + explore('SELECT 1 AS one'));
    await ready(page);
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), SLOW)
      .toMatch(/^1 række på/);
    const text = (await page.getByTestId('explorer-page').textContent()) ?? '';
    expect(text).not.toMatch(/blev stoppet/);
    expect(text).toContain('En forespørgsel må køre i højst 30 sekunder.');
  });

  it('caps a large result with a notice and keeps the grid light', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + explore('SELECT range AS n, range * 2 AS twice FROM range(150000)'));
    await ready(page);
    await page.getByTestId('rows-capped').waitFor();
    await expect(page.getByTestId('rows-capped').textContent()).resolves.toMatch(/100\.000/);
    const rows = await page.locator('[data-testid="results-grid"] [role="row"]').count();
    expect(rows).toBeLessThan(100);
    await page.locator('[data-testid="results-grid"] [role="grid"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('results-grid').textContent()).toContain('99.999');
  });

  it('exports the result as CSV and Parquet', async () => {
    const { page } = await openPage(h);
    await page.goto(
      h.origin +
        explore('SELECT kode, navn FROM kommuner ORDER BY kode LIMIT 3') +
        '#x,=HYPERLINK("http://127.0.0.1:9")',
    );
    await ready(page);
    await page.getByTestId('export-csv').waitFor();
    const file = async (testid: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testid).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const csv = (await file('export-csv')).toString('utf8');
    expect(csv).toMatch(/^\uFEFF# Løftetjek: /);
    // The link in the header is rebuilt from the view, not copied from the address bar.
    const link = /^\uFEFF# Løftetjek: (\S+)\r\n/.exec(csv)?.[1] ?? '';
    expect(new URL(link).searchParams.get('sql')).toBe(
      'SELECT kode, navn FROM kommuner ORDER BY kode LIMIT 3',
    );
    expect(csv).not.toContain('HYPERLINK');
    expect(csv).toContain('kode,navn\r\n000,Hele landet\r\n');
    const parquet = await file('export-parquet');
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
  });

  it('styles the SQL editor under the page policy: gutter beside the code, monospace, no violation', async () => {
    const { page } = await openPage(h);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text()))
        violations.push(m.text());
    });
    await page.goto(h.origin + explore('SELECT 1'));
    await ready(page);
    const editor = page.getByTestId('sql-editor');
    const gutter = await editor.locator('.cm-gutters').boundingBox();
    const content = await editor.locator('.cm-content').boundingBox();
    // Side by side, as CodeMirror's own stylesheet lays them out; unstyled, the gutter's numbers
    // stack above the code.
    expect(gutter!.x + gutter!.width).toBeLessThanOrEqual(content!.x + 1);
    expect(Math.abs(gutter!.y - content!.y)).toBeLessThan(8);
    const font = await editor
      .locator('.cm-scroller')
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/monospace/);
    // The reader still hears the hint with the editor.
    await expect(editor.getByRole('textbox').getAttribute('aria-description')).resolves.toMatch(
      /Ctrl\+Enter|Cmd\+Enter|⌘/,
    );
    expect(violations).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage(h);
    await page.goto(
      h.origin + explore("SELECT kode, navn, region FROM kommuner WHERE region = 'Nordjylland'"),
    );
    await ready(page);
    await page.getByTestId('results-grid').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
