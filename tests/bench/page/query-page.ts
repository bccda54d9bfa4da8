/**
 * Times the explorer's typical queries on a SYNTHETIC extract set: load it the way the app loads
 * extracts (loadExtracts: fetch, sha256, register, view), then run each query once cold and
 * `runs` times more, cycling through kommuner so no two consecutive runs ask the same question.
 */
import { startDb } from '../../../src/db/client.ts';
import { loadExtracts } from '../../../src/db/load.ts';
import type { SqlParam } from '../../../src/db/db.ts';
import { FIRST_DAY, syntheticKode, syntheticLayout, syntheticMetric } from '../synthetic-layout.ts';
import { BENCH_QUERIES, type BenchQueryName } from './bench-queries.ts';
import type { QueryTimings } from './bench-result.ts';

interface MemoryInfo {
  usedJSHeapSize: number;
}

export async function runQueryPage(
  dataUrl: string,
  rows: number,
  runs: number,
): Promise<QueryTimings> {
  const layout = syntheticLayout(rows);
  // Every synthetic set has its first year in full or in part.
  const year = Number(FIRST_DAY.slice(0, 4));
  const db = await startDb('app');
  const t0 = performance.now();
  const loaded = await loadExtracts(db, { baseUrl: dataUrl, timeoutMs: 600_000 });
  const loadMs = performance.now() - t0;
  if (!loaded.tables.has('observations')) {
    const why = loaded.problems.find((p) => p.file === 'observations.parquet');
    throw new Error(`observations did not load: ${why?.detail ?? 'unknown reason'}`);
  }
  const params = (name: BenchQueryName, i: number): SqlParam[] => {
    const metric = syntheticMetric(i % layout.metrics);
    return name === 'byYear' ? [syntheticKode(i % layout.kommuner), metric] : [metric, year];
  };
  const time = async (name: BenchQueryName, i: number) => {
    const t = performance.now();
    const result = await db.query(BENCH_QUERIES[name], params(name, i));
    return { ms: performance.now() - t, rows: result.length };
  };
  const names = Object.keys(BENCH_QUERIES) as BenchQueryName[];
  const first = {} as Record<BenchQueryName, number>;
  const resultRows = {} as Record<BenchQueryName, number>;
  const timings = {} as Record<BenchQueryName, number[]>;
  for (const name of names) {
    const cold = await time(name, 0);
    first[name] = cold.ms;
    resultRows[name] = cold.rows;
    timings[name] = [];
    for (let i = 1; i <= runs; i++) timings[name].push((await time(name, i)).ms);
  }
  const heap = (performance as Performance & { memory?: MemoryInfo }).memory;
  return {
    rows,
    loadMs,
    first,
    runs: timings,
    resultRows,
    usedJSHeapSize: heap?.usedJSHeapSize ?? null,
  };
}
