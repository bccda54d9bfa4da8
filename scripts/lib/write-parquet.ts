/**
 * Writes rows to a Parquet file with native DuckDB. Rows go through newline-delimited JSON with an
 * explicit column list, so every column has the declared type even when a value is null in every
 * row, and lists and dates need no per-type appender code.
 */
import { writeFileSync, rmSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * How every extract is written, the benchmark's SYNTHETIC observations too
 * (tests/bench/generate-observations.ts), so the bench reads files laid out like the app's.
 * Row groups of 100 000 rows: each holds its own min/max per column, which DuckDB checks against a
 * filter before reading it, while the per-group overhead stays small for files of a few rows.
 */
export const PARQUET_OPTIONS = 'FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000';

export interface Column {
  name: string;
  /** A DuckDB type, e.g. VARCHAR, DOUBLE, DATE, BOOLEAN, VARCHAR[]. */
  type: string;
  nullable?: boolean;
}

export interface TableSpec {
  name: string;
  columns: Column[];
  /** Sort order, so that the file is the same bytes for the same rows. */
  orderBy: string[];
}

export async function writeParquet(
  connection: DuckDBConnection,
  spec: TableSpec,
  rows: Record<string, unknown>[],
  outFile: string,
  scratchFile: string,
): Promise<void> {
  writeFileSync(scratchFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const columns = spec.columns
    .map((c) => `${quoteIdent(c.name)}: ${quoteLiteral(c.type)}`)
    .join(', ');
  const notNull = spec.columns
    .filter((c) => !c.nullable)
    .map((c) => `${quoteIdent(c.name)} IS NULL`);
  try {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${quoteIdent(spec.name)} AS
       SELECT ${spec.columns.map((c) => quoteIdent(c.name)).join(', ')}
       FROM read_json(${quoteLiteral(scratchFile)}, format = 'newline_delimited', columns = {${columns}})`,
    );
    if (notNull.length > 0) {
      const reader = await connection.runAndReadAll(
        `SELECT count(*)::INTEGER FROM ${quoteIdent(spec.name)} WHERE ${notNull.join(' OR ')}`,
      );
      const missing = reader.getRows()[0]?.[0];
      if (missing) throw new Error(`${spec.name}: ${missing} rows lack a required value`);
    }
    await connection.run(
      `COPY (SELECT * FROM ${quoteIdent(spec.name)} ORDER BY ${spec.orderBy.map(quoteIdent).join(', ')})
       TO ${quoteLiteral(outFile)} (${PARQUET_OPTIONS})`,
    );
  } finally {
    rmSync(scratchFile, { force: true });
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
