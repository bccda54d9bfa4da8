import { describe, expect, it } from 'vitest';
import {
  growth,
  growthLines,
  growthMarkdown,
  GROWTH_MEASURES,
} from '../../scripts/bench/query-growth.ts';
import type { QueryFigures, QuerySummary } from '../../scripts/bench/summarize.ts';

const figures = (median: number, p95: number, resultRows: number): QueryFigures => ({
  runs: 10,
  median,
  p95,
  min: median,
  max: p95,
  first: p95,
  resultRows,
});

function size(rows: number, load: number, rank: number, error: string | null = null): QuerySummary {
  return {
    rows,
    fileBytes: null,
    generateMs: null,
    loadMs: load,
    byYear: figures(10, 20, 1),
    rankYear: figures(rank, rank * 2, Math.min(rows / 10, 35_770)),
    usedJSHeapSize: null,
    cdpJSHeapUsedSize: null,
    rendererRss: null,
    error,
  };
}

const load = GROWTH_MEASURES.find((m) => m.label === 'load')!;

describe('growth', () => {
  it('gives the factor from each size to the next and the exponent over the whole range', () => {
    const g = growth([size(1e4, 100, 5), size(1e5, 200, 5), size(1e6, 2000, 5)], load);
    expect(g.steps.map((s) => [s.from, s.to, s.factor])).toEqual([
      [1e4, 1e5, 2],
      [1e5, 1e6, 10],
    ]);
    // 100 → 2000 over two decades: log10(20) / 2.
    expect(g.exponent).toBeCloseTo(Math.log10(20) / 2, 10);
  });

  it('skips sizes that failed or have no figure, in row order whatever the input order', () => {
    const g = growth(
      [size(1e6, 1000, 5), size(1e5, 0, 5), size(1e7, 9, 5, 'the page crashed'), size(1e4, 10, 5)],
      load,
    );
    expect(g.steps).toEqual([{ from: 1e4, to: 1e6, factor: 100 }]);
    expect(g.exponent).toBeCloseTo(1, 10);
  });
});

describe('growthMarkdown', () => {
  it('writes one line per measure from the figures, and the ranked rows per size', () => {
    const md = growthMarkdown([size(1e4, 100, 5), size(1e5, 300, 5), size(1e6, 3000, 10)]);
    expect(md).toContain('### How the cost grows');
    expect(md).toContain('- load: 10⁴→10⁵ ×3.0, 10⁵→10⁶ ×10 (rows^0.74)');
    expect(md).toContain('- (b) rank median: 10⁴→10⁵ ×1.0, 10⁵→10⁶ ×2.0 (rows^0.15)');
    expect(md).toContain('(b) returns 1,000 at 10⁴, 10,000 at 10⁵, 35,770 at 10⁶ rows.');
    // No renderer RSS was measured, so it gets no line.
    expect(md).not.toContain('renderer RSS');
  });

  it('is empty with fewer than two sizes that completed', () => {
    expect(growthMarkdown([size(1e4, 100, 5), size(1e5, 100, 5, 'timeout')])).toBe('');
    expect(growthLines([])).toEqual([]);
  });
});
