/**
 * From raw runs to the figures we report: per page and profile the time to first chart (median,
 * p95) and what was fetched before it; the naive page's engine cold start; naive / ours ratios;
 * and the query latencies per synthetic size. Pure, so it is unit-tested without a browser.
 */
import type { PageRun } from './measure-page.ts';
import type { QueryRun } from './measure-queries.ts';
import { median, ratio, summarize, type Summary } from './stats.ts';

export type PageKind =
  | 'spa'
  | 'static'
  | 'embed'
  | 'overview'
  | 'kommune'
  | 'method'
  | 'naive'
  /** Not ours: the least a page can be (tests/bench/floor.html), the profile's floor. */
  | 'floor';

export interface PageSpec {
  kind: PageKind;
  label: string;
  path: string;
  /** What counts as shown: a selector for an element with a layout box (the chart if absent). */
  content?: string;
}

export interface PageResult {
  page: PageSpec;
  profile: string;
  runs: PageRun[];
  /** Runs that failed, with the reason; they are left out of the figures. */
  failures: string[];
}

export interface PageSummary {
  kind: PageKind;
  label: string;
  path: string;
  profile: string;
  chart: Summary;
  chartRuns: number[];
  /** first-contentful-paint, from the start of the first document. */
  fcp: Summary;
  /** Medians over the runs. */
  requestsBeforeChart: number;
  bytesBeforeChart: number;
  totalRequests: number;
  totalBytes: number;
  /** True when every run found the chart in the first HTML response. */
  chartInHtml: boolean;
  wasmRequested: boolean;
  requestsBeforeWasm: number;
  bytesBeforeWasm: number;
  failures: string[];
}

export function summarizePage(result: PageResult): PageSummary {
  const { runs } = result;
  const med = (pick: (r: PageRun) => number) => median(runs.map(pick));
  return {
    ...result.page,
    profile: result.profile,
    chart: summarize(runs.map((r) => r.chart)),
    chartRuns: runs.map((r) => round(r.chart, 1)),
    fcp: summarize(runs.map((r) => r.fcp)),
    requestsBeforeChart: med((r) => r.beforeChart.requests),
    bytesBeforeChart: med((r) => r.beforeChart.bytes),
    totalRequests: med((r) => r.total.requests),
    totalBytes: med((r) => r.total.bytes),
    chartInHtml: runs.length > 0 && runs.every((r) => r.chartInHtml),
    wasmRequested: runs.some((r) => r.wasmStart !== null),
    requestsBeforeWasm: med((r) => r.beforeWasm.requests),
    bytesBeforeWasm: med((r) => r.beforeWasm.bytes),
    failures: result.failures,
  };
}

export interface RatioRow {
  profile: string;
  ours: PageKind;
  oursLabel: string;
  /** naive / ours for each figure. */
  chartMedian: number;
  chartP95: number;
  bytesBeforeChart: number;
  requestsBeforeChart: number;
}

/** naive / ours for every page of ours, per profile. */
export function ratios(pages: readonly PageSummary[]): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const naive of pages.filter((p) => p.kind === 'naive')) {
    const ourPages = pages.filter((p) => p.kind !== 'naive' && p.kind !== 'floor');
    for (const ours of ourPages.filter((p) => p.profile === naive.profile)) {
      rows.push({
        profile: ours.profile,
        ours: ours.kind,
        oursLabel: ours.label,
        chartMedian: ratio(naive.chart.median, ours.chart.median),
        chartP95: ratio(naive.chart.p95, ours.chart.p95),
        bytesBeforeChart: ratio(naive.bytesBeforeChart, ours.bytesBeforeChart),
        requestsBeforeChart: ratio(naive.requestsBeforeChart, ours.requestsBeforeChart),
      });
    }
  }
  return rows;
}

export interface ColdStart {
  profile: string;
  /** Request of the .wasm until its last byte arrived. */
  wasmDownload: Summary;
  /** Request of the .wasm until startDb('app') resolved (compiled, instantiated, opened). */
  wasmToEngineReady: Summary;
  /** Request of the .wasm until the page's first own query result (extracts loaded). */
  wasmToFirstQuery: Summary;
  /** Request of the .wasm until the chart. */
  wasmToChart: Summary;
}

/** The engine's cold start, read from the naive page's runs. */
export function coldStart(naive: PageResult): ColdStart {
  const measured = naive.runs.filter((r) => r.wasmStart !== null && r.naive !== null);
  const since = (pick: (r: PageRun) => number | null | undefined) =>
    summarize(measured.map((r) => (pick(r) ?? NaN) - (r.wasmStart as number)));
  return {
    profile: naive.profile,
    wasmDownload: since((r) => r.wasmEnd),
    wasmToEngineReady: since((r) => r.naive?.engineReady),
    wasmToFirstQuery: since((r) => r.naive?.firstQuery),
    wasmToChart: since((r) => r.chart),
  };
}

export interface QueryResult {
  rows: number;
  fileBytes: number | null;
  generateMs: number | null;
  run: QueryRun | null;
  error: string | null;
}

export interface QueryFigures extends Summary {
  /** The first, cold run (not part of median/p95). */
  first: number;
  resultRows: number;
}

export interface QuerySummary {
  rows: number;
  fileBytes: number | null;
  generateMs: number | null;
  loadMs: number | null;
  byYear: QueryFigures | null;
  rankYear: QueryFigures | null;
  usedJSHeapSize: number | null;
  cdpJSHeapUsedSize: number | null;
  rendererRss: number | null;
  error: string | null;
}

export function summarizeQueries(result: QueryResult): QuerySummary {
  const run = result.run;
  const figures = (name: 'byYear' | 'rankYear'): QueryFigures | null =>
    run
      ? {
          ...summarize(run.runs[name]),
          first: run.first[name],
          resultRows: run.resultRows[name],
        }
      : null;
  return {
    rows: result.rows,
    fileBytes: result.fileBytes,
    generateMs: result.generateMs,
    loadMs: run?.loadMs ?? null,
    byYear: figures('byYear'),
    rankYear: figures('rankYear'),
    usedJSHeapSize: run?.usedJSHeapSize ?? null,
    cdpJSHeapUsedSize: run?.cdpJSHeapUsedSize ?? null,
    rendererRss: run?.rendererRss ?? null,
    error: result.error,
  };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Everything one `npm run bench` measured; saved as docs/benchmarks.json. */
export interface BenchReport {
  date: string;
  machine: import('./machine.ts').Machine;
  options: { runs: number; queryRuns: number; sizes: number[]; seed: number; pledge: string };
  profiles: import('./profiles.ts').Profile[];
  pages: PageSummary[];
  ratios: RatioRow[];
  coldStart: ColdStart[];
  queries: QuerySummary[];
  /** Wall time of the whole benchmark, s. */
  durationS: number;
}
