import { describe, expect, it } from 'vitest';
import {
  estimateColumnWidth,
  sampleIndexes,
  visibleWindow,
  type GridWindow,
  type WindowInput,
} from '../../src/ui/explorer/grid-window.ts';

const base: WindowInput = {
  scrollTop: 0,
  viewportHeight: 280,
  rowHeight: 28,
  rowCount: 100_000,
  overscan: 5,
};

describe('visibleWindow', () => {
  const cases: { name: string; input: Partial<WindowInput>; expected: GridWindow }[] = [
    {
      name: 'top of a long result: the rows in view plus overscan below',
      input: {},
      expected: { start: 0, end: 15, offsetTop: 0, totalHeight: 2_800_000 },
    },
    {
      name: 'scrolled to row 1000 exactly: overscan on both sides',
      input: { scrollTop: 28_000 },
      expected: { start: 995, end: 1015, offsetTop: 995 * 28, totalHeight: 2_800_000 },
    },
    {
      name: 'part-way into a row: the partly visible rows are rendered',
      input: { scrollTop: 28_014 },
      expected: { start: 995, end: 1016, offsetTop: 995 * 28, totalHeight: 2_800_000 },
    },
    {
      name: 'no rows',
      input: { rowCount: 0 },
      expected: { start: 0, end: 0, offsetTop: 0, totalHeight: 0 },
    },
    {
      name: 'fewer rows than fit: all of them',
      input: { rowCount: 3 },
      expected: { start: 0, end: 3, offsetTop: 0, totalHeight: 84 },
    },
    {
      name: 'scrolled past the end (result shrank): the last rows',
      input: { rowCount: 50, scrollTop: 1_000_000 },
      expected: { start: 35, end: 50, offsetTop: 35 * 28, totalHeight: 1400 },
    },
    {
      name: 'negative scrollTop (elastic scrolling): the top',
      input: { scrollTop: -120 },
      expected: { start: 0, end: 15, offsetTop: 0, totalHeight: 2_800_000 },
    },
    {
      name: 'NaN inputs fall back to safe values',
      input: { scrollTop: NaN, overscan: NaN },
      expected: { start: 0, end: 10, offsetTop: 0, totalHeight: 2_800_000 },
    },
    {
      name: 'zero-height viewport still renders the row at the top',
      input: { viewportHeight: 0, overscan: 0, scrollTop: 56 },
      expected: { start: 2, end: 3, offsetTop: 56, totalHeight: 2_800_000 },
    },
    {
      name: 'fractional row count is floored',
      input: { rowCount: 2.7 },
      expected: { start: 0, end: 2, offsetTop: 0, totalHeight: 56 },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(visibleWindow({ ...base, ...c.input })).toEqual(c.expected);
    });
  }

  it('keeps the window small and exact for huge row counts', () => {
    const rowCount = 50_000_000;
    const w = visibleWindow({ ...base, rowCount, scrollTop: 28 * 40_000_000 });
    expect(w.end - w.start).toBe(20);
    expect(w.start).toBe(40_000_000 - 5);
    expect(w.totalHeight).toBe(rowCount * 28);
    const end = visibleWindow({ ...base, rowCount, scrollTop: Number.MAX_SAFE_INTEGER });
    expect(end.end).toBe(rowCount);
    expect(end.end - end.start).toBe(15);
  });

  it('never renders more than the viewport plus twice the overscan', () => {
    for (let scrollTop = 0; scrollTop < 5000; scrollTop += 37) {
      const w = visibleWindow({ ...base, scrollTop });
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(280 / 28) + 1 + 2 * 5);
      expect(w.start * 28).toBeLessThanOrEqual(Math.max(0, scrollTop));
      expect(w.end * 28).toBeGreaterThanOrEqual(scrollTop + 280);
    }
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ ...base, scrollTop: 999 });
    const copy = { ...input };
    visibleWindow(input);
    expect(input).toEqual(copy);
  });
});

describe('sampleIndexes', () => {
  const cases: { rowCount: number; max: number; expected: number[] }[] = [
    { rowCount: 0, max: 5, expected: [] },
    { rowCount: 3, max: 5, expected: [0, 1, 2] },
    { rowCount: 10, max: 5, expected: [0, 2, 4, 6, 8] },
    { rowCount: 10, max: 0, expected: [] },
  ];
  for (const c of cases) {
    it(`${c.rowCount} rows, at most ${c.max}`, () => {
      expect(sampleIndexes(c.rowCount, c.max)).toEqual(c.expected);
    });
  }

  it('spreads over a long result without exceeding it', () => {
    const sample = sampleIndexes(100_000, 200);
    expect(sample).toHaveLength(200);
    expect(sample[0]).toBe(0);
    expect(Math.max(...sample)).toBeGreaterThan(99_000);
    expect(Math.max(...sample)).toBeLessThan(100_000);
  });
});

describe('estimateColumnWidth', () => {
  const options = { charWidth: 8, padding: 20, min: 56, max: 320 };
  const cases: { name: string; header: string; samples: string[]; expected: number }[] = [
    { name: 'short header and values: the minimum', header: 'id', samples: ['1'], expected: 56 },
    { name: 'header wider than values', header: 'kommunekode', samples: ['101'], expected: 124 },
    {
      name: 'values wider than header',
      header: 'navn',
      samples: ['Ringkøbing-Skjern'],
      expected: 156,
    },
    { name: 'long text is capped', header: 'quote', samples: ['x'.repeat(500)], expected: 320 },
    {
      name: 'counts characters, not UTF-16 units',
      header: 'a',
      samples: ['😀😀😀😀😀😀'],
      expected: 68,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(estimateColumnWidth(c.header, c.samples, options)).toBe(c.expected);
    });
  }
});
