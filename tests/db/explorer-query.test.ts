import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, RowStream } from '../../src/db/db.ts';
import {
  ExplorerError,
  exportUserQueryParquet,
  runUserQuery,
  toExplorerError,
  type ExplorerErrorKind,
} from '../../src/db/explorer-query.ts';
import { arrowBatchRows, ValueReadError, type ArrowBatch } from '../../src/db/arrow-values.ts';
import { loadExtracts } from '../../src/db/load.ts';
import { lockDown, lockExtensions } from '../../src/db/lock-down.ts';
import { listKommuner } from '../../scripts/catalogue/kommuner-queries.ts';
import { getSeries } from '../../scripts/catalogue/series-queries.ts';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import type { EngineKind } from '../../src/db/query-casts.ts';
import { buildExtractsOnce, fetchFromDir } from './extract-fixture.ts';

type NodeDb = Awaited<ReturnType<typeof createNodeDb>>;

// Everything here runs on DuckDB-WASM's Node build (DuckDB 0.9.1) over the real bundled extracts.
async function loadedDb(kind: EngineKind): Promise<NodeDb> {
  const dir = await buildExtractsOnce();
  const db = await createNodeDb(kind);
  const result = await loadExtracts(db, { baseUrl: 'http://x/data/', fetch: fetchFromDir(dir) });
  expect(result.problems).toEqual([]);
  return db;
}

/** Reads Parquet bytes back in a fresh, unlocked engine. */
async function readBack(bytes: Uint8Array, select = 'SELECT *') {
  const db = await createNodeDb('explorer');
  try {
    await db.registerFile('back.parquet', bytes);
    const rows = await db.query(`${select} FROM read_parquet('back.parquet')`);
    const columns = await db.query<{ column_name: string; column_type: string }>(
      `DESCRIBE SELECT * FROM read_parquet('back.parquet')`,
    );
    return { rows, types: Object.fromEntries(columns.map((c) => [c.column_name, c.column_type])) };
  } finally {
    db.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<ExplorerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExplorerError);
  return error as ExplorerError;
}

const run = (db: Db, sql: string, maxRows = 1000, timeoutMs = 10_000) =>
  runUserQuery(db, sql, { maxRows, timeoutMs });

