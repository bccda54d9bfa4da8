import { describe, expect, it } from 'vitest';
import { formatDateWithPrecision } from '../../src/domain/format.ts';

describe('formatDateWithPrecision', () => {
  it.each([
    ['2020-01-01', 'year', 'da', '2020'],
    ['2024-11-01', 'month', 'da', 'nov. 2024'],
    ['2024-11-01', 'month', 'en', 'Nov 2024'],
    ['2025-01-14', 'day', 'da', '14. jan. 2025'],
    [null, 'year', 'da', '–'],
  ] as const)('%s at %s precision in %s is %s', (iso, precision, lang, expected) => {
    expect(formatDateWithPrecision(iso, precision, lang)).toBe(expected);
  });
});
