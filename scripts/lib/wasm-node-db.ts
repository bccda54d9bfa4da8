/**
 * The browser's query engine, run in Node: DuckDB-WASM's blocking Node build behind the same Db
 * interface as src/db/client.ts, so every query is tested on the engine the browser runs.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrowBatchRows, arrowColumns, type ArrowBatch } from '../../src/db/arrow-values.ts';
import { arrowToRows } from '../../src/db/arrow-rows.ts';
import type { Db, RowStream, SqlParam, StreamOptions } from '../../src/db/db.ts';
import {
  writeParquetVia,
  type ArrowTable,
  type ParquetEncoder,
  type ParquetSource,
} from '../../src/db/parquet-relay.ts';
import {
  castsAreLossy,
  EXACT_CASTS,
  QUERY_CASTS,
  type EngineKind,
  type QueryCasts,
} from '../../src/db/query-casts.ts';

const require = createRequire(import.meta.url);
// The package's type map points the `blocking` entry at the browser build's types; load the Node
// build directly and borrow the types that ship beside it.
type DuckDbNode =
  typeof import('../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking.d.ts');
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as DuckDbNode;
// apache-arrow's export map hides its types from TypeScript; this is the one call we make.
const arrow = require('apache-arrow') as {
  RecordBatchReader: {
    from(source: Iterable<Uint8Array>): {
      open(): void;
      schema: { fields: ArrowBatch['schema']['fields'] };
      [Symbol.iterator](): Iterator<unknown>;
    };
  };
};
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

type Bindings = Awaited<ReturnType<DuckDbNode['createDuckDB']>>;
type Connection = ReturnType<Bindings['connect']>;

/**
 * An engine of this kind, opened with the same casts as the browser's (query-casts.ts): 'app'
 * by default, as the data build uses; 'explorer' for exact BIGINT, HUGEINT and TIMESTAMP.
 */
export async function createNodeDb(kind: EngineKind = 'app'): Promise<Db & { close(): void }> {
  const casts = QUERY_CASTS[kind];
  const db = await startEngine(casts);
  const connection = db.connect();

  const run = async (sql: string, params: SqlParam[] = []) => {
    const statement = connection.prepare(sql);
    try {
      return arrowToRows<Record<string, unknown>>(statement.query(...params));
    } finally {
      statement.close();
    }
  };

  // One fresh instance per export, as in client.ts (parquet-relay.ts locks it).
  const startEncoder = async (): Promise<ParquetEncoder> => {
    const e = await startEngine(EXACT_CASTS);
    const c = e.connect();
    const written = new Set<string>();
    type Table = Parameters<Connection['insertArrowTable']>[0];
    return {
      async query(sql: string) {
        return arrowToRows<Record<string, unknown>>(c.query(sql));
      },
      async createFromArrow(table: string, rows: ArrowTable) {
        c.insertArrowTable(rows as Table, { name: table, create: true });
      },
      async insertArrow(table: string, rows: ArrowTable) {
        c.insertArrowTable(rows as Table, { name: table, create: false });
      },
      async prepare(sql: string) {
        const statement = c.prepare(sql);
        return {
          async run() {
            statement.query();
            statement.close();
          },
        };
      },
      async readFile(name: string) {
        written.add(name);
        return e.copyFileToBuffer(name);
      },
      async close() {
        c.close();
        for (const name of written) {
          e.dropFile(name);
          removeWritten(name);
        }
      },
    };
  };

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
      removeWritten(name);
    },
    stream: (sql, streamOptions) => streamQuery(db, sql, streamOptions),
    writeParquet(select: string, params: SqlParam[] = []): Promise<Uint8Array> {
      const source: ParquetSource = {
        run,
        queryArrow: async (sql: string) => connection.query(sql),
        readFile: async (name: string) => db.copyFileToBuffer(name),
        dropFile: async (name: string) => {
          db.dropFile(name);
          removeWritten(name);
        },
        lossyArrow: castsAreLossy(casts),
      };
      return writeParquetVia(source, startEncoder, select, params);
    },
    close() {
      connection.close();
    },
  };
}

async function startEngine(casts: QueryCasts): Promise<Bindings> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { ...casts } });
  return db;
}

async function streamQuery(
  db: Bindings,
  sql: string,
  options: StreamOptions = {},
): Promise<RowStream> {
  const { signal } = options;
  signal?.throwIfAborted();
  const connection = db.connect();
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    try {
      connection.query('ROLLBACK');
    } catch {
      // nothing to roll back after a failed BEGIN
    }
    connection.close();
  };
  try {
    connection.query('BEGIN TRANSACTION');
    // Exactly one statement, as in client.ts: never fall back to query(), which runs them all.
    const header = await connection.useUnsafe((bindings, id) =>
      pollUntilReady(bindings, id, sql, signal),
    );
    const chunks = connection.useUnsafe(
      (bindings, id) => new duckdb.ResultStreamIterator(bindings, id, header),
    );
    const reader = arrow.RecordBatchReader.from(chunks);
    reader.open();
    const fields = reader.schema.fields;
    const batches = reader[Symbol.iterator]();
    return {
      columns: arrowColumns(fields),
      async next() {
        if (!open) return null;
        const step = batches.next();
        return step.done ? null : arrowBatchRows(step.value as ArrowBatch);
      },
      close,
    };
  } catch (e) {
    await close();
    throw signal?.aborted ? signal.reason : e;
  }
}

/**
 * DuckDBConnection.send() polls in a microtask loop, so no timer or abort handler can run until
 * the query is done. Polling here yields to the event loop between the engine's work slices
 * (about 100 ms each), which lets a time limit or a cancel button stop the query. One slice that
 * runs long, such as a cross product over large inputs, still runs to its end first.
 */
async function pollUntilReady(
  bindings: Parameters<Parameters<Connection['useUnsafe']>[0]>[0],
  connection: number,
  sql: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  let header = bindings.startPendingQuery(connection, sql);
  while (header === null) {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) {
      bindings.cancelPendingQuery(connection);
      throw signal.reason;
    }
    header = bindings.pollPendingQuery(connection);
  }
  return header;
}

/**
 * In Node, DuckDB-WASM's COPY … TO writes a real file in the working directory (in the browser it
 * stays in memory). Dropping such a file removes it from disk too, so exports and tests leave no
 * litter in the repository. Only bare file names are touched.
 */
function removeWritten(name: string): void {
  if (/^[\w.-]+\.(parquet|csv)$/.test(name)) rmSync(name, { force: true });
}
