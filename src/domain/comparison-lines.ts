/**
 * The comparison over time: one line per chosen kommune (the pledge's own first) and Hele landet,
 * each the figure that counts for every period (the comparison's own rule, pickPerCell), per 1,000
 * inhabitants or as published. A period without a figure, or, per 1,000, without a population
 * counted on its first day, is a gap (null), never filled in: such a period stays in the list, so
 * a line breaks there instead of running straight across it.
 */
import { cellKey, NATIONAL_KODE, pickPerCell } from './comparison.ts';
import { sortPeriods } from './comparison-periods.ts';
import { populationLookup } from './comparison-population.ts';
import { parsePeriod } from './period.ts';
import type { IsoDate, Kode } from './pledge.ts';
import type { Observation } from './series.ts';

export interface LinePoint {
  periodLabel: string;
  /** First day of the period, where the point is placed on the time axis. */
  date: IsoDate;
  value: number | null;
  /** The figure behind the point is from a secondary source, or carries a caveat flag. */
  secondary: boolean;
  flagged: boolean;
}

export interface ComparisonLine {
  kode: Kode;
  navn: string;
  isFocus: boolean;
  isNational: boolean;
  points: LinePoint[];
}

export interface ComparisonLinesInput {
  metricId: string;
  observations: readonly Observation[];
  population: readonly Observation[];
  /** The kommuner to draw, the focus kommune first; unknown or repeated kodes are skipped. */
  kommuner: readonly { kode: Kode; navn: string }[];
  focusKode: Kode;
  /** The national line's name ('Hele landet'); null leaves it out. */
  nationalName: string | null;
  perThousand: boolean;
}

export interface ComparisonLines {
  /** Periods at least one line has a figure for (a rate or not), oldest first: the table's rows. */
  periods: { label: string; date: IsoDate }[];
  lines: ComparisonLine[];
}

export function comparisonLines(input: ComparisonLinesInput): ComparisonLines {
  const chosen = pickPerCell(input.observations.filter((o) => o.metric === input.metricId));
  const population = populationLookup(input.population);
  const wanted: { kode: Kode; navn: string }[] = [];
  for (const k of input.kommuner) {
    if (k.kode !== NATIONAL_KODE && !wanted.some((w) => w.kode === k.kode)) wanted.push(k);
  }
  if (input.nationalName !== null) wanted.push({ kode: NATIONAL_KODE, navn: input.nationalName });

  const figureOf = (kode: Kode, period: string) => chosen.get(cellKey(kode, period)) ?? null;
  const value = (kode: Kode, period: string): number | null => {
    const figure = chosen.get(cellKey(kode, period))?.value ?? null;
    if (figure === null || !input.perThousand) return figure;
    const pop = population.figure(kode, period)?.value ?? null;
    return pop === null ? null : (figure / pop) * 1000;
  };
  const starts = new Map<string, IsoDate>();
  for (const o of chosen.values()) {
    if (!wanted.some((w) => w.kode === o.kode)) continue;
    const start = parsePeriod(o.periodLabel, o.periodStart).start;
    if (start !== null && !starts.has(o.periodLabel)) starts.set(o.periodLabel, start);
  }
  // Every period a chosen line has a figure for, even one without a rate: a missing population
  // must show as a gap, not vanish and let the line run straight across it.
  const labels = sortPeriods([...starts.keys()], input.observations);
  const periods = labels.map((label) => ({ label, date: starts.get(label) as IsoDate }));
  const lines = wanted
    .map((w) => ({
      kode: w.kode,
      navn: w.navn,
      isFocus: w.kode === input.focusKode,
      isNational: w.kode === NATIONAL_KODE,
      points: periods.map((p) => {
        const f = figureOf(w.kode, p.label);
        return {
          periodLabel: p.label,
          date: p.date,
          value: value(w.kode, p.label),
          secondary: f?.quality === 'secondary',
          flagged: (f?.flags.length ?? 0) > 0,
        };
      }),
    }))
    // Hele landet is drawn only where it has a figure in the chosen measure.
    .filter((l) => !l.isNational || l.points.some((p) => p.value !== null));
  return { periods, lines };
}
