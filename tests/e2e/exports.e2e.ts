/**
 * Publishable exports (issue 16.3) in Chromium on the real bundled data: the pledge chart's SVG and
 * PNG carry headline, subtitle, legend and source, all inside the picture; the og:image of the
 * longest headline keeps its text inside the image; the sentence kit copies plain text and HTML,
 * by keyboard, in English, axe-clean. Pledges are picked by their properties, never by id.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publisherOf } from '../../src/domain/cite-sentence.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { formatDate, formatPeriod } from '../../src/domain/format.ts';
import { loadLanguage } from '../../src/text/t.ts';
import { hrefFor } from '../../src/ui/state/url-state.ts';
import { pledgeHeadline } from '../../src/views/pledge-headline.ts';
import { ogImageSvg } from '../../scripts/pages/og-image.ts';
import { axeViolations } from './axe.ts';
import {
  chartedPledge,
  figuresOf,
  openPage,
  pledgeWhere,
  servedCatalogue,
  startHarness,
  type Harness,
} from './harness.ts';

/** Where the files a reader would publish are kept, to look at them (outside the worktree). */
const OUT = join(tmpdir(), 'loeftetjek-exports');

interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every <text> of an SVG document as Chromium lays it out, and the document's viewBox. */
async function placedTexts(
  page: Page,
  svg: string,
): Promise<{ texts: PlacedText[]; width: number; height: number }> {
  await page.setContent(
    `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`,
  );
  return page.evaluate(() => {
    const root = document.querySelector('body > svg') as SVGSVGElement;
    const box = root.viewBox.baseVal;
    const origin = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        text: t.textContent ?? '',
        x: r.left - origin.left,
        y: r.top - origin.top,
        width: r.width,
        height: r.height,
      };
    });
    return { texts, width: box.width, height: box.height };
  });
}

