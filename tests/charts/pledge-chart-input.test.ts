// From a SYNTHETIC pledge and series to the chart's input; the numbers mean nothing.
import { describe, expect, it } from 'vitest';
import { pledgeChartInput } from '../../src/charts/pledge-chart-input.ts';
import { obs, pledge, series } from '../domain/fixtures.ts';

const SIZE = { width: 640, height: 320 };

describe('pledge chart input', () => {
  it('prefers a primary source when two report the same period', () => {
    const input = pledgeChartInput(
      pledge(),
      series([
        obs({ label: '2022', value: 510, quality: 'secondary' }),
        obs({ label: '2022', value: 507 }),
      ]),
      SIZE,
    );
    expect(input.points).toHaveLength(1);
    expect(input.points[0]).toMatchObject({ value: 507, secondary: false });
  });

  it('draws the clean figure of a period rather than a provisional one listed first', () => {
    const input = pledgeChartInput(
      pledge(),
      series([
        obs({ label: '2023', value: 580 }),
        obs({ label: '2024', value: 600, flags: ['provisional'] }),
        obs({ label: '2024', value: 556 }),
      ]),
      SIZE,
    );
    expect(input.points.map((p) => [p.label, p.value, p.flagged])).toEqual([
      ['2023', 580, false],
      ['2024', 556, false],
    ]);
  });

  it('leaves out undated figures and keeps a published gap as a gap', () => {
    const input = pledgeChartInput(
      pledge(),
      series([
        obs({ label: '2021', value: null, flags: ['missing'] }),
        obs({ label: 'udateret', value: 5, start: null }),
      ]),
      SIZE,
    );
    expect(input.points).toEqual([
      { date: '2021-01-01', label: '2021', value: null, secondary: false, flagged: true },
    ]);
  });
});
