import { describe, it, expect } from 'vitest';
import {
  alignedStart,
  expectedStarts,
  labelFor,
  nextStart,
  parseIsoDate,
  parsePeriod,
} from '../../src/domain/period.ts';

describe('period arithmetic', () => {
  it.each([
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['2024K2', 'quarter', '2024-04-01', '2024-06-30'],
    ['2024Q4', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024H1', 'half', '2024-01-01', '2024-06-30'],
    ['2024M02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-03-05', 'day', '2024-03-05', '2024-03-05'],
    ['2016-04 to 2018-10', 'range', '2016-04-01', '2018-10-31'],
  ] as const)('parses %s', (label, freq, start, end) => {
    expect(parsePeriod(label)).toMatchObject({ freq, start, end });
  });

  it('keeps the given start for a label it cannot read', () => {
    expect(parsePeriod('vinteren 2019', '2019-01-01')).toMatchObject({
      freq: 'unknown',
      start: '2019-01-01',
      end: null,
    });
    expect(parsePeriod('2024M13').freq).toBe('unknown');
  });

  it('validates ISO dates by parts, leap years included', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2024-1-1')).toBeNull();
  });

  it('steps, aligns and labels regular periods', () => {
    expect(nextStart('quarter', '2024-10-01')).toBe('2025-01-01');
    expect(nextStart('month', '2024-12-01')).toBe('2025-01-01');
    expect(alignedStart('quarter', '2030-12-31')).toBe('2030-10-01');
    expect(alignedStart('half', '2030-07-15')).toBe('2030-07-01');
    expect(labelFor('quarter', '2030-10-01')).toBe('2030K4');
    expect(labelFor('month', '2030-03-01')).toBe('2030M03');
    expect(expectedStarts('year', '2021-06-01', '2024-12-31')).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
    ]);
    expect(expectedStarts('day', '2021-06-01', '2024-12-31')).toBeNull();
  });
});