describe('lockDown on the app engine (castBigIntToDouble), as DuckDB-WASM 1.28 behaves', () => {
  let db: NodeDb;
  let observationsBefore: number;
  beforeAll(async () => {
    db = await loadedDb('app');
    const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM observations');
    observationsBefore = row!.n;
    // Before the lock the engine reads registered files and writes COPY targets.
    await db.query(`COPY (SELECT 1 AS a) TO 'before.parquet' (FORMAT PARQUET)`);
    expect(new TextDecoder().decode((await db.readFile('before.parquet')).slice(0, 4))).toBe(
      'PAR1',
    );
    await db.dropFile('before.parquet');
    await lockDown(db);
    // Building the extracts takes a while on a busy machine.
  }, 60_000);
  afterAll(() => db?.close());

  it('turns the extract views into tables with the same rows, so app queries keep working', async () => {
    const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM observations');
    expect(row!.n).toBe(observationsBefore);
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['documents', 'kommuner', 'metrics', 'observations', 'pledges']),
    );
    expect(await db.query(`SELECT * FROM duckdb_views() WHERE NOT internal`)).toEqual([]);
    expect(await listKommuner(db)).toHaveLength(99);
    const series = await getSeries(db, 'homeless_persons_count_week6', '751');
    expect(series?.observations.find((o) => o.periodLabel === '2017')?.value).toBe(767);
  });

  it.each([
    [
      'registered file read directly',
      `SELECT count(*) FROM read_parquet('observations.parquet')`,
      /Permission Error: Scanning Parquet files is disabled/,
    ],
    [
      'COPY … TO a virtual file',
      `COPY (SELECT 1) TO 'x.parquet' (FORMAT PARQUET)`,
      /Permission Error: COPY TO is disabled by configuration/,
    ],
    [
      'read_csv over http',
      `SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')`,
      /Permission Error: Scanning CSV files is disabled/,
    ],
    ['INSTALL httpfs', 'INSTALL httpfs', /IO Error: Can't find the home directory/],
    ['LOAD httpfs', 'LOAD httpfs', /Permission Error: Loading external extensions is disabled/],
    [
      'SET enable_external_access = true',
      'SET enable_external_access = true',
      /the configuration has been locked/,
    ],
    [
      'RESET enable_external_access',
      'RESET enable_external_access',
      /the configuration has been locked/,
    ],
    [
      'SET lock_configuration = false',
      'SET lock_configuration = false',
      /the configuration has been locked/,
    ],
    [
      'ATTACH a database file',
      `ATTACH 'other.db' AS other`,
      /Permission Error: Attaching on-disk databases is disabled/,
    ],
    ['EXPORT DATABASE', `EXPORT DATABASE 'out'`, /Permission Error: COPY TO is disabled/],
  ])('the engine itself refuses: %s', async (_label, sql, message) => {
    await expect(db.query(sql)).rejects.toThrow(message);
  });

  it('still allows what stays inside the engine: temp tables', async () => {
    await db.query('CREATE TEMP TABLE scratch AS SELECT 1 AS a');
    expect(await db.query('SELECT a FROM scratch')).toEqual([{ a: 1 }]);
  });

  it('is idempotent', async () => {
    await expect(lockDown(db)).resolves.toBeUndefined();
    await expect(lockDown(db)).resolves.toBeUndefined();
    const [row] = await db.query<{ external: boolean }>(
      `SELECT current_setting('enable_external_access') AS external`,
    );
    expect(row!.external).toBe(false);
  });

  it('refuses writeParquet after the lock: its Arrow is lossy and types are never pasted as SQL', async () => {
    await expect(db.writeParquet('SELECT 1::BIGINT AS big')).rejects.toThrow(/needs exact types/);
    // The engine is fine afterwards, and the temp table is gone.
    expect(
      await db.query(`SELECT * FROM duckdb_tables() WHERE table_name LIKE 'parquet_export%'`),
    ).toEqual([]);
  });

  it('finding: on this engine castBigIntToDouble garbles BIGINT inside lists', async () => {
    // Why the explorer gets its own engine without casts (QUERY_CASTS.explorer in src/db/query-casts.ts).
    const [row] = await db.query<{ l: number[] }>('SELECT [1, 2]::BIGINT[] AS l');
    expect(row!.l).not.toEqual([1, 2]);
    expect(row!.l[0]).toBeLessThan(1e-300);
  });
});

describe('lockExtensions on the app engine: only our statements run there', () => {
  let db: NodeDb;
  beforeAll(async () => {
    db = await loadedDb('app');
    await lockExtensions(db);
    await lockExtensions(db); // harmless again
  }, 60_000);
  afterAll(() => db?.close());

  it('never loads extensions by itself, refuses any change of settings, still writes its Parquet', async () => {
    const [state] = await db.query<{ install: boolean; load: boolean }>(
      `SELECT current_setting('autoinstall_known_extensions') AS install,
              current_setting('autoload_known_extensions') AS load`,
    );
    expect(state).toEqual({ install: false, load: false });
    await expect(db.query('SET autoload_known_extensions = true')).rejects.toThrow(
      /the configuration has been locked/,
    );
    await expect(db.query('SET enable_external_access = false')).rejects.toThrow(
      /the configuration has been locked/,
    );
    expect(await listKommuner(db)).toHaveLength(99);
    const bytes = await db.writeParquet(`SELECT kode FROM kommuner WHERE kode = ?`, ['751']);
    expect((await readBack(bytes)).rows).toEqual([{ kode: '751' }]);
  });
});

