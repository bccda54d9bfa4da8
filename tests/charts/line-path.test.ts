import { describe, expect, it } from 'vitest';
import { pathThrough, roundPath } from '../../src/charts/line-path.ts';
import { endOfYear, isoToTime, startOfYear } from '../../src/charts/time-axis.ts';

describe('pathThrough', () => {
  it('draws one run through finite points', () => {
    expect(
      pathThrough([
        { x: 1, y: 2 },
        { x: 3, y: 4.5 },
        { x: 5, y: 6 },
      ]),
    ).toBe('M1,2L3,4.5L5,6');
  });

  it('never bridges a gap, and closes a run of one point so it still shows', () => {
    expect(
      pathThrough([
        { x: 1, y: 2 },
        { x: 3, y: NaN },
        { x: 5, y: 6 },
        { x: 7, y: 8 },
        { x: 9, y: NaN },
        { x: 11, y: 12 },
      ]),
    ).toBe('M1,2ZM5,6L7,8M11,12Z');
  });

  it('is empty without a drawn point', () => {
    expect(pathThrough([])).toBe('');
    expect(pathThrough([{ x: 1, y: NaN }])).toBe('');
  });
});

describe('roundPath', () => {
  it('rounds every decimal to a tenth and leaves whole numbers alone', () => {
    expect(roundPath('M1.2345,-6.789L10,20.05')).toBe('M1.2,-6.8L10,20.1');
  });
});

describe('time axis', () => {
  it('reads ISO dates only', () => {
    expect(isoToTime('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(isoToTime(null)).toBeNull();
    expect(isoToTime('2024')).toBeNull();
  });

  it('spans whole years', () => {
    const t = Date.UTC(2024, 5, 15);
    expect(startOfYear(t)).toBe(Date.UTC(2024, 0, 1));
    expect(endOfYear(t)).toBe(Date.UTC(2025, 0, 1));
  });
});
