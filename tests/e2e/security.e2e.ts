import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openPage, startHarness, type Harness } from './harness.ts';

const PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';

/** Records Content-Security-Policy violations from the first script on, before the page's own. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('Content-Security-Policy and hostile content', () => {
  let h: Harness;
  let other: Server;
  let otherOrigin: string;
  beforeAll(async () => {
    h = await startHarness();
    other = createServer((_req, res) => {
      res.writeHead(200, { 'access-control-allow-origin': '*' });
      res.end('third party');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => other?.close(r));
  });

  it('lets the whole app run under the policy, engine included', async () => {
    const { page, requests, errors } = await openPage(h);
    const violations = await watchViolations(page);
    await page.goto(`${h.origin}/?p=${PLEDGE}&cp=2022`);
    await page.getByTestId('ranked-dot-plot').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-parquet').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.parquet$/);
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    await page.goto(`${h.origin}/?page=method`);
    await page.getByTestId('method-page').waitFor();
    expect(await violations()).toEqual([]);
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('blocks inline script and requests to other origins', async () => {
    const { page } = await openPage(h);
    const violations = await watchViolations(page);
    await page.goto(`${h.origin}/`);
    await page.getByTestId('pledge-list').waitFor();
    const result = await page.evaluate(async (origin) => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.appendChild(script);
      let fetched = 'yes';
      try {
        await fetch(origin);
      } catch {
        fetched = 'blocked';
      }
      const img = new Image();
      img.src = `${origin}/pixel.png`;
      await new Promise((r) => setTimeout(r, 300));
      return { ran: (window as unknown as { __ran?: boolean }).__ran === true, fetched };
    }, otherOrigin);
    expect(result).toEqual({ ran: false, fetched: 'blocked' });
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.some((v) => v.startsWith('connect-src') && v.includes(otherOrigin))).toBe(true);
    expect(seen.some((v) => v.startsWith('img-src') && v.includes(otherOrigin))).toBe(true);
  });

  it('shows hostile pledge text and absurd numbers as inert text, and keeps working', async () => {
    const { page, errors } = await openPage(h);
    const violations = await watchViolations(page);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    // Serve a tampered catalogue: script in the quote, and figures no source would publish.
    await page.route('**/data/catalogue.json', async (route) => {
      const response = await route.fetch();
      const catalogue = (await response.json()) as {
        pledges: { id: string; quote: string; summaryEn: string }[];
        series: Record<string, { observations: { value: number | null }[] }>;
      };
      const target = catalogue.pledges.find((p) => p.id === PLEDGE)!;
      target.quote = '<img src=x onerror="alert(1)"><script>alert(2)</script> Flere hjemløse';
      const obs = catalogue.series[PLEDGE]!.observations;
      obs[0]!.value = 1e308;
      obs[1]!.value = -5;
      obs[2]!.value = null;
      await route.fulfill({ response, json: catalogue });
    });
    await page.goto(`${h.origin}/?p=${PLEDGE}`);
    await page.getByTestId('pledge-chart').waitFor();
    await expect(page.getByTestId('pledge-quote').textContent()).resolves.toContain(
      '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    );
    expect(await page.locator('[data-testid="pledge-page"] img').count()).toBe(0);
    const svg = (await page.getByTestId('pledge-chart').innerHTML()) ?? '';
    expect(svg).not.toMatch(/NaN|Infinity/);
    const sentence = (await page.getByTestId('outcome-sentence').textContent()) ?? '';
    expect(sentence).not.toMatch(/NaN|Infinity|undefined/);
    expect(dialog).toBe(false);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
