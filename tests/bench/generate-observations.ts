/**
 * SYNTHETIC data for the query benchmark: an observations extract of any size with the app's
 * schema (src/db/schema.ts), made by native DuckDB from a fixed seed. Every figure in it is
 * random and no source published it; kommuner are "S001"…"S098", metrics "syn-00"…, and the
 * source URL is on the reserved .invalid domain, so nothing here can pass for real data.
 * Written only to a temp dir by scripts/bench.ts, never to data/ or public/.
 *
 * Rows come out already in the extract's sort order (metric, kommune, period) and are written with
 * the extracts' own Parquet options (write-parquet.ts), so row groups and their statistics are laid
 * out as in the app's files.
 * One thread and setseed() make the file the same bytes for the same size and seed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PARQUET_OPTIONS } from '../../scripts/lib/write-parquet.ts';
import { EXTRACTS, SCHEMA_VERSION, type Manifest } from '../../src/db/schema.ts';
import { FIRST_DAY, syntheticLayout, type SyntheticLayout } from './synthetic-layout.ts';

/** The SELECT that makes the rows; exported so tests can check it against the schema. */
export function syntheticSelect(rows: number): string {
  const { kommuner, periods } = syntheticLayout(rows);
  const perMetric = kommuner * periods;
  // i → (metric, kommune, day) in sort order; every value is a literal number from our code.
  return `
    WITH ids AS (
      SELECT i,
        (i // ${perMetric}) AS m,
        ((i // ${periods}) % ${kommuner}) AS k,
        (i % ${periods}) AS d
      FROM range(${rows}) t(i)
    ), rows AS (
      SELECT i, m, k, d, DATE '${FIRST_DAY}' + d::INTEGER AS day,
        round(random() * 1000, 1) AS v, random() AS q
      FROM ids
    )
    SELECT
      'syn-' || lpad(m::VARCHAR, 2, '0') AS metric_id,
      'S' || lpad((k + 1)::VARCHAR, 3, '0') AS kode,
      'Syntetisk kommune ' || (k + 1)::VARCHAR AS area_label,
      day AS period_start,
      strftime(day, '%Y-%m-%d') AS period_label,
      v AS value,
      v::VARCHAR AS value_text,
      'antal' AS unit_text,
      CASE WHEN q < 0.1 THEN 'secondary' ELSE 'primary' END AS quality,
      CASE WHEN q > 0.95 THEN ['approx'] ELSE []::VARCHAR[] END AS flags,
      NULL::VARCHAR AS note,
      'Syntetisk kilde (benchmark)' AS source_title,
      'Syntetisk kilde (benchmark)' AS source_title_en,
      'https://example.invalid/syntetisk' AS source_url,
      NULL::VARCHAR AS source_table,
      NULL::VARCHAR AS quote,
      DATE '2025-01-01' AS retrieved
    FROM rows`;
}

export interface SyntheticSet {
  dir: string;
  rows: number;
  bytes: number;
  sha256: string;
  layout: SyntheticLayout;
}

/**
 * Writes observations.parquet and a manifest.json that lists only it into dir. loadExtracts
 * then loads the observations view and reports the four other tables as missing, which the
 * query benchmark does not need.
 */
export async function writeSyntheticSet(
  dir: string,
  rows: number,
  seed = 0.42,
): Promise<SyntheticSet> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'observations.parquet');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    await connection.run(`SELECT setseed(${Number(seed)})`);
    await connection.run(
      `COPY (${syntheticSelect(rows)}) TO '${file.replace(/'/g, "''")}'
       (${PARQUET_OPTIONS})`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  const bytes = statSync(file).size;
  const spec = EXTRACTS.find((e) => e.name === 'observations')!;
  const manifest: Manifest = {
    schema_version: SCHEMA_VERSION,
    built_at: '2025-01-01T00:00:00Z',
    inputs_sha256: `synthetic:${rows}:${seed}`,
    files: [{ table: 'observations', file: spec.file, rows, bytes, sha256 }],
    sources: [],
    statbank: {},
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, rows, bytes, sha256, layout: syntheticLayout(rows) };
}
