/** The report's tables, built once from a BenchReport and rendered as text or Markdown. */
import { count, kb, ms, rowsLabel, times, type Table } from './report-render.ts';
import type { BenchReport } from './summarize.ts';

function profileLabel(report: BenchReport, name: string): string {
  return report.profiles.find((p) => p.name === name)?.label ?? name;
}

/**
 * Time to first chart (on the overview, kommune and method pages: first content) and what was
 * fetched before it, for every page under one profile.
 */
export function pagesTable(report: BenchReport, profile: string): Table {
  return {
    headers: [
      'page',
      'first chart / content median',
      'p95',
      'FCP median',
      'runs',
      'requests before chart',
      'bytes before chart',
      'requests before wasm',
      'bytes before wasm',
      'all requests',
      'all bytes',
    ],
    rows: report.pages
      .filter((p) => p.profile === profile)
      .map((p) => [
        p.label,
        ms(p.chart.median),
        ms(p.chart.p95),
        p.fcp ? ms(p.fcp.median) : '–',
        `${p.chart.runs}${p.failures.length > 0 ? ` (${p.failures.length} failed)` : ''}`,
        count(p.requestsBeforeChart),
        kb(p.bytesBeforeChart),
        p.wasmRequested ? count(p.requestsBeforeWasm) : 'no wasm',
        p.wasmRequested ? kb(p.bytesBeforeWasm) : 'no wasm',
        count(p.totalRequests),
        kb(p.totalBytes),
      ]),
  };
}

/** naive / ours: how many times slower and heavier the engine-first page is. */
export function ratiosTable(report: BenchReport): Table {
  return {
    headers: [
      'profile',
      'naive ÷ ours',
      'first chart / content (median)',
      'first chart / content (p95)',
      'bytes before chart',
      'requests before chart',
    ],
    rows: report.ratios.map((r) => [
      profileLabel(report, r.profile),
      `naive ÷ ${r.oursLabel}`,
      times(r.chartMedian),
      times(r.chartP95),
      times(r.bytesBeforeChart),
      times(r.requestsBeforeChart),
    ]),
  };
}

/** DuckDB-WASM's cold start on the naive page, from the request of the .wasm. */
export function coldStartTable(report: BenchReport): Table {
  const rows: string[][] = [];
  for (const c of report.coldStart) {
    const label = profileLabel(report, c.profile);
    for (const [what, s] of [
      ['wasm downloaded', c.wasmDownload],
      ['engine ready (startDb)', c.wasmToEngineReady],
      ['first query result', c.wasmToFirstQuery],
      ['chart drawn', c.wasmToChart],
    ] as const) {
      rows.push([`${label}: ${what}`, ms(s.median), ms(s.p95), count(s.runs)]);
    }
  }
  return { headers: ['from the .wasm request to …', 'median', 'p95', 'runs'], rows };
}

/** Query latency and memory per synthetic size. */
export function queriesTable(report: BenchReport): Table {
  return {
    headers: [
      'rows',
      'Parquet',
      'load',
      '(a) by year: first',
      'median',
      'p95',
      '(b) rank: first',
      'median',
      'p95',
      'JS heap (perf.memory)',
      'JS heap (CDP)',
      'renderer RSS',
    ],
    rows: report.queries.map((q) =>
      q.error
        ? [rowsLabel(q.rows), kb(q.fileBytes), `failed: ${q.error}`, ...Array(9).fill('–')]
        : [
            rowsLabel(q.rows),
            kb(q.fileBytes),
            ms(q.loadMs),
            ms(q.byYear?.first),
            ms(q.byYear?.median),
            ms(q.byYear?.p95),
            ms(q.rankYear?.first),
            ms(q.rankYear?.median),
            ms(q.rankYear?.p95),
            kb(q.usedJSHeapSize),
            kb(q.cdpJSHeapUsedSize),
            kb(q.rendererRss),
          ],
    ),
  };
}

export function machineTable(report: BenchReport): Table {
  const m = report.machine;
  return {
    headers: ['', ''],
    rows: [
      ['date', report.date],
      ['CPU', `${m.cpu}, ${m.cores} cores`],
      ['RAM', `${(m.ramBytes / 1024 ** 3).toFixed(1)} GiB`],
      ['OS', m.os],
      ['Node', m.node],
      ['Chromium', m.chromium],
      [
        'load average (1 min)',
        `${m.loadAverage.start} at start, ${m.loadAverage.end} at end (${m.cores} cores)`,
      ],
      [
        'runs',
        `${report.options.runs} per page and profile; ${report.options.queryRuns} per query`,
      ],
      ['duration', `${Math.round(report.durationS)} s`],
    ],
  };
}
