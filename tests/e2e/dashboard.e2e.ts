import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { compareDanish } from '../../src/domain/danish-collation.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { formatNumber, formatPeriod } from '../../src/domain/format.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { foreignRequests, openPage, startHarness, type Harness } from './harness.ts';

const HOMELESS_PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';

/** The catalogue the built site serves, so counts follow the data instead of pinning it. */
async function servedCatalogue(h: Harness): Promise<Catalogue> {
  return (await (await fetch(`${h.origin}/data/catalogue.json`)).json()) as Catalogue;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A reader's walk through the dashboard, on the real bundled data.
describe('dashboard: filters, pages, language, downloads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('filters the overview by kommune, search and verdict, all kept in the URL', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page.getByTestId('pledge-list').waitFor();
    const cards = page.locator('[data-testid="pledge-list"] > li');
    const catalogue = await servedCatalogue(h);
    const total = await cards.count();
    // Every pledge in the catalogue is listed, however many there are.
    expect(total).toBe(catalogue.pledges.length);

    await page.getByTestId('filter-k').selectOption('751');
    await expect.poll(() => cards.count()).toBeLessThan(total);
    const aarhus = await cards.count();
    expect(new URL(page.url()).searchParams.get('k')).toBe('751');
    for (const text of await page.locator('[data-testid="pledge-list"] .meta').allTextContents())
      expect(text).toMatch(/^Aarhus/);

    // Folded search: "hjemlose" without ø still finds the homelessness pledges.
    await page.getByTestId('filter-q').fill('hjemlose');
    await expect.poll(() => cards.count()).toBeLessThan(aarhus);
    expect(await cards.count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('hjemlose');
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(
      new RegExp(`Viser \\d+ af ${escapeRegExp(formatNumber(total, 'da'))}`),
    );

    // The verdict count buttons filter too: the first verdict that some of these pledges have
    // narrows the list to exactly as many as its button says.
    const shown = await cards.count();
    const counted: [string, number][] = [];
    for (const status of OUTCOME_STATUSES) {
      const text = (await page.getByTestId(`count-${status}`).textContent()) ?? '';
      counted.push([status, Number(text.replace(/\./g, ''))]);
    }
    expect(counted.reduce((sum, [, n]) => sum + n, 0)).toBe(shown);
    const [status, n] = counted.find(([, n]) => n > 0)!;
    await page.locator('button.count', { has: page.getByTestId(`count-${status}`) }).click();
    await expect.poll(() => cards.count()).toBe(n);
    expect(new URL(page.url()).searchParams.get('outcome')).toBe(status);

    // A reload reproduces the view from the URL alone.
    await page.reload();
    await page.getByTestId('pledge-list').waitFor();
    expect(await cards.count()).toBe(n);
    expect(await page.getByTestId('filter-q').inputValue()).toBe('hjemlose');

    await page.getByTestId('clear-filters').click();
    await expect.poll(() => cards.count()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('lists the kommuner in the same Danish order in the filter and in the links below it', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page.getByTestId('pledge-list').waitFor();
    const inFilter = (
      await page
        .getByTestId('filter-k')
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    ).filter((v) => v !== '');
    const inLinks = await page
      .locator('.kommune-links a')
      .evaluateAll((as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('kommune') ?? ''),
      );
    expect(inFilter.length).toBeGreaterThan(0);
    expect(inLinks).toEqual(inFilter);
    // Both in Danish order, where "Aa" sorts as Å: Albertslund before Aalborg and Aarhus.
    const catalogue = await servedCatalogue(h);
    const names = inLinks.map((k) => catalogue.kommuner.find((c) => c.kode === k)?.navn ?? k);
    expect(names).toEqual([...names].sort(compareDanish));
    expect(errors).toEqual([]);
  });

  it('walks overview → pledge → municipality → method, switching language on the way', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page
      .getByRole('link', { name: /Flere hjemløse i egen bolig/ })
      .first()
      .click();
    await page.getByTestId('pledge-chart').waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // The English words load on demand; the page switches once they are there.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expect(page.getByTestId('outcome-sentence').textContent()).resolves.toMatch(
      /^In 2022, there were 507 people/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');

    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Aarhus' })
      .click();
    await page.getByTestId('scorecard').waitFor();
    const rows = await page.locator('[data-testid="scorecard"] tbody tr').count();
    const catalogue = await servedCatalogue(h);
    expect(rows).toBe(catalogue.pledges.filter((p) => p.kode === '751').length);
    expect(rows).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Method' }).click();
    await page.getByTestId('method-page').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Method');
    await page.goBack();
    await page.getByTestId('scorecard').waitFor();
    await page.goBack();
    await page.getByTestId('pledge-chart').waitFor();
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the comparison for a chosen period and keeps it in the URL', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}`);
    await page.getByTestId('comparison-period').waitFor();
    await page.getByTestId('comparison-period').selectOption('2022');
    await expect(page.getByTestId('comparison-coverage').textContent()).resolves.toMatch(
      /af 98 kommuner har et tal for 2022.*Hele landet: 5\.789/s,
    );
    expect(new URL(page.url()).searchParams.get('cp')).toBe('2022');
    // With population for the period (FOLK1A, imported by data:import) the counts get rates per
    // 1,000 inhabitants and a map instead of the "no population" notice.
    // The map's code and paths load when the reader scrolls near it.
    await page.getByTestId('map-host').scrollIntoViewIfNeeded();
    await page.getByTestId('choropleth').waitFor();
    expect(await page.getByTestId('per-thousand-notice').count()).toBe(0);
    // The map's geometry is fetched after the comparison; wait for it rather than race it.
    await page.getByTestId('choropleth').waitFor();
    expect(await page.getByTestId('choropleth').count()).toBe(1);
    // Every compared figure names its source and retrieval date.
    await expect(page.getByTestId('comparison-coverage').textContent()).resolves.toMatch(
      /kilde: .+; hentet\s+\d+\. \w+\.? \d{4}/s,
    );
    const table = (await page.getByTestId('comparison-table').textContent()) ?? '';
    expect(table).toMatch(/Aarhus[\s\S]*507[\s\S]*primær; hentet\s+\d+\. \w+\.? \d{4}/);
    const labels = await page.locator('[data-testid="ranked-dot-plot"] text').allTextContents();
    expect(labels).toContain('Aarhus');
    expect(errors).toEqual([]);
  });

  it('downloads the data as CSV with a source header', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`loeftetjek-${HOMELESS_PLEDGE}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^\uFEFF?# /);
    expect(text).toContain('Aarhus');
    expect(text).toMatch(/\r\n2022,2022-01-01,507,/);
  });

  it('downloads the chart as SVG and PNG, and the data as Parquet from the engine', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}`);
    const file = async (testid: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testid).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const svg = (await file('download-svg')).toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('var(--');
    const png = await file('download-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
    const parquet = await file('download-parquet');
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
    // Only now was the engine fetched, and from our own origin.
    expect(requests.some((u) => u.startsWith(h.origin) && u.endsWith('.wasm'))).toBe(true);
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('copies the sentence with its source and opens the printable summary', async () => {
    const { page, errors } = await openPage(h);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}`);
    // The councillor tools load as the reader scrolls towards the foot of the page.
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    await page.getByTestId('copy-citation').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^I 2022 var der 507 personer/);
    expect(copied).toContain('Kilde');
    expect(copied).toContain(`?p=${HOMELESS_PLEDGE}`);
    // The question quotes the latest figure, whichever that is when the test runs.
    const catalogue = await servedCatalogue(h);
    const pledge = catalogue.pledges.find((p) => p.id === HOMELESS_PLEDGE)!;
    const series = catalogue.series[HOMELESS_PLEDGE]!;
    const latest = evaluateOutcome(pledge, series, new Date().toISOString().slice(0, 10)).latest!;
    const figure = new RegExp(
      escapeRegExp(
        `${formatNumber(latest.value!, 'da')} ${series.metric.unitDa} for ` +
          formatPeriod(latest.periodLabel, 'da', latest.periodStart),
      ),
    );
    await page.getByTestId('council-question').locator('summary').click();
    await expect(page.getByTestId('question-body').textContent()).resolves.toMatch(figure);
    await page.getByTestId('print-link').click();
    await page.getByTestId('print-summary').waitFor();
    expect(new URL(page.url()).searchParams.get('print')).toBe('1');
    await expect(page.getByTestId('print-summary').textContent()).resolves.toMatch(
      new RegExp(`Spørgsmål til forvaltningen[\\s\\S]*${figure.source}`),
    );
    expect(errors).toEqual([]);
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const { page } = await openPage(h);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      `/?p=${HOMELESS_PLEDGE}&cp=2022`,
      '/?kommune=751',
      '/?page=method',
      '/?page=explore&sql=SELECT%20*%20FROM%20metrics',
    ]) {
      await page.goto(h.origin + path);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
