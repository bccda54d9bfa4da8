/** Parquet downloads, written by the engine itself so types and values survive unchanged. */
import type { Db } from '../db.ts';

/** The observations behind one pledge chart, every column the extract has. */
export function seriesToParquet(db: Db, metricId: string, kode: string): Promise<Uint8Array> {
  return db.writeParquet(
    `SELECT * FROM observations WHERE metric_id = ? AND kode = ? ORDER BY period_start, period_label`,
    [metricId, kode],
  );
}
