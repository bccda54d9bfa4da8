/**
 * Whether an engine answers at all: after a stop, DuckDB-WASM 1.28 may still be inside one long
 * work slice (a large cross product) that no cancel reaches, and then nothing else runs until
 * its worker is ended.
 */
import type { Db } from '../../db/db.ts';

/** True when `db` answers a trivial query (even with an error) within `ms`. */
export function answersWithin(db: Db, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    db.query('SELECT 1').then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
}