function expectInside(placed: Awaited<ReturnType<typeof placedTexts>>): void {
  expect(placed.texts.length).toBeGreaterThan(0);
  for (const t of placed.texts) {
    if (t.width === 0) continue;
    expect(t.x, t.text).toBeGreaterThanOrEqual(0);
    expect(t.y, t.text).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width, t.text).toBeLessThanOrEqual(placed.width + 0.5);
    expect(t.y + t.height, t.text).toBeLessThanOrEqual(placed.height + 0.5);
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

describe('publishable exports', () => {
  let h: Harness;
  let catalogue: Catalogue;
  beforeAll(async () => {
    await loadLanguage('en');
    h = await startHarness();
    catalogue = await servedCatalogue(h);
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('downloads the chart as SVG and PNG with headline, subtitle, legend and source inside the picture', async () => {
    const pledge = chartedPledge(catalogue);
    const series = catalogue.series[pledge.id]!;
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    const file = async (testid: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testid).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const svg = (await file('download-svg')).toString('utf8');
    const png = await file('download-png');
    writeFileSync(`${OUT}/chart.svg`, svg);
    writeFileSync(`${OUT}/chart.png`, png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);

    const placed = await placedTexts(page, svg);
    const all = words(placed.texts.map((t) => t.text).join(' '));
    expect(all).toContain(words(pledgeHeadline(pledge, 'da')));
    // The subtitle: metric, unit and the first and last periods drawn, in Danish.
    const drawn = figuresOf(catalogue, pledge).filter((o) => o.periodStart !== null);
    const first = drawn.reduce((a, b) => (b.periodStart! < a.periodStart! ? b : a));
    const last = drawn.reduce((a, b) => (b.periodStart! > a.periodStart! ? b : a));
    expect(all).toContain(series.metric.titleDa);
    expect(all).toContain(series.metric.unitDa ?? series.metric.unit);
    expect(all).toContain(
      `${formatPeriod(first.periodLabel, 'da', first.periodStart)}–${formatPeriod(last.periodLabel, 'da', last.periodStart)}`,
    );
    // The legend names the measured figures; the source its publisher, date and licence.
    expect(all).toContain('målte tal');
    expect(all).toMatch(new RegExp(`Kilder?: ${escapeRegExp(publisherOf(series.metric)!)}`));
    const retrieved = drawn
      .map((o) => o.source.retrieved)
      .sort()
      .at(-1)!;
    expect(all).toContain(`hentet ${formatDate(retrieved, 'da')}`);
    expect(all).toContain('Licens:');
    expect(all).toContain(`?p=${pledge.id}`);
    expectInside(placed);
  });

  it('keeps the og:image text of the longest real headline inside the image and whole-worded', async () => {
    const longest = catalogue.pledges.reduce((a, b) =>
      pledgeHeadline(b, 'da').length > pledgeHeadline(a, 'da').length ? b : a,
    );
    const og = await (await fetch(`${h.origin}/p/${longest.id}/og.png`)).arrayBuffer();
    writeFileSync(`${OUT}/og-longest.png`, Buffer.from(og));
    const png = Buffer.from(og);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const title = pledgeHeadline(longest, 'da');
    const { page } = await openPage(h);
    for (const chartSvg of ['<svg viewBox="0 0 640 320"><g/></svg>', null]) {
      const svg = ogImageSvg({
        title,
        verdict: 'Resultat: Kan ikke vurderes',
        sentence: `${title} ${title}`,
        footer: `Løftetjek · ${title}`,
        chartSvg,
        css: '',
      });
      const placed = await placedTexts(page, svg);
      expectInside(placed);
      const bold = placed.texts.filter(
        (t) => t.text !== '' && title.startsWith(t.text.replace(/ …$/, '').split(' ')[0]!),
      );
      expect(bold.length).toBeGreaterThan(0);
      // Beside a chart (x ≥ 600) the text stops short of it.
      if (chartSvg)
        for (const t of placed.texts.slice(0, -1)) expect(t.x + t.width).toBeLessThan(600);
    }
  });

  it('copies the sentence as text and as HTML, by keyboard, in English, axe-clean', async () => {
    const pledge = chartedPledge(catalogue);
    const series = catalogue.series[pledge.id]!;
    const { page, errors } = await openPage(h);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.goto(
      `${h.origin}/${hrefFor({ view: { page: 'pledge', id: pledge.id }, lang: 'en' }).replace(/^\.?\//, '')}`,
    );
    await page.getByTestId('pledge-page').or(page.locator('h1')).first().waitFor();
    // Keyboard only: Tab until the button has focus, then Enter.
    const press = async (testid: string) => {
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() =>
          document.activeElement?.getAttribute('data-testid'),
        );
        if (focused === testid) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`${testid} never got the focus`);
    };
    await press('copy-citation');
    // The status is written when the clipboard has answered: wait for it, do not read it once.
    const status = () => page.getByTestId('citation-status').textContent();
    await expect.poll(status).toContain('copied as text');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The publisher is named in the sentence, or as whom a secondary source cites.
    const named = new RegExp(`(according to|citing) ${escapeRegExp(publisherOf(series.metric)!)}`);
    expect(text).toMatch(named);
    expect(text).toContain('Source');
    expect(text).toContain(`Via Løftetjek: `);
    expect(text).toContain(`p=${pledge.id}`);

    await press('copy-citation-html');
    await expect.poll(status).toContain('as HTML');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) =>
        item && item.types.includes(type) ? await (await item.getType(type)).text() : null;
      return { html: await read('text/html'), plain: await read('text/plain') };
    });
    expect(copied.plain).toBe(text);
    expect(copied.html).toMatch(new RegExp(`<a href="[^"]*p=${pledge.id}[^"]*">Løftetjek</a>`));
    expect(copied.html).toMatch(named);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives a pledge without figures its document as the source', async () => {
    const pledge = pledgeWhere(
      catalogue,
      'pledge without figures',
      (p) => figuresOf(catalogue, p).length === 0,
    );
    const document = catalogue.documents.find((d) => d.id === pledge.documentId)!;
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    const citation = page.getByTestId('citation');
    await citation.waitFor();
    const shown = words((await citation.textContent()) ?? '');
    expect(shown).toContain(`står der i ${words(document.title)}`);
    expect(await citation.locator('a').last().getAttribute('href')).toContain(`p=${pledge.id}`);
    expect(errors).toEqual([]);
  });
});
