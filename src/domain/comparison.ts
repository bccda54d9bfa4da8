/**
 * One metric across kommuner for one period: who has a value, how they rank, and, for counts,
 * the figure per 1,000 inhabitants. Fair comparison means no filled-in cells: a kommune without a
 * value is listed as missing, and a rate needs the kommune's population on the first day of the
 * figure's period (comparison-population.ts): a quarter's population from FOLK1A's quarter or
 * FOLK1AM's first month of it (the same day), a month's from FOLK1AM's month, a year's on
 * 1 January (as Danmarks Statistik itself uses for yearly rates). A population from another day
 * is never borrowed, so 1 January 2017, 2018 and 2021, which no source in the extract has, give
 * no rate.
 *
 * The comparison opens on the period asked for; else, for a count with population figures, on
 * the latest period with a rate for the most kommuner (a kommune's latest month may be one no
 * population has been published for yet); else on the focus kommune's latest period with a
 * value; else on the latest period with the most kommuner. `periodChoice` says which.
 */
import type { Kode } from './pledge.ts';
import { compareDanish } from './danish-collation.ts';
import { figuresThatCount } from './figure-for-period.ts';
import { mostCovered, sortPeriods } from './comparison-periods.ts';
import { distinctSources, populationLookup } from './comparison-population.ts';
import type {
  Metric,
  Observation,
  ObservationSource,
  QualityFlag,
  SourceQuality,
} from './series.ts';

export interface ComparisonKommune {
  kode: Kode;
  navn: string;
  region: string | null;
}

export interface ComparisonInput {
  metric: Metric;
  /** One metric, any kommuner; may include kode '000' (Hele landet). */
  observations: Observation[];
  kommuner: ComparisonKommune[];
  focusKode: Kode;
  /** Period label. Default: see the module comment. */
  period?: string;
  /** Population counts on the first day of a quarter (FOLK1A) or month (FOLK1AM), any mix. */
  population?: Observation[];
  /**
   * Rank by the raw figure even where rates are shown (the reader's "antal" toggle). Rates are
   * still computed for the table; the period chosen does not change with the toggle.
   */
  rankByValue?: boolean;
}

export interface ComparisonRow {
  kode: Kode;
  navn: string;
  region: string | null;
  value: number | null;
  /** Per 1,000 inhabitants; null unless `perThousand` is 'shown' and the population is known. */
  rate: number | null;
  quality: SourceQuality;
  flags: QualityFlag[];
  /** Where the figure comes from, shown with it in the table. */
  source: ObservationSource;
  /** 1 = best (or highest for `by_value`); ties share a rank; null when the ranked figure is missing. */
  rank: number | null;
  isFocus: boolean;
  inFocusRegion: boolean;
}

export type PerThousand = 'shown' | 'no_population' | 'not_a_count';
/**
 * Why the comparison shows its period: asked for (`period`), the latest with a rate for the most
 * kommuner, the focus kommune's latest with a value, or the latest with the most values.
 */
export type PeriodChoice = 'requested' | 'most_rates' | 'focus_latest' | 'most_values';
export type RankOrder = 'higher_is_better' | 'lower_is_better' | 'by_value';

export interface Comparison {
  metricId: string;
  period: string | null;
  /** Every period label with at least one kommune value, oldest first. */
  periods: string[];
  /** Kommuner with a value for the period, in rank order. */
  rows: ComparisonRow[];
  /** The other kommuner, in Danish alphabetical order (compareDanish). */
  missing: ComparisonKommune[];
  /** Kode '000' for the same period; never ranked. */
  national: Observation | null;
  /** National figure per 1,000 inhabitants, when '000' has a population for the same period. */
  nationalRate: number | null;
  focusRegion: string | null;
  /** The rows in the focus kommune's region, keeping their national rank. */
  regionRows: ComparisonRow[];
  perThousand: PerThousand;
  rankOrder: RankOrder;
  periodChoice: PeriodChoice;
  /** withRate: kommuner with a rate for the period (0 unless perThousand is 'shown'). */
  coverage: { withValue: number; withRate: number; total: number };
  /** Where the population behind the rates comes from (FOLK1A, FOLK1AM or both), if any. */
  populationSources: ObservationSource[];
}

export const NATIONAL_KODE = '000';

/**
 * Units that count people or events, so that a big kommune has more of them simply by being big.
 * Taken from the `unit` values in data/metrics/*.yaml; money (dkk, dkk_1000) is left out because
 * a per-inhabitant amount is a different measure with its own metrics (dkk_per_inhabitant).
 */
const COUNT_UNITS = new Set(['count', 'persons', 'fulltime_persons']);

const EXCLUDED_FLAGS: readonly QualityFlag[] = ['sub_area', 'undated'];

/** True when the metric's unit is a count, so a per-1,000 rate means something. */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim().toLowerCase());
}

