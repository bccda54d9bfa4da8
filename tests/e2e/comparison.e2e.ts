/**
 * The comparison in Chromium, on the real bundled data (issue 16.2): Hele landet and the region
 * drawn as references and listed in the table, the per-1,000/counts toggle in the URL, kommuner
 * added as lines over time that survive a reload, keyboard only, 320 px without clipped text,
 * dark mode, English, and axe clean. The pledge is found by its properties, never by name.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonData } from '../../src/domain/catalogue.ts';
import { buildComparison, NATIONAL_KODE, type Comparison } from '../../src/domain/comparison.ts';
import { populationLookup } from '../../src/domain/comparison-population.ts';
import { regionRate, type RegionRate } from '../../src/domain/comparison-region.ts';
import { formatNumber, formatPeriod } from '../../src/domain/format.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { axeViolations } from './axe.ts';
import { openPage, servedCatalogue, startHarness, type Harness } from './harness.ts';

interface Chosen {
  pledge: Pledge;
  comparison: Comparison;
  region: RegionRate;
  /** A kommune with figures in the same region, to add as a line. */
  other: { kode: string; navn: string };
}

/** A pledge whose opening comparison has rates, a national rate and a complete region. */
async function choosePledge(h: Harness): Promise<Chosen> {
  const catalogue = await servedCatalogue(h);
  const kommuner = catalogue.kommuner.filter((k) => k.kode !== NATIONAL_KODE);
  for (const pledge of catalogue.pledges) {
    const m = pledge.measure;
    if (!m || !catalogue.comparisons.includes(m.metric)) continue;
    const data = (await (
      await fetch(`${h.origin}/data/comparisons/${m.metric}.json`)
    ).json()) as ComparisonData;
    const comparison = buildComparison({ ...data, kommuner, focusKode: m.kode });
    if (comparison.perThousand !== 'shown' || comparison.nationalRate === null) continue;
    const region = regionRate({
      region: comparison.focusRegion,
      kommuner,
      period: comparison.period,
      figure: (kode) => comparison.rows.find((r) => r.kode === kode)?.value ?? null,
      population: populationLookup(data.population),
    });
    const other = comparison.regionRows.find((r) => !r.isFocus && r.rate !== null);
    if (region && other) return { pledge, comparison, region, other };
  }
  throw new Error('the catalogue has no pledge whose comparison has rates and a complete region');
}

/** Every <text> of every chart in the comparison that lies outside its SVG, as "label: why". */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('[data-testid="comparison"] svg')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          out.push(`${text.textContent}: ${r.left}–${r.right} outside ${box.left}–${box.right}`);
      }
    }
    return out;
  });
}

/**
 * The smallest rendered font size of the ranking's and the lines' text, in CSS px. (The map is
 * drawn at a fixed size and scaled; on a phone its legend is page text instead: mapLegend.)
 */
async function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>(
      '[data-testid="ranked-dot-plot"], [data-testid="comparison-lines"] svg',
    )) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        if (text.getBoundingClientRect().width === 0) continue;
        min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return min;
  });
}

/** What a reader of the map sees: which legend, how big, and the map's box. */
async function mapLegend(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-testid="choropleth"]')!;
    const inSvg = svg.querySelector('[data-testid="choropleth-legend"]')!;
    const asText = document.querySelector('[data-testid="choropleth-legend-text"]')!;
    const box = svg.getBoundingClientRect();
    const areas = svg.querySelector('.areas')!.getBoundingClientRect();
    return {
      svgLegendShown: getComputedStyle(inSvg).display !== 'none',
      textItems: [...asText.querySelectorAll('li')].filter(
        (li) => li.getBoundingClientRect().width > 0,
      ).length,
      textPx: parseFloat(getComputedStyle(asText).fontSize),
      // The SVG ends where the map does, with no empty band where its own legend was.
      blankBelowMap: box.bottom - areas.bottom,
    };
  });
}

const lineCount = (page: Page) =>
  page.locator('[data-testid="comparison-lines"] [data-testid="series"]').count();

async function openDetails(page: Page): Promise<void> {
  await page.getByTestId('map-host').scrollIntoViewIfNeeded();
  await page.getByTestId('comparison-lines').waitFor();
}