describe('runUserQuery on the explorer engine (exact types), locked down', () => {
  let db: NodeDb;
  beforeAll(async () => {
    db = await loadedDb('explorer');
    await lockDown(db);
    // Building the extracts takes a while on a busy machine.
  }, 60_000);
  afterAll(() => db?.close());

  it('runs a GROUP BY over observations and returns row arrays with column types', async () => {
    const result = await run(
      db,
      `SELECT metric_id, count(*) AS n, round(avg(value), 2) AS mean
       FROM observations GROUP BY metric_id ORDER BY metric_id;`,
    );
    const expected = await db.query<{ metric_id: string; n: number }>(
      'SELECT metric_id, count(*) AS n FROM observations GROUP BY 1 ORDER BY 1',
    );
    expect(result.columns).toEqual([
      { name: 'metric_id', type: 'VARCHAR' },
      { name: 'n', type: 'BIGINT' },
      { name: 'mean', type: 'DOUBLE' },
    ]);
    expect(result.rows.map((r) => [r[0], r[1]])).toEqual(expected.map((r) => [r.metric_id, r.n]));
    expect(result.rowCount).toBe(expected.length);
    expect(result.truncated).toBe(false);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('caps the rows and says the result was truncated', async () => {
    const result = await run(db, 'SELECT * FROM range(100000)', 1000);
    expect(result.rowCount).toBe(1000);
    expect(result.rows).toHaveLength(1000);
    expect(result.rows[999]).toEqual([999]);
    expect(result.truncated).toBe(true);
    const exact = await run(db, 'SELECT * FROM range(1000)', 1000);
    expect(exact).toMatchObject({ rowCount: 1000, truncated: false });
  });

  it('turns DuckDB values into plain ones', async () => {
    const result = await run(
      db,
      `SELECT [1, 2]::BIGINT[] AS l, {'a': 1::BIGINT, 'b': 'x'} AS s, DATE '2024-01-02' AS d,
              TIMESTAMP '2024-01-02 03:04:05.123456' AS ts, TIMESTAMPTZ '2024-01-02 03:04:05+00' AS tz,
              -1.25::DECIMAL(10,2) AS dec, 12345678901234567::BIGINT AS big, 7::HUGEINT AS huge,
              INTERVAL '1 month 3 days 4 hours' AS iv, TIME '01:02:03.5' AS tm, 'a\\x00'::BLOB AS b,
              MAP([1], ['x']) AS m, NULL::INTEGER AS n, 'ø' AS v, true AS t`,
    );
    expect(result.rows[0]).toEqual([
      [1, 2],
      { a: 1, b: 'x' },
      '2024-01-02',
      '2024-01-02T03:04:05.123456',
      '2024-01-02T03:04:05Z',
      -1.25,
      '12345678901234567',
      7,
      '1 month 3 days 04:00:00',
      '01:02:03.5',
      'a\\x00',
      { '1': 'x' },
      null,
      'ø',
      true,
    ]);
    expect(result.columns.map((c) => c.type)).toEqual([
      'BIGINT[]',
      'STRUCT(a BIGINT, b VARCHAR)',
      'DATE',
      'TIMESTAMP',
      'TIMESTAMP WITH TIME ZONE',
      'DECIMAL(10,2)',
      'BIGINT',
      'DECIMAL(38,0)',
      'INTERVAL',
      'TIME',
      'BLOB',
      'MAP(INTEGER, VARCHAR)',
      'INTEGER',
      'VARCHAR',
      'BOOLEAN',
    ]);
  });

  it('shows dates beyond a JavaScript Date as text and keeps __proto__ keys (issue 12)', async () => {
    const result = await run(
      db,
      `SELECT DATE 'infinity' AS d, DATE '-infinity' AS dn, TIMESTAMP 'infinity' AS t,
              DATE '294247-01-01' AS far, TIMESTAMP '294247-01-01 12:00:00' AS far_ts,
              DATE '0044-03-15 (BC)' AS bc, DATE '2024-02-29' AS leap,
              {'__proto__': 1, 'a': 2} AS s, MAP(['__proto__'], [3]) AS m`,
    );
    const [row] = result.rows;
    expect(row!.slice(0, 7)).toEqual([
      'infinity',
      '-infinity',
      'infinity',
      '294247-01-01',
      '294247-01-01T12:00:00',
      '0044-03-15 (BC)',
      '2024-02-29',
    ]);
    const [s, m] = row!.slice(7) as Record<string, unknown>[];
    expect(Object.keys(s!)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(s, '__proto__')?.value).toBe(1);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toBe(3);
    expect(JSON.stringify(s)).toBe('{"__proto__":1,"a":2}');
    // Where only apache-arrow's Date is left (inside a list), the value is text, not a failure.
    const nested = await run(db, `SELECT [DATE 'infinity', DATE '2024-01-02'] AS l`);
    expect(nested.rows[0]).toEqual([['(date out of range)', '2024-01-02']]);
  });

  it.each([
    ['DESCRIBE observations', 'column_name'],
    ['SUMMARIZE kommuner', 'column_name'],
    ['SHOW TABLES', 'name'],
    [`PIVOT observations ON quality IN ('primary') USING count(*) GROUP BY metric_id`, 'metric_id'],
    ['FROM kommuner LIMIT 3', 'kode'],
  ])('runs %s', async (sql, firstColumn) => {
    const result = await run(db, sql);
    expect(result.columns[0]?.name).toBe(firstColumn);
    expect(result.rowCount).toBeGreaterThan(0);
  });

  it('refuses PIVOT without IN (…), which DuckDB runs as several statements', async () => {
    const types = async () =>
      (await db.query(`SELECT * FROM duckdb_types() WHERE NOT internal`)).length;
    const before = await types();
    const error = await failure(
      run(db, 'PIVOT observations ON quality USING count(*) GROUP BY metric_id'),
    );
    expect(error).toMatchObject({ kind: 'refused', reason: 'multiple' });
    expect(error.bilingual.da).toContain('Skriv værdierne ud');
    expect(await types()).toBe(before);
  });

  it('never runs text the engine reads as several statements (issue 12)', async () => {
    // Straight to the stream, past the guard: the first statement's rollback would not undo
    // what runs after a COMMIT.
    const smuggled = 'SELECT 1; COMMIT; CREATE TABLE smuggled AS SELECT 1 AS x';
    await expect(db.stream(smuggled)).rejects.toThrow(/can only take a single statement/);
    const tables = await db.query(`SELECT * FROM duckdb_tables() WHERE table_name = 'smuggled'`);
    expect(tables).toEqual([]);
    // As the explorer would report it, had the guard been fooled: refused, nothing run.
    const stubbed: Db = { ...db, stream: (sql) => db.stream(`${sql}; ${smuggled}`) };
    const error = await failure(run(stubbed, 'SELECT 1'));
    expect(error).toMatchObject({ kind: 'refused', reason: 'multiple' });
    expect(error.bilingual.da).toMatch(/ingen af dem blev kørt/);
    expect(await db.query(`SELECT * FROM duckdb_tables() WHERE table_name = 'smuggled'`)).toEqual(
      [],
    );
  });

  it('runs a query with unicode spaces as DuckDB reads it, and refuses a smuggled one', async () => {
    expect((await run(db, 'SELECT\u00a042\u200bAS\u3000answer')).rows).toEqual([[42]]);
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM observations');
    const error = await failure(
      run(db, "SELECT \u200be'\\' AS note, ' ; COMMIT ; DELETE FROM observations ; -- '"),
    );
    expect(error).toMatchObject({ kind: 'refused', reason: 'multiple' });
    expect(await db.query('SELECT count(*) AS n FROM observations')).toEqual(before);
  });

  it('reports a syntax error as kind sql in the reader’s words, with DuckDB’s own text', async () => {
    const error = await failure(run(db, 'SELECT metric_id FROM observations WHERE'));
    expect(error.kind).toBe('sql');
    expect(error.detail).toBe('Parser Error: syntax error at end of input');
    expect(error.bilingual.da).toBe(
      'Fejl i SQL: Forespørgslen kan ikke læses som SQL. Se efter kommaer, parenteser og anførselstegn.',
    );
    expect(error.bilingual.en).toMatch(/^SQL error: The query cannot be read as SQL\./);
    // The engine is fine afterwards.
    expect((await run(db, 'SELECT 1')).rows).toEqual([[1]]);
  });

  it('explains an unknown table in the reader’s words and keeps the name in DuckDB’s text', async () => {
    const error = await failure(run(db, 'SELECT * FROM no_such_table'));
    expect(error.kind).toBe('sql');
    expect(error.bilingual.da).toMatch(/^Fejl i SQL: Et navn i forespørgslen findes ikke/);
    expect(error.detail).toMatch(/^Catalog Error: .*no_such_table/);
  });

  it('reports an unknown table as kind sql', async () => {
    const error = await failure(run(db, 'SELECT * FROM nope'));
    expect(error.kind).toBe('sql');
    expect(error.detail).toMatch(/^Catalog Error: Table with name nope does not exist/);
  });

  it.each<[string, string, string]>([
    ['read_csv over http', `SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')`, 'url'],
    ['INSTALL httpfs', 'INSTALL httpfs', 'extension'],
    ['COPY … TO', `COPY (SELECT * FROM kommuner) TO 'k.csv'`, 'copy'],
    ['ATTACH', `ATTACH 'x.db' AS x`, 'attach'],
    ['SET enable_external_access = true', 'SET enable_external_access = true', 'settings'],
    ['WITH … DELETE', 'WITH a AS (SELECT 1) DELETE FROM observations', 'write'],
  ])('the guard refuses %s before the engine sees it', async (_label, sql, reason) => {
    const error = await failure(run(db, sql));
    expect(error).toMatchObject({ kind: 'refused' satisfies ExplorerErrorKind, reason });
    expect(error.bilingual.da).not.toBe(error.bilingual.en);
  });

  it('the engine refuses what slips past the guard (defence in depth)', async () => {
    // A URL assembled at run time is invisible to the guard.
    const error = await failure(
      run(db, `SELECT * FROM read_csv('htt' || 'p://127.0.0.1:9/x.csv')`),
    );
    expect(error.kind).toBe('refused');
    expect(error.reason).toBeNull();
    expect(error.detail).toBe(
      'Permission Error: Scanning CSV files is disabled through configuration',
    );
    // Statements the guard would refuse, sent straight to the engine:
    await expect(db.query('SET enable_external_access = true')).rejects.toThrow(
      /Cannot change configuration option "enable_external_access" - the configuration has been locked/,
    );
    await expect(db.query(`COPY kommuner TO 'k.csv'`)).rejects.toThrow(/COPY TO is disabled/);
  });

  it('a stream cannot change data: whatever it writes is rolled back', async () => {
    const count = async () =>
      (await db.query<{ n: number }>('SELECT count(*) AS n FROM observations'))[0]!.n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const stream: RowStream = await db.stream('DELETE FROM observations');
    await stream.next();
    await stream.close();
    expect(await count()).toBe(before);
  });

  it('stops a slow query at the time limit, and the engine answers again afterwards', async () => {
    // Many short work slices, so the engine can be cancelled between them. (A large cross
    // product runs as one slice of many seconds in DuckDB 0.9.1 and cannot be stopped early.)
    const slow = 'SELECT count(*) FROM range(10000000000) t(i) WHERE i % 7 = 3';
    const started = performance.now();
    const error = await failure(run(db, slow, 10, 300));
    expect(error.kind).toBe('timeout');
    expect(error.bilingual.da).toContain('0,3 sekunder');
    expect(performance.now() - started).toBeLessThan(5000);
    expect((await run(db, 'SELECT 42')).rows).toEqual([[42]]);
  });

  it('cancels on the caller’s signal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const error = await failure(
      runUserQuery(db, 'SELECT count(*) FROM range(10000000000) t(i) WHERE i % 7 = 3', {
        maxRows: 10,
        timeoutMs: 60_000,
        signal: controller.signal,
      }),
    );
    expect(error.kind).toBe('cancelled');
    expect(performance.now() - started).toBeLessThan(5000);
    const aborted = new AbortController();
    aborted.abort();
    const early = await failure(
      runUserQuery(db, 'SELECT 1', { maxRows: 10, timeoutMs: 1000, signal: aborted.signal }),
    );
    expect(early.kind).toBe('cancelled');
  });

  it('exports the whole result as Parquet after the lock, and it reads back', async () => {
    const sql = `SELECT kode, navn, region FROM kommuner ORDER BY kode -- all of them`;
    const shown = await run(db, sql, 10);
    expect(shown.truncated).toBe(true);
    const bytes = await exportUserQueryParquet(db, sql);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    expect(new TextDecoder().decode(bytes.slice(-4))).toBe('PAR1');
    const back = await readBack(bytes);
    expect(back.rows).toHaveLength(99);
    expect(back.rows.slice(0, 10).map((r) => [r.kode, r.navn, r.region])).toEqual(shown.rows);
    expect(back.types).toEqual({ kode: 'VARCHAR', navn: 'VARCHAR', region: 'VARCHAR' });
  });

  it('writeParquet works after the lock, with exact types (through the encoder)', async () => {
    const bytes = await db.writeParquet(
      `SELECT metric_id, count(*) AS n, 12345678901234567::BIGINT AS big, [1, 2]::BIGINT[] AS list,
              TIMESTAMP '2024-01-02 03:04:05.123456' AS ts, min(period_start) AS first
       FROM observations WHERE kode = ? GROUP BY metric_id ORDER BY metric_id`,
      ['751'],
    );
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    const back = await readBack(
      bytes,
      'SELECT metric_id, n, big::VARCHAR AS big, list, ts::VARCHAR AS ts, first::VARCHAR AS first',
    );
    expect(back.types).toMatchObject({
      metric_id: 'VARCHAR',
      n: 'BIGINT',
      big: 'BIGINT',
      list: 'BIGINT[]',
      ts: 'TIMESTAMP',
      first: 'DATE',
    });
    const expected = await db.query<{ metric_id: string; n: number }>(
      `SELECT metric_id, count(*) AS n FROM observations WHERE kode = '751' GROUP BY 1 ORDER BY 1`,
    );
    expect(back.rows.map((r) => [r.metric_id, r.n])).toEqual(
      expected.map((r) => [r.metric_id, r.n]),
    );
    expect(back.rows[0]).toMatchObject({
      big: '12345678901234567',
      list: [1, 2],
      ts: '2024-01-02 03:04:05.123456',
    });
  });

  it('writeParquet of an empty result keeps the columns', async () => {
    const bytes = await db.writeParquet(`SELECT kode, navn FROM kommuner WHERE false`);
    const back = await readBack(bytes);
    expect(back.rows).toEqual([]);
    expect(back.types).toEqual({ kode: 'VARCHAR', navn: 'VARCHAR' });
  });

  it('a shared query cannot inject SQL into the encoder through a UNION member name (issue 12)', async () => {
    // DuckDB writes this type as UNION(a INTEGER)); COPY … ; -- INTEGER): the member name is not
    // quoted, so the old relay ran the COPY on its unlocked encoder (here: a file on disk).
    const target = 'injected-by-export.csv';
    const name = `a INTEGER)); COPY (SELECT 42 AS pwned) TO '${target}'; --`;
    // No rows: apache-arrow never has to read a union vector, so the type alone travels.
    const sql = `SELECT union_value("${name.replaceAll('"', '""')}" := 1) AS u, 'x' AS v LIMIT 0`;
    const { existsSync, rmSync } = await import('node:fs');
    rmSync(target, { force: true });
    try {
      const outcome = await exportUserQueryParquet(db, sql).catch((e: unknown) => e);
      expect(existsSync(target)).toBe(false);
      const error = await failure(Promise.reject(outcome));
      // UNION cannot travel as Arrow: a clear refusal, not an export of something else.
      expect(error.kind).toBe('refused');
      expect(error.bilingual.da).toContain('UNION-kolonne');
      // The same name as a struct field does travel, and the export is the query's own result.
      const struct = `SELECT {"${name.replaceAll('"', '""')}": 1} AS s, 'x' AS v`;
      const back = await readBack(await exportUserQueryParquet(db, struct));
      expect(existsSync(target)).toBe(false);
      expect(JSON.parse(JSON.stringify(back.rows))).toEqual([{ s: { [name]: 1 }, v: 'x' }]);
    } finally {
      rmSync(target, { force: true });
    }
  });

  it('refuses Parquet export of refused SQL and of statements that are not queries', async () => {
    expect(await failure(exportUserQueryParquet(db, `COPY kommuner TO 'k.parquet'`))).toMatchObject(
      { kind: 'refused', reason: 'copy' },
    );
    const describe = await failure(exportUserQueryParquet(db, 'DESCRIBE kommuner'));
    expect(describe.kind).toBe('refused');
    expect(describe.bilingual.da).toContain('DESCRIBE kan ikke hentes som Parquet');
    expect((await failure(exportUserQueryParquet(db, 'SELECT * FROM nope'))).kind).toBe('sql');
    const pivot = await failure(
      exportUserQueryParquet(db, 'PIVOT observations ON quality USING count(*) GROUP BY metric_id'),
    );
    expect(pivot.kind).toBe('refused');
    expect(pivot.bilingual.da).toContain('Skriv værdierne ud');
    const listed = await exportUserQueryParquet(
      db,
      `PIVOT observations ON quality IN ('primary') USING count(*) GROUP BY metric_id`,
    );
    expect((await readBack(listed)).types).toMatchObject({
      metric_id: 'VARCHAR',
      primary: 'BIGINT',
    });
  });
});

