/**
 * One cold load of one page: a fresh browser context (empty cache, no compiled wasm kept), the
 * profile's throttling, the first-chart probe, and every request logged with its size.
 */
import type { Browser, Page, Request } from 'playwright-core';
import type { NaiveMarks } from '../../tests/bench/page/bench-result.ts';
import { contentProbe, firstChartTime, type ProbeResult } from './first-chart-probe.ts';
import { applyProfile, type Profile } from './profiles.ts';
import {
  finishedBy,
  firstWasmRequest,
  toPageTime,
  type LoggedRequest,
  type NetworkTotals,
} from './request-log.ts';

export interface PageRun {
  /** The first chart (see firstChartTime), ms after navigation start. */
  chart: number;
  chartSeen: number;
  fcp: number;
  dcl: number;
  chartInHtml: boolean;
  beforeChart: NetworkTotals;
  /** Everything the page fetched until the network was idle. */
  total: NetworkTotals;
  /** When the first .wasm was requested, or null when the page never asked for one. */
  wasmStart: number | null;
  wasmEnd: number | null;
  /** What was fetched before the wasm was requested (all of it when there was no wasm). */
  beforeWasm: NetworkTotals;
  naive: NaiveMarks | null;
}

interface PageReport extends ProbeResult {
  naive?: NaiveMarks;
  error?: string;
  timeOrigin: number;
}

/** `content`: the selector of what counts as shown (the pledge chart unless given). */
export async function measurePage(
  browser: Browser,
  url: string,
  profile: Profile,
  timeoutMs: number,
  content?: string,
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: contentProbe(content) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const finished: Promise<Omit<LoggedRequest, 'start' | 'end'> & WallTiming>[] = [];
    context.on('requestfinished', (r) => finished.push(logEntry(r)));
    await applyProfile(await context.newCDPSession(page), profile);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await waitForContent(page, timeoutMs);
    // Let the page finish what it does after the chart (the app's JavaScript on a static page),
    // so the totals are the whole page, not just the part before the chart.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    const report = await page.evaluate(
      () =>
        ({
          ...(window as unknown as { __bench: object }).__bench,
          timeOrigin: performance.timeOrigin,
        }) as unknown,
    );
    const r = report as PageReport;
    if (r.error) throw new Error(`${url}: ${r.error}`);
    if (errors.length > 0) throw new Error(`${url}: page error: ${errors.join('; ')}`);
    // Times count from the first document's start, also when the page handed over to another.
    const shift = r.shift ?? 0;
    const log: LoggedRequest[] = (await Promise.all(finished)).map((e) => ({
      url: e.url,
      bytes: e.bytes,
      ...toPageTime(e.wallStart, e.responseEnd, r.timeOrigin - shift),
    }));
    const chart = firstChartTime(r);
    const wasm = firstWasmRequest(log);
    return {
      chart,
      chartSeen: (r.chartSeen ?? NaN) + shift,
      fcp: (r.paints['first-contentful-paint'] ?? NaN) + shift,
      dcl: (r.dcl ?? NaN) + shift,
      chartInHtml: r.chartInHtml === true,
      beforeChart: finishedBy(log, chart),
      total: finishedBy(log, Infinity),
      wasmStart: wasm?.start ?? null,
      wasmEnd: wasm?.end ?? null,
      beforeWasm: finishedBy(log, wasm?.start ?? Infinity),
      naive: r.naive ?? null,
    };
  } finally {
    await context.close();
  }
}

/**
 * Waits until the probe has seen the content and the first contentful paint. A page that hands
 * over to another document (the root's ?p= link) destroys the context being polled; polling goes
 * on in the new one.
 */
async function waitForContent(page: Page, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(
        () => {
          const b = (window as unknown as { __bench?: Record<string, unknown> }).__bench;
          const paints = (b?.paints ?? {}) as Record<string, number>;
          return (
            b?.error !== undefined ||
            (b?.chartSeen !== undefined && paints['first-contentful-paint'] !== undefined)
          );
        },
        undefined,
        { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
      );
      return;
    } catch (e) {
      const destroyed = e instanceof Error && /context was destroyed|navigat/i.test(e.message);
      if (!destroyed || Date.now() >= deadline) throw e;
    }
  }
}

interface WallTiming {
  wallStart: number;
  responseEnd: number;
}

async function logEntry(r: Request): Promise<{ url: string; bytes: number } & WallTiming> {
  const timing = r.timing();
  const sizes = await r.sizes().catch(() => null);
  return {
    url: r.url(),
    bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
    wallStart: timing.startTime,
    responseEnd: timing.responseEnd,
  };
}
