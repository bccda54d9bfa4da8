/**
 * The browser's query engine, run in Node: DuckDB-WASM's blocking Node build behind the same Db
 * interface as src/db/client.ts, so every query is tested on the engine the browser runs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrowToRows } from '../../src/db/arrow-rows.ts';
import type { Db, SqlParam } from '../../src/db/db.ts';

const require = createRequire(import.meta.url);
// The package's type map points the `blocking` entry at the browser build's types; load the Node
// build directly and borrow the types that ship beside it.
const duckdb =
  require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof import('../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking.d.ts');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

export async function createNodeDb(): Promise<Db & { close(): void }> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const connection = db.connect();
  return {
    async query<T>(sql: string, params: SqlParam[] = []): Promise<T[]> {
      if (params.length === 0) return arrowToRows<T>(connection.query(sql));
      const statement = connection.prepare(sql);
      try {
        return arrowToRows<T>(statement.query(...params));
      } finally {
        statement.close();
      }
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes);
    },
    async readFile(name: string): Promise<Uint8Array> {
      return db.copyFileToBuffer(name);
    },
    async dropFile(name: string): Promise<void> {
      db.dropFile(name);
    },
    close() {
      connection.close();
    },
  };
}