/** Ranks one metric across kommuner for one period; see the module comment. */
export function buildComparison(input: ComparisonInput): Comparison {
  const { metric, kommuner, focusKode } = input;
  const byKode = new Map(kommuner.map((k) => [k.kode, k]));
  const chosen = pickPerCell(input.observations.filter((o) => o.metric === metric.id));

  const counts = new Map<string, number>();
  for (const o of chosen.values()) {
    if (o.kode !== null && byKode.has(o.kode)) {
      counts.set(o.periodLabel, (counts.get(o.periodLabel) ?? 0) + 1);
    }
  }
  const periods = sortPeriods([...counts.keys()], input.observations);
  const counted = isCountUnit(metric.unit);
  const population = populationLookup(input.population ?? []);
  const popOf = (kode: Kode, period: string | null): number | null =>
    period === null ? null : (population.figure(kode, period)?.value ?? null);
  const rateCounts = new Map<string, number>();
  if (counted) {
    for (const o of chosen.values()) {
      if (o.kode !== null && byKode.has(o.kode) && popOf(o.kode, o.periodLabel) !== null) {
        rateCounts.set(o.periodLabel, (rateCounts.get(o.periodLabel) ?? 0) + 1);
      }
    }
  }
  const { period, periodChoice } =
    input.period !== undefined
      ? { period: input.period, periodChoice: 'requested' as const }
      : defaultPeriod(periods, counts, rateCounts, chosen, focusKode);
  const rateOf = (kode: Kode, value: number | null): number | null => {
    const pop = popOf(kode, period);
    return value === null || pop === null ? null : (value / pop) * 1000;
  };

  const focusRegion = byKode.get(focusKode)?.region ?? null;
  const unranked: ComparisonRow[] = [];
  for (const k of kommuner) {
    const o = period === null ? undefined : chosen.get(cellKey(k.kode, period));
    if (!o) continue;
    unranked.push({
      kode: k.kode,
      navn: k.navn,
      region: k.region,
      value: o.value,
      rate: counted ? rateOf(k.kode, o.value) : null,
      quality: o.quality,
      flags: [...o.flags],
      source: o.source,
      rank: null,
      isFocus: k.kode === focusKode,
      inFocusRegion: focusRegion !== null && k.region === focusRegion,
    });
  }
  const perThousand: PerThousand = !counted
    ? 'not_a_count'
    : unranked.some((r) => r.rate !== null)
      ? 'shown'
      : 'no_population';
  const rankOrder: RankOrder =
    metric.higherIsBetter === true
      ? 'higher_is_better'
      : metric.higherIsBetter === false
        ? 'lower_is_better'
        : 'by_value';
  const rows = rankRows(
    unranked,
    perThousand === 'shown' && input.rankByValue !== true ? 'rate' : 'value',
    rankOrder,
  );

  const withRow = new Set(rows.map((r) => r.kode));
  const national = period === null ? null : (chosen.get(cellKey(NATIONAL_KODE, period)) ?? null);
  const ratedKodes = rows.filter((r) => r.rate !== null).map((r) => r.kode);
  const nationalRate = counted && national ? rateOf(NATIONAL_KODE, national.value) : null;
  if (nationalRate !== null) ratedKodes.push(NATIONAL_KODE);
  return {
    metricId: metric.id,
    period,
    periods,
    rows,
    missing: kommuner
      .filter((k) => !withRow.has(k.kode))
      .map((k) => ({ ...k }))
      .sort((a, b) => compareDanish(a.navn, b.navn) || compareText(a.kode, b.kode)),
    national: national ? { ...national, flags: [...national.flags] } : null,
    nationalRate,
    focusRegion,
    regionRows: rows.filter((r) => r.inFocusRegion),
    perThousand,
    rankOrder,
    periodChoice,
    coverage: {
      withValue: rows.length,
      withRate: rows.filter((r) => r.rate !== null).length,
      total: kommuner.length,
    },
    populationSources:
      period === null ? [] : distinctSources(ratedKodes.map((k) => population.figure(k, period))),
  };
}

export const cellKey = (kode: Kode, period: string): string => `${kode}\u0000${period}`;

/**
 * One figure per kode and period, the one that counts by figureForPeriod (the verdict's and the
 * chart's rule). A comparison ranks whole-kommune figures, so sub-area, undated and missing
 * cells are not candidates: a kommune with only such a figure is listed as missing.
 */
export function pickPerCell(observations: readonly Observation[]): Map<string, Observation> {
  const candidates = observations.filter(
    (o) =>
      o.kode !== null &&
      o.value !== null &&
      Number.isFinite(o.value) &&
      !(o.flags ?? []).some((f) => EXCLUDED_FLAGS.includes(f)),
  );
  return figuresThatCount(candidates, (o) =>
    o.kode === null ? null : cellKey(o.kode, o.periodLabel),
  );
}

function defaultPeriod(
  periods: readonly string[],
  counts: Map<string, number>,
  rateCounts: Map<string, number>,
  chosen: Map<string, Observation>,
  focusKode: Kode,
): { period: string | null; periodChoice: PeriodChoice } {
  if (rateCounts.size > 0)
    return { period: mostCovered(periods, rateCounts), periodChoice: 'most_rates' };
  const focused = periods.filter((p) => chosen.has(cellKey(focusKode, p)));
  if (focused.length > 0) {
    return { period: focused[focused.length - 1] ?? null, periodChoice: 'focus_latest' };
  }
  return { period: mostCovered(periods, counts), periodChoice: 'most_values' };
}

/**
 * Competition ranking (1, 2, 2, 4): equal figures share a rank, and kode orders them so the
 * output never depends on input order. Rows without the ranked figure come last, unranked.
 */
function rankRows(rows: ComparisonRow[], by: 'value' | 'rate', order: RankOrder): ComparisonRow[] {
  const figure = (r: ComparisonRow): number | null => (by === 'rate' ? r.rate : r.value);
  const direction = order === 'lower_is_better' ? 1 : -1;
  const ranked = rows
    .filter((r) => figure(r) !== null)
    .sort(
      (a, b) =>
        direction * compareNumbers(figure(a) ?? 0, figure(b) ?? 0) || compareText(a.kode, b.kode),
    );
  ranked.forEach((r, i) => {
    const previous = ranked[i - 1];
    r.rank = previous && figure(previous) === figure(r) ? previous.rank : i + 1;
  });
  const unrankable = rows
    .filter((r) => figure(r) === null)
    .sort((a, b) => compareDanish(a.navn, b.navn) || compareText(a.kode, b.kode));
  return [...ranked, ...unrankable];
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