describe('comparison: references, toggle, lines over time', () => {
  let h: Harness;
  let chosen: Chosen;
  beforeAll(async () => {
    h = await startHarness();
    chosen = await choosePledge(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('draws Hele landet and the region, lists them, and captions map and table alike', async () => {
    const { pledge, comparison, region } = chosen;
    const { page, errors } = await openPage(h);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    const plot = page.getByTestId('ranked-dot-plot');
    await plot.waitFor();
    const fmt = (v: number) => formatNumber(v, 'da');
    await expect(plot.locator('[data-kind="national"] text').textContent()).resolves.toBe(
      `Hele landet ${fmt(comparison.nationalRate!)}`,
    );
    await expect(plot.locator('[data-kind="region"] text').textContent()).resolves.toBe(
      `Region ${region.region} (beregnet) ${fmt(region.rate)}`,
    );
    await openDetails(page);
    await page.getByTestId('choropleth').waitFor();
    const caption = `Kommunerne i ${formatPeriod(comparison.period, 'da')}, pr. 1.000 indbyggere`;
    await expect(page.getByTestId('map-caption').textContent()).resolves.toBe(caption);
    // Wide enough for the map's own legend: in the SVG, not repeated as text.
    const wide = await mapLegend(page);
    expect(wide.svgLegendShown).toBe(true);
    expect(wide.textItems).toBe(0);
    await expect(page.getByTestId('table-caption').textContent()).resolves.toBe(caption);
    await expect(page.getByTestId('national-row').textContent()).resolves.toContain(
      fmt(comparison.nationalRate!),
    );
    const regionRow = (await page.getByTestId('region-row').textContent()) ?? '';
    expect(regionRow).toContain('beregnet: summen af regionens kommuner');
    expect(regionRow).toContain(fmt(region.rate));
    expect(await clippedTexts(page)).toEqual([]);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: join(tmpdir(), 'comparison-1280.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switches to counts and back, in the URL', async () => {
    const { pledge, comparison } = chosen;
    const focus = comparison.rows.find((r) => r.isFocus)!;
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    const value = page.locator('[data-testid="focus-row"] text.value');
    await expect(value.textContent()).resolves.toBe(formatNumber(focus.rate!, 'da'));
    await page.getByLabel('antal', { exact: true }).check();
    await expect.poll(() => value.textContent()).toBe(formatNumber(focus.value!, 'da'));
    expect(new URL(page.url()).searchParams.get('cv')).toBe('count');
    // Hele landet is the sum of all kommuner in counts: not drawn on their axis.
    expect(await page.locator('[data-kind="national"]').count()).toBe(0);
    await page.reload();
    await expect(value.textContent()).resolves.toBe(formatNumber(focus.value!, 'da'));
    await page.getByLabel('pr. 1.000 indbyggere', { exact: true }).check();
    await expect.poll(() => value.textContent()).toBe(formatNumber(focus.rate!, 'da'));
    expect(new URL(page.url()).searchParams.has('cv')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('adds a kommune as a line and a table column that survive a reload, keyboard only', async () => {
    const { pledge, other } = chosen;
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    await page.getByTestId('ranked-dot-plot').waitFor();
    await openDetails(page);
    const before = await lineCount(page);
    // Tab to the picker from the period control, as a keyboard user would.
    await page.getByTestId('comparison-period').focus();
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    for (let i = 0; i < 80 && (await active()) !== 'add-kommune-select'; i++)
      await page.keyboard.press('Tab');
    expect(await active()).toBe('add-kommune-select');
    // Type the name to pick it, as in any native select, then Tab to the button.
    await page.keyboard.type(other.navn);
    await expect.poll(() => page.getByTestId('add-kommune-select').inputValue()).toBe(other.kode);
    await page.keyboard.press('Tab');
    expect(await active()).toBe('add-kommune');
    await page.keyboard.press('Enter');
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    expect(new URL(page.url()).searchParams.get('ck')).toBe(other.kode);
    await expect(
      page.locator(`[data-testid="lines-table"] th[data-kode="${other.kode}"]`).textContent(),
    ).resolves.toBe(other.navn);

    await page.reload();
    await page.getByTestId('ranked-dot-plot').waitFor();
    await openDetails(page);
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    await page.getByTestId('remove-kommune').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lineCount(page)).toBe(before);
    expect(new URL(page.url()).searchParams.has('ck')).toBe(false);

    // The measure is a radio group: Tab into it from the period, arrow to "antal".
    await page.getByTestId('comparison-period').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'rate',
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('cv')).toBe('count');
    expect(errors).toEqual([]);
  });

  it('fits a 320 px phone in dark mode and English, text unclipped and readable', async () => {
    const { pledge, other } = chosen;
    const { page, errors } = await openPage(h);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.origin}/?p=${pledge.id}&lang=en&ck=${other.kode}`);
    const plot = page.getByTestId('ranked-dot-plot');
    await plot.waitFor();
    await expect(plot.locator('[data-kind="national"] text').textContent()).resolves.toMatch(
      /^Denmark \d/,
    );
    await expect(plot.locator('[data-kind="region"] text').textContent()).resolves.toMatch(
      /\(computed\)/,
    );
    await openDetails(page);
    await page.getByTestId('choropleth').waitFor();
    await expect(page.getByTestId('map-caption').textContent()).resolves.toBe(
      `The municipalities in ${formatPeriod(chosen.comparison.period, 'en')}, per 1,000 inhabitants`,
    );
    expect(await lineCount(page)).toBeGreaterThanOrEqual(2);
    expect(await clippedTexts(page)).toEqual([]);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
    const legend = await mapLegend(page);
    expect(legend.svgLegendShown).toBe(false);
    expect(legend.textItems).toBeGreaterThanOrEqual(2);
    expect(legend.textPx).toBeGreaterThanOrEqual(11);
    expect(legend.blankBelowMap).toBeLessThan(30);
    // Nothing in the comparison is wider than the phone (wide tables scroll in their own box).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="comparison"] *')]
        .filter((el) => el.closest('.table-scroll') === null)
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .map((el) => `${el.tagName} ${el.getAttribute('data-testid') ?? el.className}`),
    );
    expect(wide).toEqual([]);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: join(tmpdir(), 'comparison-320.png'), fullPage: true });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
