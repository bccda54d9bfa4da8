/**
 * What the rest of the app may ask of the database. The browser implementation lives in
 * client.ts (the only importer of DuckDB-WASM); tests run the same queries on DuckDB-WASM's
 * Node build through the same interface.
 */
export type SqlParam = string | number | boolean | null;

export interface Db {
  /** Runs one statement with `?` placeholders bound to `params`; never paste values into SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** Makes a file's bytes readable to SQL under `name`, e.g. read_parquet('observations.parquet'). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** The bytes of a file SQL wrote (COPY … TO 'name'), for downloads. */
  readFile(name: string): Promise<Uint8Array>;
  /** Forgets a file written or registered earlier. */
  dropFile(name: string): Promise<void>;
}
