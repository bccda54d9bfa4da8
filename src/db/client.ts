/**
 * The DuckDB-WASM client: starts an engine in a Web Worker from wasm and worker files that Vite
 * bundles and serves from our own origin (no CDN). The only module that imports DuckDB-WASM;
 * engine.ts decides when, and keeps one loading promise per kind. We use the `eh` bundle: the
 * `coi` bundle needs cross-origin isolation and crashed on 10M-row extracts in our trials.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowBatchRows, arrowColumns, type ArrowBatch } from './arrow-values.ts';
import { arrowToRows } from './arrow-rows.ts';
import type { Db, RowStream, SqlParam, StreamOptions } from './db.ts';
import {
  castsAreLossy,
  EXACT_CASTS,
  QUERY_CASTS,
  type EngineKind,
  type QueryCasts,
} from './query-casts.ts';
import {
  writeParquetVia,
  type ArrowTable,
  type ParquetEncoder,
  type ParquetSource,
} from './parquet-relay.ts';

/** Starts a new DuckDB-WASM engine of this kind; engine.ts keeps the one per kind. */
export function startDb(kind: EngineKind): Promise<Db> {
  return openDb(QUERY_CASTS[kind]);
}

/**
 * The engine's worker, started from a blob: URL that loads the bundled worker script. A worker
 * from a URL of its own takes its Content-Security-Policy from that response, which on a static
 * host has none, so SQL in the engine could fetch from anywhere; a blob: worker inherits the
 * policy of the page that creates it (connect-src 'self'), on any host. The script itself still
 * comes from our own origin.
 */
function startWorker(): { worker: Worker; release(): void } {
  const script = new URL(workerUrl, location.href).href;
  const source = `importScripts(${JSON.stringify(script)});`;
  const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return { worker: new Worker(blob), release: () => URL.revokeObjectURL(blob) };
}

async function startEngine(casts: QueryCasts): Promise<duckdb.AsyncDuckDB> {
  const { worker, release } = startWorker();
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(new URL(wasmUrl, location.href).href);
  } finally {
    release(); // the worker has loaded its script by now
  }
  await db.open({ query: { ...casts } });
  return db;
}

async function openDb(casts: QueryCasts): Promise<Db> {
  const db = await startEngine(casts);
  const connection = await db.connect();
  const run = async (sql: string, params: SqlParam[] = []) => {
    const statement = await connection.prepare(sql);
    try {
      return arrowToRows<Record<string, unknown>>(await statement.query(...params));
    } finally {
      await statement.close();
    }
  };
  return {
    async query<T>(sql: string, params: SqlParam[] = []): Promise<T[]> {
      if (params.length === 0) return arrowToRows<T>(await connection.query(sql));
      return (await run(sql, params)) as T[];
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      await db.registerFileBuffer(name, bytes);
    },
    readFile: (name) => db.copyFileToBuffer(name),
    async dropFile(name: string): Promise<void> {
      await db.dropFile(name);
    },
    stream: (sql, options) => streamQuery(db, sql, options),
    writeParquet(select: string, params: SqlParam[] = []): Promise<Uint8Array> {
      const source: ParquetSource = {
        run,
        queryArrow: (sql: string) => connection.query(sql),
        readFile: (name: string) => db.copyFileToBuffer(name),
        dropFile: async (name: string) => {
          await db.dropFile(name);
        },
        lossyArrow: castsAreLossy(casts),
      };
      return writeParquetVia(source, startEncoder, select, params);
    },
    terminate: () => db.terminate(),
  };
}

/** A fresh engine for one Parquet export; parquet-relay.ts locks it and closes it. */
async function startEncoder(): Promise<ParquetEncoder> {
  const db = await startEngine(EXACT_CASTS);
  const connection = await db.connect();
  type Table = Parameters<typeof connection.insertArrowTable>[0];
  return {
    query: async (sql: string) => arrowToRows<Record<string, unknown>>(await connection.query(sql)),
    createFromArrow: (table: string, rows: ArrowTable) =>
      connection.insertArrowTable(rows as Table, { name: table, create: true }),
    insertArrow: (table: string, rows: ArrowTable) =>
      connection.insertArrowTable(rows as Table, { name: table, create: false }),
    async prepare(sql: string) {
      const statement = await connection.prepare(sql);
      return {
        async run() {
          await statement.query();
          await statement.close();
        },
      };
    },
    readFile: (name: string) => db.copyFileToBuffer(name),
    close: () => db.terminate(),
  };
}

/**
 * One statement on a connection of its own, so cancelSent() stops only this query and the app's
 * queries never wait behind a stream. The worker handles a cancel between two of the engine's
 * work slices (about 100 ms); one long slice, such as a large cross product, runs to its end.
 */
async function streamQuery(
  db: duckdb.AsyncDuckDB,
  sql: string,
  options: StreamOptions = {},
): Promise<RowStream> {
  const { signal } = options;
  signal?.throwIfAborted();
  const connection = await db.connect();
  const cancel = () => void connection.cancelSent().catch(() => undefined);
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    signal?.removeEventListener('abort', cancel);
    await connection.query('ROLLBACK').catch(() => undefined);
    await connection.close();
  };
  try {
    await connection.query('BEGIN TRANSACTION');
    signal?.addEventListener('abort', cancel, { once: true });
    // Exactly one statement: a pending query refuses text that DuckDB reads as several ("can
    // only take a single statement") before it runs any of it. Never fall back to query(),
    // which would run them all (issue 12: statements smuggled past the guard).
    const reader = await connection.send(sql);
    await reader.open();
    const fields = reader.schema.fields as unknown as ArrowBatch['schema']['fields'];
    const next = async () => {
      const step = await reader.next();
      return step.done ? null : (step.value as unknown as ArrowBatch);
    };
    return {
      columns: arrowColumns(fields),
      async next() {
        if (!open) return null;
        const batch = await next();
        return batch ? arrowBatchRows(batch) : null;
      },
      close,
    };
  } catch (e) {
    await close();
    throw signal?.aborted ? signal.reason : e;
  }
}
