/** Parquet downloads, written by the engine itself so types and values survive unchanged. */
import type { Db, SqlParam } from '../db.ts';

let counter = 0;

/**
 * Runs a SELECT of our own (never user SQL: the explorer refuses COPY) and returns its result as
 * Parquet bytes. Parameters are bound into a temporary table first, because COPY takes none.
 */
export async function selectToParquet(
  db: Db,
  select: string,
  params: SqlParam[] = [],
): Promise<Uint8Array> {
  const id = ++counter;
  const table = `export_${id}`;
  const file = `export_${id}.parquet`;
  await db.query(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}`, params);
  try {
    await db.query(`COPY ${table} TO '${file}' (FORMAT PARQUET, COMPRESSION ZSTD)`);
    return await db.readFile(file);
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${table}`);
    await db.dropFile(file).catch(() => undefined);
  }
}

/** The observations behind one pledge chart, every column the extract has. */
export function seriesToParquet(db: Db, metricId: string, kode: string): Promise<Uint8Array> {
  return selectToParquet(
    db,
    `SELECT * FROM observations WHERE metric_id = ? AND kode = ? ORDER BY period_start, period_label`,
    [metricId, kode],
  );
}
