/**
 * The population a per-1,000 rate divides by: the population counted on the first day of the
 * figure's period, and only that day. A quarter's figure takes the population on the first day
 * of the quarter, a month's the first day of the month, a year's 1 January. FOLK1A counts "den
 * 1. i kvartalet" and FOLK1AM "den 1. i måneden", so FOLK1A's 2022K1 and FOLK1AM's 2022M01 are
 * the same day (and the same figure: tests/domain/comparison-population.test.ts checks the data),
 * and either may serve. A population from another day (the nearest quarter, an interpolation) is
 * never used: a day no source counted has no rate.
 */
import type { IsoDate, Kode } from './pledge.ts';
import { figuresThatCount } from './figure-for-period.ts';
import { parsePeriod } from './period.ts';
import type { Observation, ObservationSource } from './series.ts';

/** The day a figure of this period is measured against; null for any other kind of period. */
export function populationDay(periodLabel: string): IsoDate | null {
  const p = parsePeriod(periodLabel);
  return p.freq === 'year' || p.freq === 'quarter' || p.freq === 'month' ? p.start : null;
}

/**
 * The day a population figure was counted: the first day of its quarter (FOLK1A) or month
 * (FOLK1AM). A population published for a year or a range says no day, so it is not used.
 */
function countedOn(o: Observation): IsoDate | null {
  const p = parsePeriod(o.periodLabel, o.periodStart);
  return p.freq === 'quarter' || p.freq === 'month' ? p.start : null;
}

/**
 * The population figures a comparison of `observations` can use: those counted on the first day
 * of one of its periods. The build ships only these, so a yearly metric does not carry every
 * month of FOLK1AM.
 */
export function populationNeeded(
  population: readonly Observation[],
  observations: readonly Observation[],
): Observation[] {
  const days = new Set(observations.map((o) => populationDay(o.periodLabel)));
  return population.filter((p) => {
    const day = countedOn(p);
    return day !== null && days.has(day);
  });
}

export interface PopulationLookup {
  /** The population of `kode` on the first day of `periodLabel`, or null. */
  figure(kode: Kode, periodLabel: string): Observation | null;
}

/** Indexes population figures (any mix of FOLK1A and FOLK1AM) by kode and the day counted. */
export function populationLookup(population: readonly Observation[]): PopulationLookup {
  const usable = population.filter(
    (o) =>
      o.kode !== null && typeof o.value === 'number' && Number.isFinite(o.value) && o.value > 0,
  );
  // Two figures for one day (FOLK1A's quarter and FOLK1AM's month) are the same count; the
  // figure rule picks one so the source shown never depends on input order.
  const byDay = figuresThatCount(usable, (o) => {
    const day = countedOn(o);
    return day === null || o.kode === null ? null : `${o.kode}\u0000${day}`;
  });
  return {
    figure(kode, periodLabel) {
      const day = populationDay(periodLabel);
      return day === null ? null : (byDay.get(`${kode}\u0000${day}`) ?? null);
    },
  };
}

/** The distinct sources of the population figures used, in order of first use. */
export function distinctSources(figures: readonly (Observation | null)[]): ObservationSource[] {
  const seen = new Map<string, ObservationSource>();
  for (const f of figures) {
    if (f === null) continue;
    const key = `${f.source.title}\u0000${f.source.url}\u0000${f.source.table ?? ''}`;
    if (!seen.has(key)) seen.set(key, f.source);
  }
  return [...seen.values()];
}
