/**
 * What the bench page reports to scripts/bench.ts through window.__bench. Times are
 * performance.now() values of the page (ms since its navigation started).
 */
import type { BenchQueryName } from './bench-queries.ts';

export interface NaiveMarks {
  start: number;
  /** startDb('app') resolved: wasm fetched, compiled, instantiated and the database opened. */
  engineReady: number;
  /** loadExtracts() resolved: manifest and all Parquet files fetched, checked and registered. */
  extractsLoaded: number;
  /** The first query result the page itself asks for (the pledge row). */
  firstQuery: number;
  seriesLoaded: number;
  evaluated: number;
  /** PledgeChart mounted. */
  drawn: number;
}

export interface QueryTimings {
  rows: number;
  /** loadExtracts() for the synthetic set, ms. */
  loadMs: number;
  /** The first run of each query (cold: Parquet metadata not yet read), ms. */
  first: Record<BenchQueryName, number>;
  /** The following runs, ms. */
  runs: Record<BenchQueryName, number[]>;
  resultRows: Record<BenchQueryName, number>;
  /** performance.memory.usedJSHeapSize of the page after loading, bytes (null if unsupported). */
  usedJSHeapSize: number | null;
}

export interface BenchGlobal {
  mode?: 'naive' | 'queries';
  naive?: NaiveMarks;
  queries?: QueryTimings;
  error?: string;
  done?: boolean;
}

declare global {
  interface Window {
    __bench?: BenchGlobal & Record<string, unknown>;
  }
}

/** The page's report object, created on first use (the first-chart probe may have made it). */
export function benchGlobal(): BenchGlobal {
  window.__bench ??= {};
  return window.__bench;
}
