import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { EXTRACTS, SCHEMA_VERSION, type Manifest } from '../../src/db/schema.ts';
import { writeSyntheticSet, type SyntheticSet } from './generate-observations.ts';
import {
  syntheticKode,
  syntheticLayout,
  syntheticMetric,
  SYNTHETIC_KOMMUNER,
  SYNTHETIC_METRICS,
} from './synthetic-layout.ts';

describe('syntheticLayout', () => {
  it.each([
    [1e4, 6],
    [1e7, 5103],
    [1, 1],
    [1960, 1],
    [1961, 2],
  ])('%d rows → %d daily periods per kommune and metric', (rows, periods) => {
    const layout = syntheticLayout(rows);
    expect(layout.periods).toBe(periods);
    expect(layout.kommuner * layout.metrics * layout.periods).toBeGreaterThanOrEqual(rows);
  });

  it.each([0, -1, 1.5])('rejects %d rows', (rows) => {
    expect(() => syntheticLayout(rows)).toThrow(RangeError);
  });

  it('names kommuner and metrics so they cannot pass for real ones', () => {
    expect([syntheticKode(0), syntheticKode(97)]).toEqual(['S001', 'S098']);
    expect([syntheticMetric(0), syntheticMetric(19)]).toEqual(['syn-00', 'syn-19']);
  });
});

describe('writeSyntheticSet', () => {
  const ROWS = 3000;
  let dir: string;
  let a: SyntheticSet;
  let b: SyntheticSet;
  let c: SyntheticSet;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
    a = await writeSyntheticSet(join(dir, 'a'), ROWS, 0.42);
    b = await writeSyntheticSet(join(dir, 'b'), ROWS, 0.42);
    c = await writeSyntheticSet(join(dir, 'c'), ROWS, 0.17);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function query(sql: string): Promise<unknown[][]> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      return (await connection.runAndReadAll(sql)).getRows() as unknown[][];
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }
  const file = () => join(a.dir, 'observations.parquet').replace(/'/g, "''");

  it('writes the same bytes for the same size and seed', () => {
    expect(a.sha256).toBe(b.sha256);
    expect(readFileSync(join(a.dir, 'observations.parquet'))).toEqual(
      readFileSync(join(b.dir, 'observations.parquet')),
    );
  });

  it('writes other values for another seed', () => {
    expect(c.sha256).not.toBe(a.sha256);
  });

  it("has exactly the app's observations columns and types", async () => {
    const spec = EXTRACTS.find((e) => e.name === 'observations')!;
    const rows = await query(`DESCRIBE SELECT * FROM read_parquet('${file()}')`);
    expect(rows.map((r) => [r[0], r[1]])).toEqual(spec.columns.map((col) => [col.name, col.type]));
  });

  it('has the asked number of rows, the layout codes, and no nulls where the schema forbids', async () => {
    const [row] = await query(
      `SELECT count(*)::INTEGER, count(DISTINCT kode)::INTEGER, count(DISTINCT metric_id)::INTEGER,
         min(kode), max(metric_id), min(period_start)::VARCHAR,
         count(*) FILTER (WHERE value IS NULL OR period_start IS NULL OR flags IS NULL)::INTEGER
       FROM read_parquet('${file()}')`,
    );
    const metricsUsed = Math.ceil(ROWS / (SYNTHETIC_KOMMUNER * syntheticLayout(ROWS).periods));
    expect(row).toEqual([
      ROWS,
      SYNTHETIC_KOMMUNER,
      metricsUsed,
      syntheticKode(0),
      syntheticMetric(metricsUsed - 1),
      '2010-01-01',
      0,
    ]);
    expect(metricsUsed).toBeLessThanOrEqual(SYNTHETIC_METRICS);
  });

  it('is sorted like the real extracts: metric, kommune, period', async () => {
    const [row] = await query(
      `SELECT count(*)::INTEGER FROM (
         SELECT metric_id, kode, period_start,
           lag(metric_id) OVER w AS pm, lag(kode) OVER w AS pk, lag(period_start) OVER w AS pp
         FROM read_parquet('${file()}', file_row_number = true)
         WINDOW w AS (ORDER BY file_row_number))
       WHERE pm IS NOT NULL AND (pm, pk, pp) > (metric_id, kode, period_start)`,
    );
    expect(row).toEqual([0]);
  });

  it('writes a manifest that loadExtracts accepts for the observations file', () => {
    const manifest = JSON.parse(readFileSync(join(a.dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.schema_version).toBe(SCHEMA_VERSION);
    expect(manifest.files).toEqual([
      {
        table: 'observations',
        file: 'observations.parquet',
        rows: ROWS,
        bytes: a.bytes,
        sha256: a.sha256,
      },
    ]);
  });
});
