/**
 * How each kind of engine delivers values, fixed once. The browser's client.ts and the Node
 * adapter the data build and the tests use (scripts/lib/wasm-node-db.ts) both open DuckDB-WASM
 * with these, so a query answers in a test exactly as it does on the page.
 */

/** The app's engine runs our own typed queries; the explorer's runs the reader's SQL. */
export type EngineKind = 'app' | 'explorer';

/** The part of DuckDB-WASM's `query` config that changes how values arrive. */
export interface QueryCasts {
  readonly castBigIntToDouble?: boolean;
  readonly castTimestampToDate?: boolean;
}

/** Values exactly as DuckDB holds them: BIGINT as bigint, TIMESTAMP as microseconds. */
export const EXACT_CASTS: QueryCasts = {};

export const QUERY_CASTS: Readonly<Record<EngineKind, QueryCasts>> = {
  // Numbers and dates arrive the way the app's typed queries expect.
  app: { castBigIntToDouble: true, castTimestampToDate: true },
  // With castBigIntToDouble DuckDB-WASM 1.28 garbles BIGINT inside lists and structs (1 arrives
  // as 5e-324), so user SQL gets exact types.
  explorer: EXACT_CASTS,
};

/** True when Arrow from an engine opened with `casts` no longer holds the exact values. */
export function castsAreLossy(casts: QueryCasts): boolean {
  return casts.castBigIntToDouble === true || casts.castTimestampToDate === true;
}
