/**
 * comparisonLines on SYNTHETIC figures (made up; not real data): one line per chosen kommune and
 * Hele landet, gaps where a figure or a same-day population is missing, never filled in.
 */
import { describe, expect, it } from 'vitest';
import { comparisonLines } from '../../src/domain/comparison-lines.ts';
import type { Observation } from '../../src/domain/series.ts';

const o = (
  kode: string,
  label: string,
  value: number | null,
  metric = 'synthetic_count',
  extra: Partial<Observation> = {},
): Observation => ({
  metric,
  kode,
  periodStart: `${label.slice(0, 4)}-${label.endsWith('K2') ? '04' : '01'}-01`,
  periodLabel: label,
  value,
  quality: 'primary',
  flags: [],
  source: { title: 'Synthetic', url: 'https://example.org/synthetic', retrieved: '2025-01-01' },
  ...extra,
});

const observations = [
  o('101', '2023K1', 10),
  o('101', '2023K2', 12),
  o('102', '2023K1', 30),
  o('000', '2023K1', 100),
  o('000', '2023K2', 110),
  o('103', '2024K1', 1, 'synthetic_count', { flags: ['sub_area'] }),
  o('101', '2023K1', 999, 'another_metric'),
];
const population = [
  o('101', '2023K1', 1000, 'population'),
  o('102', '2023K1', 10000, 'population'),
  o('000', '2023K1', 100000, 'population'),
];
const base = {
  metricId: 'synthetic_count',
  observations,
  population,
  kommuner: [
    { kode: '101', navn: 'Ådal' },
    { kode: '102', navn: 'Bøby' },
    { kode: '101', navn: 'Ådal' },
  ],
  focusKode: '101',
  nationalName: 'Hele landet',
};

describe('comparisonLines', () => {
  it('gives the raw figures per period, the focus kommune first and Hele landet last', () => {
    const { periods, lines } = comparisonLines({ ...base, perThousand: false });
    expect(periods).toEqual([
      { label: '2023K1', date: '2023-01-01' },
      { label: '2023K2', date: '2023-04-01' },
    ]);
    expect(
      lines.map((l) => [l.kode, l.isFocus, l.isNational, l.points.map((p) => p.value)]),
    ).toEqual([
      ['101', true, false, [10, 12]],
      ['102', false, false, [30, null]],
      ['000', false, true, [100, 110]],
    ]);
  });

  it('divides by the population on the period’s first day only, leaving a gap otherwise', () => {
    const { periods, lines } = comparisonLines({ ...base, perThousand: true });
    // 2023K2 has figures but no population: it stays as a gap, so no line bridges it.
    expect(periods.map((p) => p.label)).toEqual(['2023K1', '2023K2']);
    expect(lines.map((l) => l.points.map((p) => p.value))).toEqual([
      [10, null],
      [3, null],
      [1, null],
    ]);
  });

  it('leaves Hele landet out when asked, or when it has no figure in the measure', () => {
    expect(comparisonLines({ ...base, nationalName: null, perThousand: false }).lines).toHaveLength(
      2,
    );
    const noNationalPop = comparisonLines({
      ...base,
      population: population.filter((p) => p.kode !== '000'),
      perThousand: true,
    });
    expect(noNationalPop.lines.map((l) => l.kode)).toEqual(['101', '102']);
  });

  it('does not draw sub-area figures', () => {
    const { lines, periods } = comparisonLines({
      ...base,
      kommuner: [{ kode: '103', navn: 'Aaby' }],
      focusKode: '103',
      nationalName: null,
      perThousand: false,
    });
    expect(periods).toEqual([]);
    expect(lines[0]!.points).toEqual([]);
  });
});
