/**
 * The query engines, started on first use only, so the pages that draw from the catalogue never
 * download them.
 * - getEngine: the app's engine (Parquet downloads of a chart's figures), with extensions and
 *   settings locked (db/lock-down.ts lockExtensions); it runs only the app's own statements.
 * - getExplorerEngine: a separate engine for the explorer, locked down before any user SQL runs
 *   (no files, network or extensions; see db/lock-down.ts), with exact integer types.
 */
import type { Db } from '../db/db.ts';
import type { ExtractProblem } from '../db/load.ts';
import type { TableName } from '../db/schema.ts';

export interface Engine {
  db: Db;
  tables: Set<TableName>;
  problems: ExtractProblem[];
}

let appEngine: Promise<Engine> | null = null;
let explorerEngine: Promise<Engine> | null = null;

export function getEngine(baseUrl: string): Promise<Engine> {
  appEngine ??= start(baseUrl, false).catch((e: unknown) => {
    appEngine = null; // a later attempt may succeed (e.g. after a network hiccup)
    throw e;
  });
  return appEngine;
}

export function getExplorerEngine(baseUrl: string): Promise<Engine> {
  explorerEngine ??= start(baseUrl, true).catch((e: unknown) => {
    explorerEngine = null;
    throw e;
  });
  return explorerEngine;
}

/**
 * Ends the explorer's engine (its worker, however busy) and starts a fresh one, loaded and
 * locked down like the first, for a query that kept the engine working past its time limit.
 */
export function restartExplorerEngine(baseUrl: string): Promise<Engine> {
  explorerEngine = start(baseUrl, true, true).catch((e: unknown) => {
    explorerEngine = null;
    throw e;
  });
  return explorerEngine;
}

async function start(baseUrl: string, explorer: boolean, fresh = false): Promise<Engine> {
  const [client, { loadExtracts }] = await Promise.all([
    import('../db/client.ts'),
    import('../db/load.ts'),
  ]);
  const db = await (explorer
    ? fresh
      ? client.restartExplorerDb()
      : client.getExplorerDb()
    : client.getDb());
  const { tables, problems } = await loadExtracts(db, { baseUrl });
  const { lockDown, lockExtensions } = await import('../db/lock-down.ts');
  // Every engine is locked before it is used; the app's keeps file access for its COPY exports.
  await (explorer ? lockDown(db) : lockExtensions(db));
  return { db, tables, problems };
}
