/**
 * regionRate on SYNTHETIC kommuner, counts and populations (made up; not real figures): a region's
 * rate is computed only when every one of its kommuner has both a count and a population.
 */
import { describe, expect, it } from 'vitest';
import { regionRate } from '../../src/domain/comparison-region.ts';
import { populationLookup } from '../../src/domain/comparison-population.ts';
import type { ComparisonKommune } from '../../src/domain/comparison.ts';
import type { Observation } from '../../src/domain/series.ts';

const KOMMUNER: ComparisonKommune[] = [
  { kode: '101', navn: 'Ådal', region: 'Nord' },
  { kode: '102', navn: 'Bøby', region: 'Nord' },
  { kode: '103', navn: 'Aaby', region: 'Syd' },
];

const pop = (kode: string, value: number, label = '2023K1'): Observation => ({
  metric: 'population',
  kode,
  periodStart: '2023-01-01',
  periodLabel: label,
  value,
  quality: 'primary',
  flags: [],
  source: { title: 'Synthetic', url: 'https://example.org/synthetic', retrieved: '2025-01-01' },
});

const counts: Record<string, number> = { '101': 10, '102': 30, '103': 5 };
const base = {
  region: 'Nord',
  kommuner: KOMMUNER,
  period: '2023K1',
  figure: (kode: string) => counts[kode] ?? null,
};

describe('regionRate', () => {
  it('divides the summed counts by the summed populations of all the region’s kommuner', () => {
    const population = populationLookup([pop('101', 1000), pop('102', 3000), pop('103', 1)]);
    expect(regionRate({ ...base, population })).toEqual({
      region: 'Nord',
      rate: 10,
      count: 40,
      population: 4000,
      kommuner: 2,
    });
  });

  it('gives nothing when one kommune lacks a population for the period', () => {
    const population = populationLookup([pop('101', 1000), pop('102', 3000, '2023K2')]);
    expect(regionRate({ ...base, population })).toBeNull();
  });

  it('gives nothing when one kommune lacks a count', () => {
    const population = populationLookup([pop('101', 1000), pop('102', 3000)]);
    expect(regionRate({ ...base, figure: (k) => (k === '102' ? null : 1), population })).toBeNull();
  });

  it('gives nothing without a region, a period or any kommune in the region', () => {
    const population = populationLookup([pop('101', 1000), pop('102', 3000)]);
    expect(regionRate({ ...base, region: null, population })).toBeNull();
    expect(regionRate({ ...base, period: null, population })).toBeNull();
    expect(regionRate({ ...base, region: 'Øst', population })).toBeNull();
  });
});
