/**
 * The focus kommune's region as a reference on the comparison, per 1,000 inhabitants. The data
 * holds no published figures for regions (the importer keeps kommuner and Hele landet only), so
 * the region's rate is computed: the sum of its kommuner's counts divided by the sum of their
 * populations on the first day of the period. That is only a region's figure when every kommune
 * of the region has both, so a region with one kommune missing gets no reference at all, never a
 * partial sum. The page labels it as computed ("beregnet: summen af regionens kommuner").
 */
import type { ComparisonKommune } from './comparison.ts';
import type { PopulationLookup } from './comparison-population.ts';
import type { Kode } from './pledge.ts';

export interface RegionRate {
  region: string;
  /** Per 1,000 inhabitants. */
  rate: number;
  /** The summed counts and populations behind the rate. */
  count: number;
  population: number;
  /** How many kommuner the region has, all of them counted. */
  kommuner: number;
}

export interface RegionRateInput {
  region: string | null;
  /** Every kommune, each with its region (data/sources/kommuner.csv). */
  kommuner: readonly ComparisonKommune[];
  period: string | null;
  /** The kommune's whole-kommune count for the period (the comparison's row), or null. */
  figure: (kode: Kode) => number | null;
  population: PopulationLookup;
}

/** The region's rate, or null unless every one of its kommuner has a count and a population. */
export function regionRate(input: RegionRateInput): RegionRate | null {
  const { region, period } = input;
  if (region === null || period === null) return null;
  const members = input.kommuner.filter((k) => k.region === region);
  if (members.length === 0) return null;
  let count = 0;
  let population = 0;
  for (const k of members) {
    const value = input.figure(k.kode);
    const pop = input.population.figure(k.kode, period)?.value ?? null;
    if (value === null || !Number.isFinite(value) || pop === null || !(pop > 0)) return null;
    count += value;
    population += pop;
  }
  return { region, rate: (count / population) * 1000, count, population, kommuner: members.length };
}
