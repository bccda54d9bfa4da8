/**
 * What the rest of the app may ask of the database. The browser implementation lives in
 * client.ts (the only importer of DuckDB-WASM); tests run the same queries on DuckDB-WASM's
 * Node build through the same interface.
 */
export type SqlParam = string | number | boolean | null;

/** A result column: its name and a DuckDB-style type name (BIGINT, VARCHAR[], …). */
export interface ResultColumn {
  name: string;
  type: string;
}

/** A result read batch by batch, so a huge result never has to be held at once. */
export interface RowStream {
  readonly columns: ResultColumn[];
  /** The next batch of rows (arrays of plain values in column order), or null at the end. */
  next(): Promise<unknown[][] | null>;
  /** Stops reading and undoes anything the statement wrote; safe to call more than once. */
  close(): Promise<void>;
}

export interface StreamOptions {
  /** Aborting cancels the statement between two of the engine's work slices. */
  signal?: AbortSignal;
}

export interface Db {
  /** Runs one statement with `?` placeholders bound to `params`; never paste values into SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** Makes a file's bytes readable to SQL under `name`, e.g. read_parquet('observations.parquet'). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** The bytes of a file SQL wrote (COPY … TO 'name'), for downloads. */
  readFile(name: string): Promise<Uint8Array>;
  /** Forgets a file written or registered earlier. */
  dropFile(name: string): Promise<void>;
  /**
   * Starts one statement on a connection of its own, inside a transaction that close() rolls
   * back, and streams the result. For the explorer: cancellable, and it cannot change data.
   */
  stream(sql: string, options?: StreamOptions): Promise<RowStream>;
  /**
   * Runs one SELECT (with `?` params) and returns the result as ZSTD Parquet bytes. Works before
   * and after lockDown(), which switches COPY … TO off in the engine itself.
   */
  writeParquet(select: string, params?: SqlParam[]): Promise<Uint8Array>;
  /**
   * Ends the engine for good, even in the middle of a statement it cannot be cancelled in (the
   * browser's worker is terminated). Absent where nothing can be stopped that way.
   */
  terminate?(): Promise<void>;
}
