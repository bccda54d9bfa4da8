// SYNTHETIC series: the figures are made up for the test.
import { describe, expect, it } from 'vitest';
import { latestFigures } from '../../src/ui/dossier/latest-figures.ts';
import { obs, series, yearly } from '../domain/fixtures.ts';

describe('latestFigures', () => {
  it('keeps the latest periods, oldest first, with the figure that counts for each', () => {
    const s = series([
      ...yearly({ 2024: 556, 2019: 750, 2022: null, 2017: 767 }),
      obs({ label: '2024', value: 999, quality: 'secondary' }),
    ]);
    const { figures, total } = latestFigures(s, 3);
    expect(total).toBe(4);
    expect(figures.map((o) => [o.periodLabel, o.value])).toEqual([
      ['2019', 750],
      ['2022', null],
      ['2024', 556],
    ]);
  });

  it('leaves out undated figures and copes with no series', () => {
    expect(latestFigures(series([obs({ label: 'x', value: 1, start: null })]), 5)).toEqual({
      figures: [],
      total: 0,
    });
    expect(latestFigures(null, 5)).toEqual({ figures: [], total: 0 });
  });
});
