/** A unit code from the data never reaches a sentence as code. */
import { describe, expect, it } from 'vitest';
import { amount } from '../../src/domain/units.ts';

describe('amount', () => {
  it('writes full-time persons as words, never as the code fulltime_persons', () => {
    expect(amount(69, 'fulltime_persons', 'da')).toBe('69 fuldtidspersoner');
    expect(amount(69, 'fulltime_persons', 'en')).toBe('69 full-time equivalent persons');
    expect(amount(1234.5, 'fulltime_persons', 'da')).toBe('1.234,5 fuldtidspersoner');
  });
  it('leaves persons and bare counts as numbers', () => {
    expect(amount(69, 'persons', 'da')).toBe('69');
    expect(amount(69, 'count', 'da')).toBe('69');
  });
});
