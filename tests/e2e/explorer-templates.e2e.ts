import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import {
  explorerReady,
  foreignRequests,
  openPage,
  startHarness,
  typeQuery,
  type Harness,
} from './harness.ts';

const HOMELESS = 'homeless_persons_count_week6';

/** Picks the question with the keyboard: focus the select, arrow to the option. */
async function chooseQuestion(page: Page, steps: number): Promise<void> {
  const select = page.getByTestId('template-question');
  await select.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}

/** Presses the template's button from the keyboard and waits for the result. */
async function applyWithKeyboard(page: Page): Promise<void> {
  await page.getByTestId('template-apply').focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByTestId('query-status').textContent(), { timeout: 20_000 })
    .toMatch(/^\d+(\.\d{3})* rækker/);
}

async function noErrorShown(page: Page): Promise<void> {
  expect(await page.getByTestId('query-error').count()).toBe(0);
  const text = (await page.getByTestId('explorer-page').textContent()) ?? '';
  expect(text).not.toMatch(/blev stoppet|fejlede/);
}

async function download(page: Page, testid: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByTestId(testid).focus();
      await page.keyboard.press('Enter');
    })(),
  ]);
  return readFileSync((await file.path())!);
}

/** Draws the SVG in a page of its own and finds how far right its frame's text reaches. */
async function overflow(page: Page, markup: string) {
  const scratch = await page.context().newPage();
  try {
    await scratch.setContent('<!doctype html><html><body></body></html>');
    return await scratch.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      document.body.replaceChildren(root);
      const texts = [...root.querySelectorAll(':scope > text')] as SVGTextElement[];
      return {
        width: Number(root.getAttribute('width')),
        lines: texts.length,
        widest: Math.max(...texts.map((t) => t.getBBox().x + t.getBBox().width)),
      };
    }, markup);
  } finally {
    await scratch.close();
  }
}

