import { describe, it, expect } from 'vitest';
import {
  count,
  kb,
  markdownTable,
  ms,
  rowsLabel,
  textTable,
  times,
} from '../../scripts/bench/report-render.ts';

describe('number formats', () => {
  it.each([
    [12.345, '12.3 ms'],
    [1234.5, '1,235 ms'],
    [NaN, '–'],
    [null, '–'],
  ])('ms(%s) = %s', (v, text) => {
    expect(ms(v)).toBe(text);
  });

  it.each([
    [2048, '2.0 KB'],
    [4_349_142, '4.15 MB'],
    [undefined, '–'],
  ])('kb(%s) = %s', (v, text) => {
    expect(kb(v)).toBe(text);
  });

  it.each([
    [5.187, '5.2×'],
    [17.65, '18×'],
    [Infinity, '–'],
  ])('times(%s) = %s', (v, text) => {
    expect(times(v)).toBe(text);
  });

  it('prints whole counts without decimals and medians of two with one', () => {
    expect(count(11)).toBe('11');
    expect(count(10.5)).toBe('10.5');
  });

  it.each([
    [1e4, '10⁴'],
    [1e7, '10⁷'],
    [10, '10¹'],
    [25000, '25,000'],
    [1, '1'],
  ])('rowsLabel(%d) = %s', (rows, text) => {
    expect(rowsLabel(rows)).toBe(text);
  });
});

describe('tables', () => {
  const table = {
    headers: ['page', 'median'],
    rows: [
      ['embed', '180 ms'],
      ['naive | engine', '2,296 ms'],
    ],
  };

  it('aligns text columns: the first left, the others right', () => {
    expect(textTable(table).split('\n')).toEqual([
      'page              median',
      '--------------  --------',
      'embed             180 ms',
      'naive | engine  2,296 ms',
    ]);
  });

  it('writes Markdown with right-aligned number columns and escaped pipes', () => {
    expect(markdownTable(table).split('\n')).toEqual([
      '| page | median |',
      '| --- | ---: |',
      '| embed | 180 ms |',
      '| naive \\| engine | 2,296 ms |',
    ]);
  });
});
