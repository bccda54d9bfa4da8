/**
 * The benchmark's ranking query filters a year with a date range instead of year(period_start);
 * on the engine the browser runs (DuckDB-WASM's Node build) both select exactly the same rows.
 * The table here is SYNTHETIC: made-up kommuner, metrics and values around New Year's days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { runUserQuery } from '../../src/db/explorer-query.ts';
import { BENCH_QUERIES, yearRangeSql } from './page/bench-queries.ts';

type NodeDb = Awaited<ReturnType<typeof createNodeDb>>;

const YEARS = [2009, 2010, 2011, 2012, 2013];
const KODES = ['S001', 'S002', 'S003'];

let db: NodeDb;

beforeAll(async () => {
  db = await createNodeDb('explorer');
  // Every day from 28 December to 5 January around each New Year from 2009 to 2013, the leap
  // day of 2012, two mid-year days and an undated row: for three kommuner and two metrics.
  await db.query(
    `CREATE TABLE observations AS
     WITH days AS (
       SELECT DATE '2008-12-28' + i::INTEGER AS d FROM range(0, 9) t(i)
       UNION ALL SELECT make_date(y::INTEGER, 12, 25) + i::INTEGER
         FROM range(2009, 2013) a(y), range(0, 12) b(i)
       UNION ALL SELECT * FROM (VALUES (DATE '2012-02-28'), (DATE '2012-02-29'), (DATE '2012-03-01'),
         (DATE '2010-06-30'), (DATE '2011-07-01'), (NULL::DATE)) v(d)
     )
     SELECT m AS metric_id, k AS kode, d AS period_start,
       round(((hash(m || k || coalesce(d::VARCHAR, '-')) % 10000) / 10.0)::DOUBLE, 1) AS value
     FROM days, (VALUES ('syn-00'), ('syn-01')) ms(m), (VALUES ${KODES.map((k) => `('${k}')`).join(', ')}) ks(k)`,
  );
});

afterAll(() => db?.close());

async function rows(sql: string): Promise<string[]> {
  const result = await runUserQuery(db, sql, { maxRows: 100_000, timeoutMs: 30_000 });
  // rank() ties may come in any order: compare as sorted sets of whole rows.
  return result.rows.map((r) => JSON.stringify(r)).sort();
}

const yearFnSql = (metric: string, year: number) =>
  'SELECT kode, avg(value) AS value, rank() OVER (ORDER BY avg(value) DESC) AS rank ' +
  `FROM observations WHERE metric_id = '${metric}' AND year(period_start) = ${year} ` +
  'GROUP BY kode ORDER BY rank, kode';

describe('the ranking query with a date range', () => {
  it.each(YEARS.flatMap((year) => ['syn-00', 'syn-01'].map((metric) => [metric, year] as const)))(
    '%s in %d: the same rows and ranks as year(period_start) = year',
    async (metric, year) => {
      const ranged = await rows(BENCH_QUERIES.rankYear({ kode: 'S001', metric, year }));
      expect(ranged.length).toBeGreaterThan(0);
      expect(ranged).toEqual(await rows(yearFnSql(metric, year)));
    },
  );

  it('keeps 31 December in its year and 1 January in the next, and leaves undated rows out', async () => {
    const days = async (year: number) =>
      (
        await db.query<{ d: string }>(
          `SELECT DISTINCT strftime(period_start, '%Y-%m-%d') AS d FROM observations
           WHERE ${yearRangeSql('period_start', year)} ORDER BY 1`,
        )
      ).map((r) => r.d);
    const in2010 = await days(2010);
    expect(in2010[0]).toBe('2010-01-01');
    expect(in2010.at(-1)).toBe('2010-12-31');
    expect(in2010).not.toContain('2009-12-31');
    expect(in2010).not.toContain('2011-01-01');
    expect(await days(2012)).toContain('2012-02-29');
  });

  it('refuses what is not a year', () => {
    expect(() => yearRangeSql('period_start', 2010.5)).toThrow(RangeError);
    expect(() => yearRangeSql('period_start', 0)).toThrow(RangeError);
  });
});
