/**
 * The query engines: one loading promise per kind, started on first use only, so the pages that
 * draw from the catalogue never download DuckDB-WASM. Every start goes through here; client.ts
 * (the only importer of DuckDB-WASM), load.ts and lock-down.ts are imported on demand.
 * - 'app': Parquet downloads of a chart's figures. Extensions and settings are locked
 *   (lockExtensions); it runs only the app's own statements and keeps file access for COPY.
 * - 'explorer': a separate engine for the reader's SQL, locked down before any of it runs (no
 *   files, network or extensions; see lock-down.ts), with exact types (query-casts.ts). Separate,
 *   so the explorer's lock-down and long queries never touch the app's engine.
 */
import type { Db } from './db.ts';
import type { ExtractProblem } from './load.ts';
import type { EngineKind } from './query-casts.ts';
import type { TableName } from './schema.ts';

export type { EngineKind } from './query-casts.ts';

export interface Engine {
  db: Db;
  tables: Set<TableName>;
  problems: ExtractProblem[];
}

const loading = new Map<EngineKind, Promise<Engine>>();

/** The engine of this kind, loaded and locked; later calls share the same start-up. */
export function getEngine(kind: EngineKind, baseUrl: string): Promise<Engine> {
  let engine = loading.get(kind);
  if (!engine) {
    engine = start(kind, baseUrl).catch((e: unknown) => {
      // Let a later call retry (e.g. after a network hiccup) instead of caching the failure.
      if (loading.get(kind) === engine) loading.delete(kind);
      throw e;
    });
    loading.set(kind, engine);
  }
  return engine;
}

/**
 * Ends the engine of this kind, however busy its worker is, and starts a fresh one, loaded and
 * locked like the first: for a statement that ran past its time limit in one uncancellable slice.
 */
export function restartEngine(kind: EngineKind, baseUrl: string): Promise<Engine> {
  const old = loading.get(kind);
  loading.delete(kind);
  void old?.then((engine) => engine.db.terminate?.()).catch(() => undefined);
  return getEngine(kind, baseUrl);
}

async function start(kind: EngineKind, baseUrl: string): Promise<Engine> {
  const [{ startDb }, { loadExtracts }, { lockDown, lockExtensions }] = await Promise.all([
    import('./client.ts'),
    import('./load.ts'),
    import('./lock-down.ts'),
  ]);
  const db = await startDb(kind);
  try {
    const { tables, problems } = await loadExtracts(db, { baseUrl });
    // Every engine is locked before it is used.
    await (kind === 'explorer' ? lockDown(db) : lockExtensions(db));
    return { db, tables, problems };
  } catch (e) {
    await db.terminate?.();
    throw e;
  }
}
