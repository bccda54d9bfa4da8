/**
 * The explorer's two typical questions, timed by the query benchmark on SYNTHETIC extracts.
 * Parameters are bound (`?`), as in the app's own queries.
 */
export const BENCH_QUERIES = {
  /** (a) one kommune and metric, grouped by year. */
  byYear:
    'SELECT year(period_start) AS year, avg(value) AS value FROM observations ' +
    'WHERE kode = ? AND metric_id = ? GROUP BY 1 ORDER BY 1',
  /** (b) every kommune ranked for one metric and year. */
  rankYear:
    'SELECT kode, value, rank() OVER (ORDER BY value DESC) AS rank FROM observations ' +
    'WHERE metric_id = ? AND year(period_start) = ?',
} as const;

export type BenchQueryName = keyof typeof BENCH_QUERIES;
