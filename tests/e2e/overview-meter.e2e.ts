import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compareDanish } from '../../src/domain/danish-collation.ts';
import { formatDate } from '../../src/domain/format.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { ACTION_STATUSES } from '../../src/domain/pledge.ts';
import { latestRetrieval } from '../../src/views/latest-retrieval.ts';
import { axeViolations } from './axe.ts';
import { openPage, servedCatalogue, startHarness, type Harness } from './harness.ts';

const CARDS = '[data-testid="pledge-list"] li.pledge-card';

/** The meter's count for each status, read from the page. */
async function meterCounts(page: Page, statuses: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const s of statuses)
    out.set(
      s,
      Number(((await page.getByTestId(`count-${s}`).textContent()) ?? '').replace(/\./g, '')),
    );
  return out;
}

/** Checks each status's count against the cards that carry that status on their chip. */
async function expectMeterMatchesCards(page: Page): Promise<number> {
  const cards = await page.locator(CARDS).count();
  const outcome = await meterCounts(page, OUTCOME_STATUSES);
  const action = await meterCounts(page, ACTION_STATUSES);
  for (const [status, n] of outcome)
    expect(
      await page.locator(`${CARDS} [data-testid="outcome-badge"][data-status="${status}"]`).count(),
      status,
    ).toBe(n);
  for (const [status, n] of action)
    expect(
      await page.locator(`${CARDS} [data-testid="action-badge"][data-action="${status}"]`).count(),
      status,
    ).toBe(n);
  expect([...outcome.values()].reduce((a, b) => a + b, 0)).toBe(cards);
  expect([...action.values()].reduce((a, b) => a + b, 0)).toBe(cards);
  return cards;
}

/** The lowest contrast of the meter's segments against the page background, computed in the page. */
function lowestSegmentContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
    const ratios = [...document.querySelectorAll('.segment')].map((el) => {
      const fg = lum(rgb(getComputedStyle(el).backgroundColor));
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    return ratios.length === 0 ? 0 : Math.min(...ratios);
  });
}

