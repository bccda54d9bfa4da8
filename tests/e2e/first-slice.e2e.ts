import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeChartInput } from '../../src/charts/pledge-chart-input.ts';
import { layoutPledgeChart } from '../../src/charts/pledge-chart-layout.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { foreignRequests, openPage, startHarness, type Harness } from './harness.ts';

const HOMELESS_PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';

/** The catalogue the built site serves, so counts follow the data instead of pinning it. */
async function servedCatalogue(h: Harness): Promise<Catalogue> {
  return (await (await fetch(`${h.origin}/data/catalogue.json`)).json()) as Catalogue;
}

/** Page text without tags and entities, whitespace collapsed, to look for a quote in it. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

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
    expect(await items.count()).toBe((await servedCatalogue(h)).pledges.length);
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
    // One dot per period with a published Aarhus count (767, 750, 507 and 556 for 2017–2024 when
    // this was written), as many as the catalogue's series has.
    const catalogue = await servedCatalogue(h);
    const pledge = catalogue.pledges.find((p) => p.id === HOMELESS_PLEDGE)!;
    const series = catalogue.series[HOMELESS_PLEDGE]!;
    const dots = layoutPledgeChart(
      pledgeChartInput(pledge, series, { width: 640, height: 320 }),
    ).points.filter((p) => Number.isFinite(p.y)).length;
    expect(dots).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="pledge-chart"] circle.point').count()).toBe(dots);
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

  it('renders every pledge: a static page with its quote, an og image and an embed', async () => {
    const catalogue = await servedCatalogue(h);
    expect(catalogue.pledges.length).toBeGreaterThan(0);
    for (const p of catalogue.pledges) {
      const page = await fetch(`${h.origin}/p/${p.id}/`);
      expect(page.status, p.id).toBe(200);
      const html = await page.text();
      expect(html, p.id).toContain('data-testid="pledge-card"');
      expect(pageText(html), p.id).toContain(p.quote.replace(/\s+/g, ' ').trim());
      expect((await fetch(`${h.origin}/p/${p.id}/og.png`)).status, p.id).toBe(200);
      expect((await fetch(`${h.origin}/embed/${p.id}/`)).status, p.id).toBe(200);
    }
  });

  it('says which series measures a pledge and why, which would, or why none; and a cut’s status', async () => {
    // Issue 15: found in the served catalogue, so new data never breaks the check.
    const catalogue = await servedCatalogue(h);
    const measured = catalogue.pledges.find((p) => p.measure);
    const unmeasured = catalogue.pledges.find((p) => p.unmeasured);
    const cut = catalogue.pledges.find((p) => p.kind === 'proposed_cut' && p.proposal);
    const { page, errors } = await openPage(h);
    if (measured) {
      await page.goto(`${h.origin}/?p=${measured.id}`);
      const why = (await page.getByTestId('measure-why').textContent()) ?? '';
      expect(why).toMatch(/^(Direkte mål|Indirekte mål: baggrund)/);
      expect(why).toContain(measured.measure!.why.da.slice(0, 40));
    }
    if (unmeasured) {
      await page.goto(`${h.origin}/?p=${unmeasured.id}`);
      const text = (await page.getByTestId('no-measure').textContent()) ?? '';
      expect(text).toMatch(
        /^\s*(Serien findes, men er ikke i de medfølgende data|Ingen offentlig statistik måler dette)/,
      );
    }
    if (cut) {
      await page.goto(`${h.origin}/?p=${cut.id}`);
      await expect(page.getByTestId('action-badge').textContent()).resolves.toMatch(/^Forslag: /);
      await expect(page.getByTestId('decision').textContent()).resolves.toContain(
        'Blev forslaget vedtaget?',
      );
    }
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