describe('explorer templates: answers without SQL (issue 16)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs each template from the keyboard, shows visible SQL, a result and a chart', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(h.origin + '/?page=explore');
    await explorerReady(page);
    await page.getByTestId('template-apply').waitFor();

    // 1. Compare kommuner: one row per kommune, so a map (or a ranking); the SQL is in the editor.
    await chooseQuestion(page, 0);
    await page.getByTestId('template-metric').selectOption(HOMELESS);
    await applyWithKeyboard(page);
    const compareSql = (await page.locator('[data-testid="sql-editor"] .cm-content').innerText())
      .replace(/\s+/g, ' ')
      .trim();
    expect(compareSql).toMatch(/^-- Sammenlign kommuner på én måling: Personer i hjemløshed/);
    expect(compareSql).toContain(`metric_id = '${HOMELESS}'`);
    expect(compareSql).toContain('pr_1000');
    await expect(page.getByTestId('chart-kind').inputValue()).resolves.toMatch(/^(map|bar)$/);
    await expect(page.getByTestId('results-grid').textContent()).resolves.toContain('pr_1000');
    await noErrorShown(page);

    // 2. One kommune over time, with Hele landet: two lines and a legend.
    await chooseQuestion(page, 1);
    await page.getByTestId('template-metric').selectOption(HOMELESS);
    await page.getByTestId('template-kommune').selectOption('751');
    await applyWithKeyboard(page);
    await expect(page.getByTestId('chart-kind').inputValue()).resolves.toBe('line');
    await expect(page.getByTestId('chart-series').inputValue()).resolves.toBe('omraade');
    const chart = page.getByTestId('quick-chart');
    await expect.poll(() => chart.getByTestId('series-line').count()).toBe(2);
    const legend = (await chart.getByTestId('chart-legend').textContent()) ?? '';
    expect(legend).toContain('Aarhus');
    expect(legend).toContain('Hele landet');
    await noErrorShown(page);
    expect(await axeViolations(page)).toEqual([]);

    // The reader can drop the split: one line, no legend.
    await page.getByTestId('chart-series').selectOption('');
    await expect.poll(() => chart.getByTestId('chart-legend').count()).toBe(0);
    // The choice is in the link: a reload (what a shared link does) draws one line again.
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('');
    await page.reload();
    await explorerReady(page);
    await expect.poll(() => chart.getByTestId('series-line').count()).toBe(1);
    await expect(page.getByTestId('chart-series').inputValue()).resolves.toBe('');
    await page.getByTestId('chart-series').selectOption('omraade');
    await expect.poll(() => chart.getByTestId('series-line').count()).toBe(2);

    // 3. Which pledges have figures: the measured Aarhus pledge is listed.
    await chooseQuestion(page, 2);
    await applyWithKeyboard(page);
    await expect(page.getByTestId('results-grid').textContent()).resolves.toContain(
      'aarhus-tema-flere-hjemloese-i-egen-bolig',
    );
    await expect(page.getByTestId('chart-kind').inputValue()).resolves.toBe('bar');
    await noErrorShown(page);

    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads the chart as SVG and PNG with title, unit and a source line inside the width', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/?page=explore');
    await explorerReady(page);
    await page.getByTestId('template-apply').waitFor();
    await chooseQuestion(page, 1);
    await page.getByTestId('template-metric').selectOption(HOMELESS);
    await page.getByTestId('template-kommune').selectOption('751');
    await applyWithKeyboard(page);
    await page.getByTestId('chart-download-svg').waitFor();

    const svg = (await download(page, 'chart-download-svg')).toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('Udvikling over tid for én kommune: Personer i hjemløshed');
    expect(svg).toContain('Enhed: personer');
    expect(svg).toMatch(/Kilde: [^<]*\S/);
    expect(svg).toContain('Hele landet');
    const png = await download(page, 'chart-download-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    const trend = await overflow(page, svg);
    expect(trend.lines).toBeGreaterThanOrEqual(3);
    expect(trend.widest).toBeLessThanOrEqual(trend.width);

    // Twice the SVG's width: the PNG is the framed chart at 2×.
    expect(png.readUInt32BE(16)).toBe(trend.width * 2);

    // The comparison's map is narrower than the line chart, and its title longer.
    await chooseQuestion(page, 0);
    await page.getByTestId('template-metric').selectOption(HOMELESS);
    await applyWithKeyboard(page);
    await page.getByTestId('chart-kind').selectOption('map');
    await page.getByTestId('quick-chart').locator('svg[data-testid="choropleth"]').waitFor();
    const mapSvg = (await download(page, 'chart-download-svg')).toString('utf8');
    expect(mapSvg).toContain('Enhed: pr. 1.000 indbyggere');
    const map = await overflow(page, mapSvg);
    expect(map.widest).toBeLessThanOrEqual(map.width);
    expect(errors).toEqual([]);
  });

  it('opens the starter query on a ranking, not a map, and describes every column', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + '/?page=explore');
    await explorerReady(page);
    await page.getByTestId('run-query').click();
    await expect.poll(() => page.getByTestId('query-status').textContent()).toMatch(/rækker/);
    await expect(page.getByTestId('chart-kind').inputValue()).resolves.toBe('bar');
    await noErrorShown(page);

    const kommuner = page.locator('[data-table="kommuner"] details');
    await kommuner.locator('summary').click();
    await expect(kommuner.textContent()).resolves.toContain('Kommunens navn.');
    const rows = page.locator('[data-testid="schema-browser"] .columns li');
    const described = page.locator(
      '[data-testid="schema-browser"] [data-testid="column-description"]',
    );
    expect(await described.count()).toBe(await rows.count());
  });

  it('works in English, dark and on a 320 px phone, and axe stays clean', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 320, height: 800 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(h.origin + '/?page=explore&lang=en');
    await explorerReady(page);
    await expect(page.getByTestId('templates').textContent()).resolves.toContain('Ask without SQL');
    await page.getByTestId('template-apply').waitFor();
    await chooseQuestion(page, 1);
    await page.getByTestId('template-metric').selectOption(HOMELESS);
    await page.getByTestId('template-kommune').selectOption('751');
    await page.getByTestId('template-apply').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), { timeout: 20_000 })
      .toMatch(/^\d+ rows/);
    const sql = await page.locator('[data-testid="sql-editor"] .cm-content').innerText();
    expect(sql).toMatch(/^-- Change over time in one municipality: /);
    await expect.poll(() => page.getByTestId('legend-entry').count()).toBe(2);
    // The page itself does not scroll sideways at 320 px.
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows an error only while a query has failed (issue 16)', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + '/?page=explore');
    await explorerReady(page);
    await typeQuery(page, 'SELECT * FROM no_such_table');
    await page.getByTestId('run-query').click();
    await page.getByTestId('query-error').waitFor();
    await page.getByTestId('template-apply').waitFor();
    await chooseQuestion(page, 2);
    await applyWithKeyboard(page);
    await noErrorShown(page);
  });
});
