/**
 * The explorer's two typical questions, timed by the query benchmark on SYNTHETIC extracts.
 * Written as a reader's SQL in the explorer is: values as quoted literals (it takes no parameters).
 */
import { sqlString } from '../../../src/ui/explorer/explorer-queries.ts';

export interface BenchChoice {
  kode: string;
  metric: string;
  year: number;
}

/**
 * `column` within calendar year `year` as a range on the bare column, which DuckDB compares with
 * each row group's minimum and maximum and filters inside the scan; `year(column) = year` selects
 * the same rows (tests/bench/bench-queries.test.ts) but is computed for every row of the metric.
 */
export function yearRangeSql(column: string, year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9998)
    throw new RangeError(`not a year: ${year}`);
  const newYear = (y: number) => `DATE '${String(y).padStart(4, '0')}-01-01'`;
  return `${column} >= ${newYear(year)} AND ${column} < ${newYear(year + 1)}`;
}

export const BENCH_QUERIES = {
  /** (a) one kommune and metric, grouped by year. */
  byYear: (c: BenchChoice) =>
    'SELECT year(period_start) AS year, avg(value) AS value FROM observations ' +
    `WHERE kode = ${sqlString(c.kode)} AND metric_id = ${sqlString(c.metric)} GROUP BY 1 ORDER BY 1`,
  /**
   * (b) every kommune ranked for one metric and year: one row per kommune, its figure for the year
   * (here the mean of its synthetic daily values), as the explorer's comparison answers. Until
   * 2 Dec 2026 this ranked every daily row of the year (35 770 kommune-days, not kommuner), and
   * handing those rows to the page cost most of its time.
   */
  rankYear: (c: BenchChoice) =>
    'SELECT kode, avg(value) AS value, rank() OVER (ORDER BY avg(value) DESC) AS rank ' +
    `FROM observations WHERE metric_id = ${sqlString(c.metric)} AND ` +
    `${yearRangeSql('period_start', c.year)} GROUP BY kode ORDER BY rank, kode`,
} as const;

export type BenchQueryName = keyof typeof BENCH_QUERIES;
