import { describe, it, expect } from 'vitest';
import type { PageRun } from '../../scripts/bench/measure-page.ts';
import {
  coldStart,
  ratios,
  summarizePage,
  summarizeQueries,
  type PageResult,
  type PageSpec,
} from '../../scripts/bench/summarize.ts';

// SYNTHETIC runs: every time and size below is made up for the test.
function run(chart: number, over: Partial<PageRun> = {}): PageRun {
  return {
    chart,
    chartSeen: chart,
    fcp: 100,
    dcl: 50,
    chartInHtml: false,
    beforeChart: { requests: 4, bytes: 40_000 },
    total: { requests: 6, bytes: 60_000 },
    wasmStart: null,
    wasmEnd: null,
    beforeWasm: { requests: 6, bytes: 60_000 },
    naive: null,
    ...over,
  };
}

const spec = (kind: PageSpec['kind']): PageSpec => ({ kind, label: kind, path: `/${kind}` });

function naiveRun(chart: number, wasmStart: number): PageRun {
  return run(chart, {
    beforeChart: { requests: 11, bytes: 4_000_000 },
    wasmStart,
    wasmEnd: wasmStart + 1000,
    naive: {
      start: 10,
      engineReady: wasmStart + 1200,
      extractsLoaded: wasmStart + 1500,
      firstQuery: wasmStart + 1600,
      seriesLoaded: wasmStart + 1700,
      evaluated: wasmStart + 1710,
      drawn: wasmStart + 1720,
    },
  });
}

describe('summarizePage', () => {
  const result: PageResult = {
    page: spec('static'),
    profile: 'unthrottled',
    runs: [
      run(300, { chartInHtml: true }),
      run(100, { chartInHtml: true }),
      run(200, { chartInHtml: true }),
    ],
    failures: ['timeout'],
  };

  it('gives median and p95 of the time to first chart', () => {
    const s = summarizePage(result);
    expect(s.chart.median).toBe(200);
    expect(s.chart.p95).toBe(300);
    expect(s.chartRuns).toEqual([300, 100, 200]);
  });

  it('says the chart was in the HTML only when it was in every run', () => {
    expect(summarizePage(result).chartInHtml).toBe(true);
    const mixed = { ...result, runs: [...result.runs, run(250)] };
    expect(summarizePage(mixed).chartInHtml).toBe(false);
  });

  it('keeps failures and says whether any wasm was requested', () => {
    const s = summarizePage(result);
    expect(s.failures).toEqual(['timeout']);
    expect(s.wasmRequested).toBe(false);
  });
});

describe('ratios and coldStart', () => {
  const naive: PageResult = {
    page: spec('naive'),
    profile: 'p',
    runs: [naiveRun(2000, 500), naiveRun(3000, 600), naiveRun(2500, 400)],
    failures: [],
  };
  const ours: PageResult = {
    page: spec('spa'),
    profile: 'p',
    runs: [run(500), run(400), run(600)],
    failures: [],
  };
  const other: PageResult = { ...ours, profile: 'q' };

  it('divides naive by ours within the same profile only', () => {
    const rows = ratios([naive, ours, other].map(summarizePage));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ profile: 'p', ours: 'spa', chartMedian: 5, chartP95: 5 });
    expect(rows[0]!.bytesBeforeChart).toBe(100);
    expect(rows[0]!.requestsBeforeChart).toBe(2.75);
  });

  it('gives the floor page no ratio: it is not one of ours', () => {
    const floor: PageResult = { ...ours, page: spec('floor') };
    const rows = ratios([naive, ours, floor].map(summarizePage));
    expect(rows.map((r) => r.ours)).toEqual(['spa']);
  });

  it('measures the cold start from the request of the wasm', () => {
    const c = coldStart(naive);
    expect(c.wasmDownload.median).toBe(1000);
    expect(c.wasmToEngineReady.median).toBe(1200);
    expect(c.wasmToFirstQuery.median).toBe(1600);
    expect(c.wasmToChart.median).toBe(2100); // 1500, 2400, 2100
  });
});

describe('summarizeQueries', () => {
  it('keeps the cold first run apart from median and p95', () => {
    const s = summarizeQueries({
      rows: 1e4,
      fileBytes: 60_000,
      generateMs: 50,
      error: null,
      run: {
        rows: 1e4,
        loadMs: 90,
        first: { byYear: 60, rankYear: 90 },
        runs: { byYear: [10, 30, 20], rankYear: [5, 5, 50] },
        resultRows: { byYear: 1, rankYear: 588 },
        usedJSHeapSize: 4e6,
        cdpJSHeapUsedSize: 3e6,
        rendererRss: 2e8,
        wallMs: 2000,
      },
    });
    expect(s.byYear).toMatchObject({ first: 60, median: 20, p95: 30, runs: 3, resultRows: 1 });
    expect(s.rankYear).toMatchObject({ first: 90, median: 5, p95: 50 });
    expect(s.rendererRss).toBe(2e8);
  });

  it('reports a size that failed, with its reason and no figures', () => {
    const s = summarizeQueries({
      rows: 1e7,
      fileBytes: null,
      generateMs: null,
      run: null,
      error: 'out of memory',
    });
    expect(s.error).toBe('out of memory');
    expect(s.byYear).toBeNull();
    expect(s.loadMs).toBeNull();
  });
});
