import { describe, it, expect } from 'vitest';
import { median, percentile, ratio, summarize } from '../../scripts/bench/stats.ts';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[5, NaN, 1, Infinity, 3], 3],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

  it('p95 of 10 runs is the slowest run', () => {
    expect(percentile(ten, 95)).toBe(10);
  });

  it('p90 of 10 runs is the second slowest', () => {
    expect(percentile(ten, 90)).toBe(9);
  });

  it('p50 is the lower middle value, never an interpolation', () => {
    expect(percentile(ten, 50)).toBe(5);
  });

  it('p100 is the maximum and a tiny p the minimum', () => {
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 0.001)).toBe(1);
  });

  it('p95 of 20 runs is the 19th', () => {
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });

  it('rejects p outside (0, 100]', () => {
    expect(() => percentile(ten, 0)).toThrow(RangeError);
    expect(() => percentile(ten, 101)).toThrow(RangeError);
  });

  it('is NaN when no run produced a number', () => {
    expect(percentile([NaN], 95)).toBeNaN();
  });
});

describe('summarize', () => {
  it('counts only the runs that produced a number', () => {
    expect(summarize([4, NaN, 2, 3, 1])).toEqual({ runs: 4, median: 2.5, p95: 4, min: 1, max: 4 });
  });

  it('gives NaN figures for no runs', () => {
    const s = summarize([]);
    expect(s.runs).toBe(0);
    expect(s.median).toBeNaN();
    expect(s.min).toBeNaN();
  });
});

describe('ratio', () => {
  it('is naive divided by ours', () => {
    expect(ratio(3000, 500)).toBe(6);
  });

  it.each([
    [1, 0],
    [NaN, 1],
    [1, NaN],
  ])('is NaN for %d / %d', (a, b) => {
    expect(ratio(a, b)).toBeNaN();
  });
});
