/**
 * Locks the engine before the explorer runs SQL that may come from a link. What DuckDB-WASM 1.28
 * (DuckDB 0.9.1) does once these settings are in place, checked in the Node build
 * (tests/db/explorer-query.test.ts) and in Chromium:
 *
 * - read_csv/read_parquet on http(s) URLs, glob(), parquet_metadata(), COPY … FROM, COPY … TO,
 *   EXPORT/IMPORT DATABASE, LOAD and ATTACH of a file fail with "Permission Error: … disabled
 *   through configuration"; INSTALL fails (no home directory in WASM). SET of any option,
 *   including enable_external_access = true, fails: "the configuration has been locked".
 * - Before the lock, read_csv('https://…') really fetches in the browser (the worker's XHR).
 *   After it, ATTACH 'https://…' still sends HEAD and GET to the server before it is refused, so
 *   the SQL guard's refusal of ATTACH and of URLs stays necessary.
 * - Registered file buffers are files too: read_parquet('observations.parquet') and every view
 *   over it fail. So the extract views become in-memory tables first, with the same names,
 *   columns and row order; every query works on them unchanged.
 * - COPY … TO fails for our own exports as well, and enable_external_access cannot be switched
 *   back on while the database runs, locked or not. Db.writeParquet therefore hands the rows as
 *   Arrow to a fresh encoder instance (parquet-relay.ts), locked with these same settings before
 *   the rows reach it; export.ts must use it.
 * - Temporary tables and ATTACH ':memory:' still work (neither reaches outside the engine).
 */
import type { Db } from './db.ts';
import { EXTRACTS } from './schema.ts';

/** The settings that lock an engine, in order; parquet-relay.ts locks its encoder with them. */
export const LOCK_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET enable_external_access = false',
  // Last: after this no statement can undo the ones above.
  'SET lock_configuration = true',
];

const locking = new WeakMap<Db, Promise<void>>();

/**
 * Materialises the extract views and switches off file, network and extension access for good.
 * Call it after loadExtracts(); calling it again (or concurrently) is harmless.
 */
export function lockDown(db: Db): Promise<void> {
  let pending = locking.get(db);
  if (!pending) {
    pending = lock(db).catch((e: unknown) => {
      locking.delete(db);
      throw e;
    });
    locking.set(db, pending);
  }
  return pending;
}

/**
 * For the app's own engine, which runs only our statements (values bound as parameters, never a
 * reader's SQL) and writes its Parquet downloads with COPY: extensions can no longer be installed
 * or loaded and no setting can change, but file access stays on for those exports. Harmless to
 * call again.
 */
export async function lockExtensions(db: Db): Promise<void> {
  const before = await readState(db);
  if (!before.locked) {
    for (const setting of LOCK_SETTINGS) {
      if (!setting.includes('enable_external_access')) await db.query(setting);
    }
  }
  const after = await readState(db);
  if (after.autoinstall || after.autoload || !after.locked) {
    throw new Error(`the engine's extensions could not be locked: ${JSON.stringify(after)}`);
  }
}

export interface LockState {
  locked: boolean;
  external: boolean;
  autoinstall: boolean;
  autoload: boolean;
}

async function lock(db: Db): Promise<void> {
  const before = await readState(db);
  if (!before.locked) {
    await materialiseExtracts(db);
    for (const setting of LOCK_SETTINGS) await db.query(setting);
  }
  assertLocked(before.locked ? before : await readState(db));
}

/** Reads what LOCK_SETTINGS set, as one row. */
export const LOCK_STATE_SQL = `SELECT current_setting('lock_configuration') AS locked,
       current_setting('enable_external_access') AS external,
       current_setting('autoinstall_known_extensions') AS autoinstall,
       current_setting('autoload_known_extensions') AS autoload`;

/** Throws unless the row from LOCK_STATE_SQL says every door is shut. */
export function assertLocked(state: LockState | undefined): void {
  if (!state || state.external || state.autoinstall || state.autoload || !state.locked) {
    throw new Error(`the engine could not be locked down: ${JSON.stringify(state)}`);
  }
}

async function readState(db: Db): Promise<LockState> {
  const [state] = await db.query<LockState>(LOCK_STATE_SQL);
  if (!state) throw new Error('the engine did not report its settings');
  return state;
}

async function materialiseExtracts(db: Db): Promise<void> {
  const views = await db.query<{ view_name: string }>(
    `SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'`,
  );
  for (const { name } of EXTRACTS) {
    if (!views.some((v) => v.view_name === name)) continue;
    // Names come from schema.ts. One transaction, so no query ever sees the name missing.
    const copy = `${name}__materialised`;
    try {
      await db.query(
        `BEGIN TRANSACTION;
         CREATE TABLE ${copy} AS SELECT * FROM ${name};
         DROP VIEW ${name};
         ALTER TABLE ${copy} RENAME TO ${name};
         COMMIT`,
      );
    } catch (e) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
}
