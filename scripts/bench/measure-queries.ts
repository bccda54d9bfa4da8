/**
 * The query benchmark for one SYNTHETIC set: a fresh browser context opens the bench page in
 * query mode, which loads the set with loadExtracts and times the explorer's queries; then we
 * read the page's memory three ways (performance.memory, CDP Performance.getMetrics, and the
 * resident memory of its renderer process, which holds the DuckDB worker and its wasm heap).
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';
import type { QueryTimings } from '../../tests/bench/page/bench-result.ts';
import { applyProfile, type Profile } from './profiles.ts';

export interface QueryRun extends QueryTimings {
  /** CDP Performance.getMetrics JSHeapUsedSize of the page, bytes. */
  cdpJSHeapUsedSize: number | null;
  /** Resident set of the page's renderer process (page + worker + wasm), bytes; Linux only. */
  rendererRss: number | null;
  /** Wall time of the whole page visit as the driver saw it, ms. */
  wallMs: number;
}

export async function measureQueries(
  browser: Browser,
  url: string,
  profile: Profile,
  timeoutMs: number,
): Promise<QueryRun> {
  const started = performance.now();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('the page crashed'));
    const cdp = await context.newCDPSession(page);
    await applyProfile(cdp, profile);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction('window.__bench && window.__bench.done === true', undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
    const report = (await page.evaluate('window.__bench')) as {
      queries?: QueryTimings;
      error?: string;
    };
    if (report.error) throw new Error(report.error.split('\n')[0]);
    if (errors.length > 0) throw new Error(errors.join('; '));
    if (!report.queries) throw new Error('the bench page reported no query timings');
    return {
      ...report.queries,
      cdpJSHeapUsedSize: await cdpHeap(cdp),
      rendererRss: await largestRendererRss(browser),
      wallMs: performance.now() - started,
    };
  } finally {
    await context.close();
  }
}

async function cdpHeap(cdp: CDPSession): Promise<number | null> {
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * DevTools does not say which process renders a page, so this takes the largest content renderer
 * (not Chromium's own UI). The bench opens one page at a time and a page holding DuckDB is far
 * larger than Chromium's idle spare renderer (~75 MB), so the largest is ours.
 */
async function largestRendererRss(browser: Browser): Promise<number | null> {
  try {
    const session = await browser.newBrowserCDPSession();
    const info = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await session.detach();
    let largest: number | null = null;
    for (const p of info.processInfo) {
      if (p.type !== 'renderer') continue;
      const cmdline = readFileSync(`/proc/${p.id}/cmdline`, 'utf8');
      if (cmdline.includes('--top-chrome-webui')) continue;
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1];
      if (kb) largest = Math.max(largest ?? 0, Number(kb) * 1024);
    }
    return largest;
  } catch {
    return null;
  }
}
