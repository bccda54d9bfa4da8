/**
 * The DuckDB-WASM client: a lazy singleton, started in a Web Worker from wasm and worker files
 * that Vite bundles and serves from our own origin (no CDN). The only module that imports
 * DuckDB-WASM. We use the `eh` bundle: the `coi` bundle needs cross-origin isolation and crashed
 * on 10M-row extracts in our trials.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows } from './arrow-rows.ts';
import type { Db, SqlParam } from './db.ts';

let instance: Promise<Db> | null = null;

/** Starts DuckDB-WASM on first use; later calls share the same start-up. */
export function getDb(): Promise<Db> {
  instance ??= startDb().catch((e: unknown) => {
    instance = null; // let a later view retry instead of caching the failure forever
    throw e;
  });
  return instance;
}

/** True once a view has asked for the engine (used by tests and the benchmark). */
export function dbRequested(): boolean {
  return instance !== null;
}

async function startDb(): Promise<Db> {
  const worker = new Worker(new URL(workerUrl, location.href).href);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(wasmUrl, location.href).href);
  await db.open({ query: { castBigIntToDouble: true, castTimestampToDate: true } });
  const connection = await db.connect();
  return {
    async query<T>(sql: string, params: SqlParam[] = []): Promise<T[]> {
      if (params.length === 0) return arrowToRows<T>(await connection.query(sql));
      const statement = await connection.prepare(sql);
      try {
        return arrowToRows<T>(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      await db.registerFileBuffer(name, bytes);
    },
    readFile: (name) => db.copyFileToBuffer(name),
    async dropFile(name: string): Promise<void> {
      await db.dropFile(name);
    },
  };
}