describe('runUserQuery against an engine that does not answer (as a busy browser worker)', () => {
  // A stand-in Db: its stream never starts, like a worker stuck in one long slice.
  const stuck: Db = {
    query: () => new Promise(() => undefined),
    registerFile: async () => undefined,
    readFile: async () => new Uint8Array(),
    dropFile: async () => undefined,
    stream: () => new Promise<RowStream>(() => undefined),
    writeParquet: async () => new Uint8Array(),
  };

  it('gives up at the time limit without waiting for the engine', async () => {
    const started = performance.now();
    const error = await failure(runUserQuery(stuck, 'SELECT 1', { maxRows: 1, timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives up on cancel without waiting for the engine', async () => {
    const controller = new AbortController();
    const pending = runUserQuery(stuck, 'SELECT 1', {
      maxRows: 1,
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    controller.abort();
    expect((await failure(pending)).kind).toBe('cancelled');
  });

  it('closes a stream that arrives after the time limit', async () => {
    let closed = false;
    let deliver: (s: RowStream) => void = () => undefined;
    const late: Db = {
      ...stuck,
      stream: () => new Promise<RowStream>((resolve) => (deliver = resolve)),
    };
    const error = await failure(runUserQuery(late, 'SELECT 1', { maxRows: 1, timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    deliver({
      columns: [],
      next: async () => null,
      close: async () => {
        closed = true;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
  });
});

describe('a value that cannot be read fails the query, not the engine', () => {
  it('reports kind sql with the column, and the page can go on', async () => {
    const broken: ArrowBatch = {
      numRows: 1,
      schema: { fields: [{ name: 'odd', type: { typeId: 5, toString: () => 'Utf8' } }] },
      getChildAt: () => ({
        length: 1,
        isValid: () => true,
        get: () => {
          throw new RangeError('Invalid time value');
        },
        data: [],
      }),
    };
    let thrown: unknown = null;
    try {
      arrowBatchRows(broken);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValueReadError);
    const error = toExplorerError(thrown);
    expect(error.kind).toBe('sql');
    expect(error.bilingual.da).toContain('column odd: Invalid time value');
    expect(error.bilingual.da).not.toMatch(/Genindlæs/);
  });
});
