import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonData } from '../../src/domain/catalogue.ts';
import { citeSentence } from '../../src/domain/cite-sentence.ts';
import { buildComparison, NATIONAL_KODE, type Comparison } from '../../src/domain/comparison.ts';
import { compareDanish } from '../../src/domain/danish-collation.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { formatNumber, formatPeriod } from '../../src/domain/format.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { loadLanguage } from '../../src/text/t.ts';
import { hrefFor } from '../../src/ui/state/url-state.ts';
import {
  chartedPledge,
  foreignRequests,
  sentenceFor,
  today,
  verdictFigure,
  openPage,
  servedCatalogue,
  startHarness,
  type Harness,
} from './harness.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A reader's walk through the dashboard, on the real bundled data.
describe('dashboard: filters, pages, language, downloads', () => {
  let h: Harness;
  beforeAll(async () => {
    // The expected English sentence is built here with the app's own words.
    await loadLanguage('en');
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('filters the overview by kommune, search and verdict, all kept in the URL', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page.getByTestId('pledge-list').waitFor();
    const cards = page.locator('[data-testid="pledge-list"] li.pledge-card');
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
    const catalogue = await servedCatalogue(h);
    const pledge = chartedPledge(catalogue);
    const kommune = catalogue.kommuner.find((k) => k.kode === pledge.kode)!.navn;
    const { page, requests, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    // The tab names the page shown, in its language: the overview is the site itself.
    const title = () => page.title();
    await expect.poll(title).toBe('Løftetjek');
    await page
      .locator(
        `[data-testid="pledge-list"] a[href="${hrefFor({ view: { page: 'pledge', id: pledge.id }, lang: 'da' })}"]`,
      )
      .click();
    await page.getByTestId('pledge-chart').waitFor();
    await expect.poll(title).toBe(`${pledge.headline!.da} – Løftetjek`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // The English words load on demand; the page switches once they are there.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    // The sentence in English, built from the figure the verdict rests on.
    const sentence = (await page.getByTestId('outcome-sentence').textContent()) ?? '';
    expect(sentence).toBe(sentenceFor(catalogue, pledge, 'en'));
    expect(sentence).toContain(formatNumber(verdictFigure(catalogue, pledge).value, 'en'));
    expect(sentence).toMatch(/^In \d{4}/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect.poll(title).toBe(`${pledge.headline!.en} – Løftetjek`);
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('Skip to content');

    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: kommune, exact: true })
      .click();
    await page.getByTestId('scorecard').waitFor();
    const rows = await page.locator('[data-testid="scorecard"] tbody tr').count();
    expect(rows).toBe(catalogue.pledges.filter((p) => p.kode === pledge.kode).length);
    expect(rows).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Method' }).click();
    await page.getByTestId('method-page').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Method');
    await expect.poll(title).toBe('Method – Løftetjek');
    await page.goBack();
    await page.getByTestId('scorecard').waitFor();
    await page.goBack();
    await page.getByTestId('pledge-chart').waitFor();
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the comparison for a chosen period and keeps it in the URL', async () => {
    const catalogue = await servedCatalogue(h);
    const kommuner = catalogue.kommuner.filter((k) => k.kode !== NATIONAL_KODE);
    // A pledge whose comparison has, besides the period it opens on, another period with a
    // national figure, population (so rates and a map) and a primary figure for the pledge's kommune.
    let chosen: { pledge: Pledge; period: string; comparison: Comparison } | null = null;
    for (const pledge of catalogue.pledges) {
      const m = pledge.measure;
      if (chosen || !m || !catalogue.comparisons.includes(m.metric)) continue;
      const data = (await (
        await fetch(`${h.origin}/data/comparisons/${m.metric}.json`)
      ).json()) as ComparisonData;
      const input = { ...data, kommuner, focusKode: m.kode };
      const opening = buildComparison(input).period;
      for (const period of buildComparison(input).periods.toReversed()) {
        const c = buildComparison({ ...input, period });
        const focus = c.rows.find((r) => r.isFocus);
        if (period === opening || c.perThousand !== 'shown' || c.national?.value == null) continue;
        if (focus?.value == null || focus.quality !== 'primary') continue;
        chosen = { pledge, period, comparison: c };
        break;
      }
    }
    if (!chosen) throw new Error('the catalogue has no comparison with a second period to choose');
    const { pledge, period, comparison } = chosen;
    const focus = comparison.rows.find((r) => r.isFocus)!;
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    await page.getByTestId('comparison-period').waitFor();
    await page.getByTestId('comparison-period').selectOption(period);
    await expect(page.getByTestId('comparison-coverage').textContent()).resolves.toMatch(
      new RegExp(
        escapeRegExp(
          `${comparison.coverage.withValue} af ${comparison.coverage.total} kommuner har et tal for ${formatPeriod(period, 'da')}`,
        ) + `.*Hele landet: ${escapeRegExp(formatNumber(comparison.national!.value, 'da'))}`,
        's',
      ),
    );
    expect(new URL(page.url()).searchParams.get('cp')).toBe(period);
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
    expect(table).toMatch(
      new RegExp(
        `${escapeRegExp(focus.navn)}[\\s\\S]*${escapeRegExp(formatNumber(focus.value, 'da'))}` +
          `[\\s\\S]*primær; hentet\\s+\\d+\\. \\w+\\.? \\d{4}`,
      ),
    );
    const labels = await page.locator('[data-testid="ranked-dot-plot"] text').allTextContents();
    expect(labels).toContain(focus.navn);
    expect(errors).toEqual([]);
  });

  it('downloads the data as CSV with a source header', async () => {
    const catalogue = await servedCatalogue(h);
    const pledge = chartedPledge(catalogue);
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`loeftetjek-${pledge.id}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^\uFEFF?# /);
    expect(text).toContain(catalogue.kommuner.find((k) => k.kode === pledge.measure!.kode)!.navn);
    // The figure the verdict rests on, as it is in the data: period, first day, plain value.
    const o = verdictFigure(catalogue, pledge);
    expect(text).toContain(`\r\n${o.periodLabel},${o.periodStart},${o.value},`);
  });

  it('downloads the chart as SVG and PNG, and the data as Parquet from the engine', async () => {
    const pledge = chartedPledge(await servedCatalogue(h));
    const { page, requests, errors } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge.id}`);
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
    const catalogue = await servedCatalogue(h);
    const pledge = chartedPledge(catalogue);
    const series = catalogue.series[pledge.id]!;
    const { page, errors } = await openPage(h);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.goto(`${h.origin}/?p=${pledge.id}`);
    // The councillor tools load as the reader scrolls towards the foot of the page.
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    await page.getByTestId('copy-citation').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The sentence kit's text: the sentence with its publisher named in it (cite-sentence.ts).
    expect(copied).toBe(
      citeSentence({
        sentence: sentenceFor(catalogue, pledge, 'da'),
        series,
        pageUrl: `${h.origin}/?p=${pledge.id}`,
        lang: 'da',
      }).text,
    );
    expect(copied).toContain(formatNumber(verdictFigure(catalogue, pledge).value, 'da'));
    expect(copied).toContain('Kilde');
    expect(copied).toContain(`?p=${pledge.id}`);
    // The question quotes the latest figure, whichever that is when the test runs.
    const latest = evaluateOutcome(pledge, series, today()).latest!;
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
    const pledge = chartedPledge(await servedCatalogue(h));
    const { page } = await openPage(h);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      `/?p=${pledge.id}`,
      `/?kommune=${pledge.kode}`,
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