// The overview's meter, summary, date and phone layout on the real bundled data; expectations come
// from the served catalogue or from the cards on the page, never from pinned counts.
describe('overview meter and summary', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts exactly the cards shown, and follows a filter', async () => {
    const catalogue = await servedCatalogue(h);
    const { page, errors } = await openPage(h);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(h.origin + '/');
    await page.locator(CARDS).first().waitFor();
    expect(await expectMeterMatchesCards(page)).toBe(catalogue.pledges.length);
    await expect(page.getByTestId('meter-heading').textContent()).resolves.toContain(
      `alle ${catalogue.pledges.length} løfter`,
    );

    // The kommune with the fewest pledges, so the filter surely changes the counts.
    const perKommune = new Map<string, number>();
    for (const p of catalogue.pledges) perKommune.set(p.kode, (perKommune.get(p.kode) ?? 0) + 1);
    const [kode, n] = [...perKommune].sort((a, b) => a[1] - b[1])[0]!;
    await page.getByTestId('filter-k').selectOption(kode);
    await expect.poll(() => page.locator(CARDS).count()).toBe(n);
    expect(await expectMeterMatchesCards(page)).toBe(n);
    await expect(page.getByTestId('meter-heading').textContent()).resolves.toContain(
      `de ${n} løfter, filtrene viser (af ${catalogue.pledges.length})`,
    );

    // A status in the meter is a filter too: pressing one leaves only its pledges.
    const outcome = await meterCounts(page, OUTCOME_STATUSES);
    const [status, m] = [...outcome].find(([, c]) => c > 0)!;
    await page.locator('button.count', { has: page.getByTestId(`count-${status}`) }).click();
    await expect.poll(() => page.locator(CARDS).count()).toBe(m);
    expect(new URL(page.url()).searchParams.get('outcome')).toBe(status);
    expect(errors).toEqual([]);
  });

  it('gives the latest retrieval date of the served figures', async () => {
    const catalogue = await servedCatalogue(h);
    const { page } = await openPage(h);
    await page.goto(h.origin + '/');
    const date = latestRetrieval(catalogue);
    const line = (await page.getByTestId('latest-retrieval').textContent()) ?? '';
    if (date === null) expect(line).toContain('endnu ingen tal');
    else expect(line).toContain(`Seneste tal hentet ${formatDate(date, 'da')}.`);
  });

  it('summarises every kommune in Danish order, each linking to its scorecard', async () => {
    const catalogue = await servedCatalogue(h);
    const { page, errors } = await openPage(h);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(h.origin + '/');
    const rows = page.locator('[data-testid="kommune-summary"] tbody tr');
    await rows.first().waitFor();
    const kommuner = [...new Set(catalogue.pledges.map((p) => p.kode))];
    expect(await rows.count()).toBe(kommuner.length);
    const names = await page
      .locator('[data-testid="kommune-summary"] tbody th a')
      .allTextContents();
    expect(names).toEqual([...names].sort(compareDanish));
    // Each row's pledges and figures add up to the whole list.
    // innerText: the phone's inline labels are not shown here.
    const shown = (await page.getByTestId('summary-shown').allInnerTexts()).map(Number);
    expect(shown.reduce((a, b) => a + b, 0)).toBe(catalogue.pledges.length);

    const first = page.locator('[data-testid="kommune-summary"] tbody th a').first();
    const kode = new URL((await first.getAttribute('href'))!, h.origin).searchParams.get(
      'kommune',
    )!;
    await first.click();
    await page.getByTestId('scorecard').waitFor();
    expect(new URL(page.url()).searchParams.get('kommune')).toBe(kode);
    expect(await page.locator('[data-testid="scorecard"] tbody tr').count()).toBe(
      catalogue.pledges.filter((p) => p.kode === kode).length,
    );
    expect(errors).toEqual([]);
  });

  it('says what is true when a filter matches nothing, in the meter and the summary', async () => {
    const catalogue = await servedCatalogue(h);
    const { page, errors } = await openPage(h);
    await page.goto(h.origin + '/?q=zzqxjyvw');
    await page.getByTestId('empty-result').waitFor();
    await expect(page.getByTestId('meter-heading').textContent()).resolves.toContain(
      `Ingen af de ${catalogue.pledges.length} løfter passer til filtrene`,
    );
    await expect(page.getByTestId('meter-empty').textContent()).resolves.toContain(
      'alle tal herunder 0',
    );
    for (const s of [...OUTCOME_STATUSES, ...ACTION_STATUSES])
      expect(await page.getByTestId(`count-${s}`).textContent()).toBe('0');
    for (const cell of await page.getByTestId('summary-shown').allInnerTexts())
      expect(cell).toMatch(/^\s*0 af \d+\s*$/);

    // An action status no pledge of some kommune has: the meter says how those pledges stand.
    const pair = [...new Set(catalogue.pledges.map((p) => p.kode))]
      .flatMap((kode) => ACTION_STATUSES.map((status) => [kode, status] as const))
      .find(([kode, status]) =>
        catalogue.pledges.every((p) => p.kode !== kode || p.action.status !== status),
      );
    if (pair) {
      await page.goto(`${h.origin}/?k=${pair[0]}&action=${pair[1]}`);
      await page.getByTestId('empty-result').waitFor();
      const n = catalogue.pledges.filter((p) => p.kode === pair[0]).length;
      await expect(page.getByTestId('meter-empty').textContent()).resolves.toMatch(
        new RegExp(`0 med »[^«]+«\\. De ${n} løfter, der passer til de øvrige filtre: .+\\.`),
      );
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('puts the meter and the first pledge on a 320 px phone’s first screen, filters folded', async () => {
    const { page, errors } = await openPage(h);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(h.origin + '/');
    await page.locator(CARDS).first().waitFor();
    // Folded: the menus are not shown until the reader asks.
    expect(await page.getByTestId('filter-k').isVisible()).toBe(false);
    expect(await page.getByTestId('kommune-summary').isVisible()).toBe(false);
    const toggle = page.getByTestId('filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(toggle.textContent()).resolves.toBe('Filtre (ingen valgt)');
    const meter = (await page.getByTestId('verdict-counts').boundingBox())!;
    expect(meter.y + meter.height).toBeLessThanOrEqual(640);
    expect((await toggle.boundingBox())!.y + 20).toBeLessThanOrEqual(640);
    expect((await page.locator(CARDS).first().boundingBox())!.y).toBeLessThan(640);
    // Nothing scrolls sideways.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab to the button, Enter opens the filters, Tab reaches the search field.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('filter-k').isVisible()).toBe(true);
    await page.getByTestId('filter-k').selectOption({ index: 1 });
    await expect.poll(() => toggle.textContent()).toBe('Filtre (1 valgt)');
    await page.getByTestId('summary-toggle').click();
    expect(await page.getByTestId('kommune-summary').isVisible()).toBe(true);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the filters open on a wide screen, without the phone button', async () => {
    const { page } = await openPage(h);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(h.origin + '/');
    await page.locator(CARDS).first().waitFor();
    expect(await page.getByTestId('filter-k').isVisible()).toBe(true);
    expect(await page.getByTestId('filters-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('kommune-summary').isVisible()).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`draws every segment and chip with 3:1 contrast, in English too (${scheme})`, async () => {
      const catalogue = await servedCatalogue(h);
      const { page, errors } = await openPage(h);
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, heading] of [
        ['/', `alle ${catalogue.pledges.length} løfter`],
        ['/?lang=en', `The verdicts on all ${catalogue.pledges.length} pledges`],
      ] as const) {
        await page.goto(h.origin + path);
        await page.locator(CARDS).first().waitFor();
        await expect(page.getByTestId('meter-heading').textContent()).resolves.toContain(heading);
        expect(await lowestSegmentContrast(page)).toBeGreaterThanOrEqual(3);
        // Chips of different statuses look different: their edge colours differ.
        const edges = await page
          .locator(`${CARDS} [data-testid="outcome-badge"]`)
          .evaluateAll((els) => {
            const byStatus = new Map<string, string>();
            for (const el of els)
              byStatus.set(el.getAttribute('data-status')!, getComputedStyle(el).borderTopColor);
            return [...byStatus];
          });
        expect(new Set(edges.map(([, c]) => c)).size).toBe(edges.length);
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
});
