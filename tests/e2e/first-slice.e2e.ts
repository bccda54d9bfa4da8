import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openPage, startHarness, type Harness } from './harness.ts';

const HOMELESS_PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';

describe('first slice: overview → pledge page with chart', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the pledge catalogue on the overview', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    const items = page.locator('[data-testid="pledge-list"] > li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(30);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(errors).toEqual([]);
  });

  it('opens a pledge from the overview and shows quote, chart, target line and source', async () => {
    const { page, requests, errors } = await openPage(h);
    await page.goto(h.origin + '/');
    await page
      .getByRole('link', { name: /Flere hjemløse i egen bolig/ })
      .first()
      .click();
    await page.getByTestId('pledge-chart').waitFor();
    expect(new URL(page.url()).searchParams.get('p')).toBe(HOMELESS_PLEDGE);
    await expect(page.getByTestId('pledge-quote').textContent()).resolves.toContain(
      'Flere hjemløse i egen bolig',
    );
    await expect(page.getByTestId('pledge-document').textContent()).resolves.toMatch(
      /Sociale Bæredygtighedsplan|25 mio|Forligspartier/i,
    );
    expect(await page.getByTestId('target-line').count()).toBe(1);
    // The target is our reading of a pledge without a number, and the page says so.
    await expect(page.getByTestId('target-interpreted').textContent()).resolves.toMatch(
      /fortolkning/,
    );
    expect(await page.getByTestId('pledge-date').count()).toBe(1);
    // One dot per published Aarhus count 2017–2024 (767, 750, 507, 556).
    expect(await page.locator('[data-testid="pledge-chart"] circle.point').count()).toBe(4);
    const sources = (await page.getByTestId('chart-sources').textContent()) ?? '';
    expect(sources).toContain('Aarhus Kommune: Lille fald i antallet af hjemløse');
    expect(sources).toMatch(/hentet\s+\d{1,2}\. [a-zæøå]+\.? \d{4}/);
    // Both verdicts and the sentence built from the numbers.
    await expect(page.getByTestId('outcome-badge').textContent()).resolves.toMatch(/Resultat: /);
    await expect(page.getByTestId('action-badge').textContent()).resolves.toMatch(/Handling: /);
    await expect(page.getByTestId('outcome-sentence').textContent()).resolves.toMatch(
      /507 personer.*Aarhus/,
    );
    // The chart's text alternative starts with the same sentence.
    await expect(page.locator('[data-testid="pledge-chart"] desc').textContent()).resolves.toMatch(
      /^I 2022 var/,
    );
    const table = (await page.getByTestId('data-table').textContent()) ?? '';
    expect(table).toContain('767');
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    // The page draws from the catalogue: the query engine is not downloaded at all.
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('follows a deep link in English and goes back to the overview', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}&lang=en`);
    await page.getByTestId('pledge-chart').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.getByTestId('chart-sources').textContent()).resolves.toMatch(
      /retrieved\s+\d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    await page.getByRole('link', { name: /All pledges/ }).click();
    await page.getByTestId('pledge-list').waitFor();
    await page.goBack();
    await page.getByTestId('pledge-chart').waitFor();
    expect(new URL(page.url()).searchParams.get('p')).toBe(HOMELESS_PLEDGE);
  });

  it('treats a hostile pledge parameter as the overview, without running it', async () => {
    const { page, errors } = await openPage(h);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto(
      `${h.origin}/?p=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=<script>`,
    );
    await page.getByTestId('pledge-list').waitFor();
    expect(dialog).toBe(false);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(errors).toEqual([]);
  });

  it('keeps the pledge page working when the comparison file fails, and says which', async () => {
    const { page, errors } = await openPage(h);
    await page.route('**/data/comparisons/*.json', (route) =>
      route.fulfill({ status: 500, body: 'boom' }),
    );
    await page.goto(`${h.origin}/?p=${HOMELESS_PLEDGE}`);
    await page.getByTestId('comparison-error').waitFor();
    await expect(page.getByTestId('comparison-error').textContent()).resolves.toMatch(
      /comparisons\/homeless_persons_count_week6\.json.*500/s,
    );
    // The pledge, its verdict and its chart still show.
    await expect(page.getByTestId('pledge-quote').textContent()).resolves.toContain(
      'Flere hjemløse',
    );
    expect(await page.getByTestId('pledge-chart').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('names a damaged catalogue and keeps the method page reachable', async () => {
    const { page, errors } = await openPage(h);
    await page.route('**/data/catalogue.json', (route) =>
      route.fulfill({ status: 200, body: '{"version":1,"pledges":[{"id":' }),
    );
    await page.goto(`${h.origin}/`);
    await page.getByTestId('fatal-error').waitFor();
    await expect(page.getByTestId('fatal-error').textContent()).resolves.toMatch(
      /catalogue\.json: er ikke gyldig JSON/,
    );
    await page.getByRole('link', { name: 'Metode' }).click();
    await page.getByTestId('method-page').waitFor();
    expect(errors).toEqual([]);
  });
});
