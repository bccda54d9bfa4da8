/**
 * Db.writeParquet for both engine builds. Before lockDown() the engine writes the Parquet itself
 * (COPY … TO a virtual file). After it, DuckDB 0.9.1 refuses every COPY … TO ("COPY TO is
 * disabled by configuration"), ours included, and enable_external_access can never be switched
 * back on while the database runs. So the result travels as Arrow to a private encoder: a second
 * DuckDB instance that is never locked, never sees user SQL and has no files but the one it
 * writes. It recreates the table with the exact column types before COPY, so the Parquet file
 * has the same schema either way.
 */
import type { SqlParam } from './db.ts';

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

/** The never-locked instance that turns Arrow into Parquet. */
export interface ParquetEncoder {
  query(sql: string): Promise<void>;
  /** Appends an Arrow table to an existing table, casting to its column types. */
  insertArrow(table: string, rows: ArrowTable): Promise<void>;
  readFile(name: string): Promise<Uint8Array>;
  dropFile(name: string): Promise<void>;
}

let counter = 0;

export async function writeParquetVia(
  source: ParquetSource,
  encoder: () => Promise<ParquetEncoder>,
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
    return await relay(source, await encoder(), table, file);
  } finally {
    await source.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

async function relay(
  source: ParquetSource,
  encoder: ParquetEncoder,
  table: string,
  file: string,
): Promise<Uint8Array> {
  const columns = (await source.run(`DESCRIBE ${table}`)).map((c) => ({
    name: String(c.column_name),
    type: String(c.column_type),
  }));
  const carried = columns.map((c) => {
    const carry = source.lossyArrow ? carrierType(c.type) : c.type;
    return carry === c.type
      ? quoteName(c.name)
      : `CAST(${quoteName(c.name)} AS ${carry}) AS ${quoteName(c.name)}`;
  });
  const rows = await source.queryArrow(`SELECT ${carried.join(', ')} FROM ${table}`);
  const definition = columns.map((c) => `${quoteName(c.name)} ${c.type}`).join(', ');
  await encoder.query(`CREATE OR REPLACE TABLE ${table} (${definition})`);
  try {
    // An Arrow stream without batches would make the encoder fail fatally (arrow_scan needs a
    // column); an empty table already is the right result.
    if (rows.numRows > 0) await encoder.insertArrow(table, rows);
    await encoder.query(`COPY ${table} TO '${file}' (FORMAT PARQUET, COMPRESSION ZSTD)`);
    return await encoder.readFile(file);
  } finally {
    await encoder.query(`DROP TABLE IF EXISTS ${table}`);
    await encoder.dropFile(file).catch(() => undefined);
  }
}

const LOSSY_TYPES =
  /\b(UBIGINT|BIGINT|HUGEINT|TIMESTAMPTZ|TIMESTAMP(?:_S|_MS|_NS)?(?: WITH TIME ZONE)?)\b/g;

/**
 * The type a column travels as from an engine with castBigIntToDouble / castTimestampToDate:
 * those casts round 64-bit integers, cut timestamps to milliseconds and, in DuckDB-WASM 1.28,
 * garble BIGINT inside lists and structs (1 arrives as 5e-324). As VARCHAR they stay exact, and
 * the encoder's typed table casts them back. Quoted struct field names are left alone.
 */
export function carrierType(type: string): string {
  return type
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(LOSSY_TYPES, 'VARCHAR')))
    .join('');
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
