import { describe, expect, it } from 'vitest';
import { implausibleValue } from '../../scripts/lib/plausible-value.ts';

describe('plausible values', () => {
  it.each<[number, string, RegExp | null]>([
    [556, 'persons', null],
    [-3.5, 'percent_change', null],
    [-12_000_000, 'dkk', null],
    [4.2e10, 'dkk', null],
    [Number.NaN, 'persons', /not a finite number/],
    [Infinity, 'dkk', /not a finite number/],
    [1e308, 'percent', /implausibly large/],
    [-1, 'persons', /negative count/],
    [-1, 'fulltime_persons', /negative count/],
  ])('%s %s', (value, unit, expected) => {
    const result = implausibleValue(value, unit);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});
