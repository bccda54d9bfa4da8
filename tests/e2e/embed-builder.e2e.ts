import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { hasChartEmbed } from '../../src/embed/embed-snippet.ts';
import { axeViolations } from './axe.ts';
import {
  chartedPledge,
  foreignRequests,
  openPage,
  pledgeWhere,
  servedCatalogue,
  startHarness,
  type Harness,
} from './harness.ts';

/** The light and dark page backgrounds of src/ui/theme.css. */
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(18, 20, 23)';

/**
 * The size every visible chart text is drawn at on screen, in CSS px: its font size in the SVG's
 * own units times the SVG's scale (rendered width / viewBox width).
 */
async function renderedTextSizes(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.pledge-chart text')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)),
  );
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('embed builder, chart-only embed and themes', () => {
  let h: Harness;
  let catalogue: Catalogue;
  let pledge: Pledge;
  let uncharted: Pledge;
  beforeAll(async () => {
    h = await startHarness();
    catalogue = await servedCatalogue(h);
    pledge = chartedPledge(catalogue);
    uncharted = pledgeWhere(
      catalogue,
      'pledge without figures to draw',
      (p) => !hasChartEmbed(catalogue.series[p.id] ?? null),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the chart alone with JavaScript off: headline, unit, sources, link, no quote or verdict', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${h.origin}/embed/${pledge.id}/chart/`);
    const chart = page.locator('[data-card-lang="da"] [data-testid="chart-embed"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.getByTestId('pledge-chart').count()).toBe(1);
    expect(await chart.locator('h1').textContent()).toBeTruthy();
    const unit = catalogue.series[pledge.id]!.metric.unitDa;
    if (unit) expect(await chart.getByTestId('chart-subtitle').textContent()).toContain(unit);
    expect(await chart.locator('.lt-source').textContent()).toMatch(/^Kilder?: /);
    expect(await chart.locator('a[target="_blank"]').getAttribute('href')).toBe(
      `../../../p/${pledge.id}/`,
    );
    for (const absent of ['blockquote', '[data-testid="card-outcome"]', '.lt-badges'])
      expect(await page.locator(absent).count(), absent).toBe(0);
    // Each vintage has its chart-only page as well.
    const days = [
      ...new Set(catalogue.series[pledge.id]!.observations.map((o) => o.source.retrieved)),
    ];
    for (const day of days) {
      const res = await page.goto(`${h.origin}/embed/${pledge.id}/chart/${day}/`);
      expect(res?.status(), day).toBe(200);
      expect(await page.locator('html').getAttribute('data-vintage')).toBe(day);
    }
    // Exactly the pledges the builder offers the chart for have the page.
    for (const p of catalogue.pledges) {
      const res = await page.request.get(`${h.origin}/embed/${p.id}/chart/index.html`);
      const html = res.ok() ? await res.text() : '';
      expect(html.includes('data-testid="chart-embed"'), p.id).toBe(
        hasChartEmbed(catalogue.series[p.id] ?? null),
      );
    }
    await context.close();
  });

  it('stays light on a dark system unless told: theme=auto follows it, theme=dark is dark', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await h.browser.newContext({ colorScheme: 'dark', javaScriptEnabled });
      const page = await context.newPage();
      for (const path of [`/embed/${pledge.id}/`, `/embed/${pledge.id}/chart/`]) {
        await page.goto(h.origin + path);
        expect(await background(page), `${path} js=${javaScriptEnabled}`).toBe(LIGHT_BG);
      }
      await context.close();
    }
    const { page } = await openPage(h);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of [`/embed/${pledge.id}/`, `/embed/${pledge.id}/chart/`]) {
      await page.goto(`${h.origin}${path}?theme=auto`);
      await expect.poll(() => background(page)).toBe(DARK_BG);
      await page.goto(`${h.origin}${path}?theme=dark`);
      await expect.poll(() => background(page)).toBe(DARK_BG);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${h.origin}/embed/${pledge.id}/chart/?theme=auto`);
    await expect.poll(() => background(page)).toBe(LIGHT_BG);
    // The stylesheet keeps an embed light even without the attribute the page is written with.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.origin}/embed/${pledge.id}/`);
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    expect(await background(page)).toBe(LIGHT_BG);
  });

  it('draws chart text at 11 px or more at 320 px and at 1280 px, card and chart alone, both languages', async () => {
    const { page } = await openPage(h);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [`/embed/${pledge.id}/`, `/embed/${pledge.id}/chart/`]) {
        for (const query of ['', '?lang=en']) {
          await page.goto(h.origin + path + query);
          await page.locator('svg.pledge-chart').first().waitFor({ state: 'attached' });
          const sizes = await renderedTextSizes(page);
          const where = `${path}${query} at ${width}px`;
          expect(sizes.length, where).toBeGreaterThan(5);
          expect(Math.min(...sizes), where).toBeGreaterThanOrEqual(11);
          // One chart shows per language: the narrow one on a phone, the wide one otherwise.
          const shown = width === 320 ? 'pledge-chart-narrow' : 'pledge-chart';
          const lang = query ? 'en' : 'da';
          expect(
            await page.locator(`[data-card-lang="${lang}"] [data-testid="${shown}"]`).isVisible(),
            where,
          ).toBe(true);
          expect(await page.locator('svg.pledge-chart:visible').count(), where).toBe(1);
          // Nothing sticks out sideways at 320 px.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, where).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it('builds the code with the keyboard: choices change the preview and the code, which loads', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    const open = page.getByTestId('embed-builder-open');
    await open.waitFor();
    // Keyboard only from here: focus the button by tabbing from the link before it.
    await page.getByTestId('share-link').focus();
    await page.keyboard.press('Tab');
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const preview = page.getByTestId('embed-preview');
    const snippet = page.getByTestId('embed-snippet');
    await preview.waitFor();
    // It starts on the chart alone, in the page's language, light.
    const frameSrc = async () => new URL((await preview.getAttribute('src'))!);
    expect((await frameSrc()).pathname).toMatch(
      new RegExp(`^/embed/${pledge.id}/chart/\\d{4}-\\d{2}-\\d{2}/$`),
    );
    expect((await frameSrc()).search).toBe('');
    expect(await snippet.inputValue()).toContain(`src="${(await frameSrc()).href}"`);
    const frame = page.frameLocator('[data-testid="embed-preview"]');
    await frame.locator('[data-card-lang="da"] [data-testid="chart-embed"]').waitFor();

    // Tab past the image download into the first group (chart or card), and move with the arrow
    // keys, as radios do.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('download'))).toMatch(
      /\.png$/,
    );
    await page.keyboard.press('Tab');
    expect(
      await page.getByTestId('embed-view-chart').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('embed-view-card').isChecked()).toBe(true);
    await expect.poll(async () => (await frameSrc()).pathname).not.toContain('/chart/');
    await frame.locator('[data-card-lang="da"] [data-testid="pledge-card"]').waitFor();
    // Language: English.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('embed-lang-en').isChecked()).toBe(true);
    await expect.poll(async () => (await frameSrc()).search).toBe('?lang=en');
    await frame.locator('[data-card-lang="en"] [data-testid="pledge-card"]').waitFor();
    expect(await frame.locator('[data-card-lang="en"]').isVisible()).toBe(true);
    expect(await frame.locator('[data-card-lang="da"]').isHidden()).toBe(true);
    // Colours: dark.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('embed-theme-dark').isChecked()).toBe(true);
    await expect.poll(async () => (await frameSrc()).search).toBe('?lang=en&theme=dark');
    await expect
      .poll(() => frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor))
      .toBe(DARK_BG);
    // The code says the same, and the preview grew to its content as resize.js would make it.
    const code = await snippet.inputValue();
    expect(code).toContain(`src="${(await frameSrc()).href.replace(/&/g, '&amp;')}"`);
    expect(code).toContain(`<script async src="${h.origin}/embed/resize.js"></script>`);
    await expect.poll(async () => (await preview.boundingBox())?.height ?? 0).toBeGreaterThan(500);
    // Tab on to the copy button and press it.
    await page.getByTestId('embed-copy').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('embed-status').textContent()).not.toBe('');

    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);

    // The copied code works in another page: the iframe loads and is sized to its card.
    const host = await openPage(h);
    await host.page.setContent(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body>${code}</body></html>`,
    );
    const embedded = host.page.frameLocator('iframe');
    await embedded.locator('[data-card-lang="en"] [data-testid="pledge-card"]').waitFor();
    expect(
      await embedded.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor),
    ).toBe(DARK_BG);
    await expect
      .poll(async () => (await host.page.locator('iframe').boundingBox())?.height ?? 0)
      .not.toBe(560);
    expect(foreignRequests(host.requests, h.origin)).toEqual([]);
  });

  it('offers only the card for a pledge without a chart, and is clean for axe in dark mode', async () => {
    const { page, errors } = await openPage(h);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.origin}/?p=${uncharted.id}`);
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    await page.getByTestId('embed-builder-open').click();
    await page.getByTestId('embed-preview').waitFor();
    expect(await page.getByTestId('embed-view-chart').isDisabled()).toBe(true);
    expect(await page.getByTestId('embed-view-card').isChecked()).toBe(true);
    expect(await page.getByTestId('embed-chart-missing').textContent()).toContain(
      'kun hele kortet',
    );
    expect(await page.getByTestId('embed-snippet').inputValue()).not.toContain('/chart/');
    await page
      .frameLocator('[data-testid="embed-preview"]')
      .locator('[data-testid="pledge-card"]')
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leaves axe nothing to report in the chart-only embed, light and dark, at 320 px', async () => {
    const { page } = await openPage(h);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const query of ['', '?theme=dark&lang=en']) {
      await page.goto(`${h.origin}/embed/${pledge.id}/chart/${query}`);
      await page.locator('[data-testid="chart-embed"]:visible').waitFor();
      expect(await axeViolations(page), query).toEqual([]);
    }
  });
});
