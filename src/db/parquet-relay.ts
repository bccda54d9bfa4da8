/**
 * Db.writeParquet for both engine builds. Before lockDown() the engine writes the Parquet itself
 * (COPY … TO a virtual file). After it, DuckDB 0.9.1 refuses every COPY … TO ("COPY TO is
 * disabled by configuration"), ours included, and enable_external_access can never be switched
 * back on while the database runs. So the result travels as Arrow to an encoder: a fresh DuckDB
 * instance for this one export, closed afterwards.
 *
 * Nothing from the result is ever written into SQL text: the encoder's table is made from the
 * Arrow schema and filled from Arrow data (issue 12: DuckDB's type strings do not quote UNION
 * member names, so pasting them into CREATE TABLE ran whatever a shared query put there). And
 * the encoder is locked like the explorer's engine (lock-down.ts) before any value of the result
 * reaches it: its only COPY is prepared, by us, while external access is still on, because a
 * prepared statement keeps what it was bound with.
 */
import type { SqlParam } from './db.ts';
import { assertLocked, LOCK_SETTINGS, LOCK_STATE_SQL, type LockState } from './lock-down.ts';

/** An apache-arrow Table, as both DuckDB-WASM builds return it. */
export interface ArrowTable {
  numRows: number;
}

/** The engine that holds the data. */
export interface ParquetSource {
  /** Runs exactly one statement as a prepared statement, so a second statement is an error. */
  run(sql: string, params?: SqlParam[]): Promise<Record<string, unknown>[]>;
  /** Our own SELECT's result as an Arrow table (kept opaque here: no Arrow import). */
  queryArrow(sql: string): Promise<ArrowTable>;
  readFile(name: string): Promise<Uint8Array>;
  dropFile(name: string): Promise<void>;
  /** True when the engine was opened with castBigIntToDouble / castTimestampToDate. */
  lossyArrow: boolean;
}

/** A fresh engine that turns Arrow into Parquet, for one export. */
export interface ParquetEncoder {
  /** Runs one of the fixed statements below; never text that came from a result. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Creates `table` with the Arrow table's columns and rows (names are never parsed as SQL). */
  createFromArrow(table: string, rows: ArrowTable): Promise<void>;
  /** Appends an Arrow table to an existing table. */
  insertArrow(table: string, rows: ArrowTable): Promise<void>;
  /** Prepares one fixed statement; run() executes it as it was bound then. */
  prepare(sql: string): Promise<{ run(): Promise<void> }>;
  readFile(name: string): Promise<Uint8Array>;
  /** Ends the instance and everything in it. */
  close(): Promise<void>;
}

/** The start of the error for a result with a UNION column, which cannot travel as Arrow. */
export const UNION_REFUSED = 'Parquet export cannot carry a UNION column';

let counter = 0;

export async function writeParquetVia(
  source: ParquetSource,
  startEncoder: () => Promise<ParquetEncoder>,
  select: string,
  params: SqlParam[] = [],
): Promise<Uint8Array> {
  const table = `parquet_export_${++counter}`;
  const file = `${table}.parquet`;
  // The newline keeps a trailing -- comment in `select` from swallowing anything we add.
  await source.run(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}\n`, params);
  try {
    const [setting] = await source.run(`SELECT current_setting('enable_external_access') AS open`);
    if (setting?.open === true) {
      await source.run(`COPY ${table} TO '${file}' (FORMAT PARQUET, COMPRESSION ZSTD)`);
      try {
        return await source.readFile(file);
      } finally {
        await source.dropFile(file).catch(() => undefined);
      }
    }
    return await relay(source, startEncoder, table, file);
  } finally {
    await source.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

const [LOCK_EXTERNAL, LOCK_CONFIGURATION] = LOCK_SETTINGS.slice(-2) as [string, string];
const LOCK_EXTENSIONS = LOCK_SETTINGS.slice(0, -2);

async function relay(
  source: ParquetSource,
  startEncoder: () => Promise<ParquetEncoder>,
  table: string,
  file: string,
): Promise<Uint8Array> {
  if (source.lossyArrow) {
    // Its Arrow has BIGINT as doubles and timestamps cut to milliseconds, and only type strings
    // could restore them. Only the explorer's engine is locked, and it has exact types.
    throw new Error(
      'Parquet from a locked engine needs exact types: open it without castBigIntToDouble or castTimestampToDate',
    );
  }
  // apache-arrow 13 cannot read DuckDB's union vectors (a TypeError deep inside), so say so. The
  // type strings are only read here, never put into SQL.
  const columns = await source.run(`DESCRIBE ${table}`);
  const union = columns.find((c) => /\bUNION\(/.test(String(c.column_type)));
  if (union) throw new Error(`${UNION_REFUSED}: ${String(union.column_name)}`);
  // The columns as one row of NULLs with the result's types: it makes the encoder's table before
  // any value of the result reaches the encoder.
  const shape = await source.queryArrow(
    `SELECT ${table}.* FROM (SELECT 1) AS one LEFT JOIN ${table} ON false`,
  );
  const rows = await source.queryArrow(`SELECT * FROM ${table}`);
  const encoder = await startEncoder();
  try {
    for (const setting of LOCK_EXTENSIONS) await encoder.query(setting);
    await encoder.createFromArrow('export', shape);
    await encoder.query('DELETE FROM export');
    const copy = await encoder.prepare(
      `COPY export TO '${file}' (FORMAT PARQUET, COMPRESSION ZSTD)`,
    );
    await encoder.query(LOCK_EXTERNAL);
    await encoder.query(LOCK_CONFIGURATION);
    const [state] = await encoder.query(LOCK_STATE_SQL);
    assertLocked(state as LockState | undefined);
    // An Arrow stream without batches would make the encoder fail fatally (arrow_scan needs a
    // column); an empty table already is the right result.
    if (rows.numRows > 0) await encoder.insertArrow('export', rows);
    await copy.run();
    return await encoder.readFile(file);
  } finally {
    await encoder.close();
  }
}
