import { describe, it, expect } from 'vitest';
import { SLOW_4G_CPU_4, UNTHROTTLED } from '../../scripts/bench/profiles.ts';
import {
  benchmarksMarkdown,
  headline,
  queryHeadline,
} from '../../scripts/bench/report-markdown.ts';
import type { BenchReport, PageSummary } from '../../scripts/bench/summarize.ts';

// SYNTHETIC report: every figure below is made up for the test, none was measured.
function page(
  kind: PageSummary['kind'],
  label: string,
  profile: string,
  median: number,
): PageSummary {
  return {
    kind,
    label,
    path: `/${kind}`,
    profile,
    chart: { runs: 10, median, p95: median * 1.2, min: median, max: median * 1.2 },
    chartRuns: [],
    fcp: { runs: 10, median, p95: median * 1.2, min: median, max: median * 1.2 },
    requestsBeforeChart: 3,
    bytesBeforeChart: 8000,
    totalRequests: 3,
    totalBytes: 8000,
    chartInHtml: kind === 'embed',
    wasmRequested: kind === 'naive',
    requestsBeforeWasm: 4,
    bytesBeforeWasm: 80_000,
    failures: [],
  };
}

const report: BenchReport = {
  date: '2030-01-02T03:04:05.000Z',
  machine: {
    cpu: 'Test CPU',
    cores: 2,
    ramBytes: 8 * 1024 ** 3,
    os: 'Test OS',
    node: 'v20.0.0',
    chromium: '1.2.3',
    loadAverage: { start: 0.5, end: 0.7 },
  },
  options: { runs: 10, queryRuns: 10, sizes: [1e4, 1e7], seed: 0.42, pledge: 'x' },
  profiles: [UNTHROTTLED, SLOW_4G_CPU_4],
  pages: [
    page('embed', 'embed', 'unthrottled', 250),
    page('naive', 'naive', 'unthrottled', 2000),
    page('embed', 'embed', 'slow4g-cpu4', 1600),
    page('naive', 'naive', 'slow4g-cpu4', 32_000),
    page('floor', 'floor', 'slow4g-cpu4', 700),
  ],
  ratios: [
    {
      profile: 'unthrottled',
      ours: 'embed',
      oursLabel: 'embed',
      chartMedian: 8,
      chartP95: 8,
      bytesBeforeChart: 500,
      requestsBeforeChart: 3.7,
    },
    {
      profile: 'slow4g-cpu4',
      ours: 'embed',
      oursLabel: 'embed',
      chartMedian: 20,
      chartP95: 20,
      bytesBeforeChart: 500,
      requestsBeforeChart: 3.7,
    },
  ],
  coldStart: [],
  queries: [
    {
      rows: 1e7,
      fileBytes: null,
      generateMs: null,
      loadMs: null,
      byYear: null,
      rankYear: null,
      usedJSHeapSize: null,
      cdpJSHeapUsedSize: null,
      rendererRss: null,
      error: 'the page crashed',
    },
  ],
  durationS: 500,
};

describe('headline', () => {
  it('gives one sentence per profile with both times and the ratio', () => {
    expect(headline(report)).toEqual([
      'Unthrottled: engine first, the chart appears after 2,000 ms; embed 250 ms (8.0× sooner). Medians of 10 cold loads.',
      'Slow 4G + 4× CPU: engine first, the chart appears after 32,000 ms; embed 1,600 ms (20× sooner). The floor, a page of a paragraph and an SVG served the same way, 700 ms. Medians of 10 cold loads.',
    ]);
  });
});

describe('benchmarksMarkdown', () => {
  const md = benchmarksMarkdown(report);

  it('names the machine and the date', () => {
    expect(md).toContain('| CPU | Test CPU, 2 cores |');
    expect(md).toContain('| Chromium | 1.2.3 |');
    expect(md).toContain('2030-01-02T03:04:05.000Z');
  });

  it('has a table per profile and the ratios', () => {
    expect(md).toContain('### Slow 4G + 4× CPU');
    expect(md).toContain('| unthrottled | naive ÷ embed | 8.0× | 8.0× | 500× | 3.7× |');
  });

  it('says which query sizes failed and why, instead of leaving them out', () => {
    expect(md).toContain('| 10⁷ | – | failed: the page crashed |');
    expect(md).toContain('Sizes that did not complete: 10⁷ (the page crashed).');
  });
});

describe('queryHeadline', () => {
  it('reports a size that did not complete', () => {
    expect(queryHeadline(report)).toEqual([
      'Queries on 10⁷ synthetic rows did not complete: the page crashed.',
    ]);
  });
});

describe('benchmarksMarkdown with query figures', () => {
  const q = (rows: number, median: number) => ({
    ...report.queries[0]!,
    rows,
    loadMs: median * 10,
    error: null,
    rankYear: {
      runs: 10,
      median,
      p95: median,
      min: median,
      max: median,
      first: median,
      resultRows: 588,
    },
  });

  it('says how the cost grows, from the figures of the sizes that completed', () => {
    const md = benchmarksMarkdown({
      ...report,
      queries: [q(1e4, 10), q(1e5, 40), report.queries[0]!],
    });
    expect(md).toContain('### How the cost grows');
    expect(md).toContain('- (b) rank median: 10⁴→10⁵ ×4.0 (rows^0.60)');
  });

  it('has no such paragraph with one size', () => {
    expect(benchmarksMarkdown(report)).not.toContain('How the cost grows');
  });
});
