/**
 * Times the explorer's typical queries on a SYNTHETIC extract set, the way the explorer runs a
 * reader's SQL: its own engine (startDb('explorer')), the extracts loaded (loadExtracts) and
 * turned into in-memory tables by lockDown, and each statement through runUserQuery (guard,
 * streamed batches, the page's row cap). Each query runs once cold and `runs` times more,
 * cycling through kommuner and metrics so no two consecutive runs ask the same question.
 */
import { startDb } from '../../../src/db/client.ts';
import { runUserQuery } from '../../../src/db/explorer-query.ts';
import { loadExtracts } from '../../../src/db/load.ts';
import { lockDown } from '../../../src/db/lock-down.ts';
import { FIRST_DAY, syntheticKode, syntheticLayout, syntheticMetric } from '../synthetic-layout.ts';
import { BENCH_QUERIES, type BenchChoice, type BenchQueryName } from './bench-queries.ts';
import type { QueryTimings } from './bench-result.ts';

interface MemoryInfo {
  usedJSHeapSize: number;
}

/** ExplorerPage.svelte's MAX_ROWS: the rows a result keeps for the grid. */
const EXPLORER_MAX_ROWS = 100_000;

export async function runQueryPage(
  dataUrl: string,
  rows: number,
  runs: number,
): Promise<QueryTimings> {
  const layout = syntheticLayout(rows);
  // Every synthetic set has its first year in full or in part.
  const year = Number(FIRST_DAY.slice(0, 4));
  const db = await startDb('explorer');
  const t0 = performance.now();
  const loaded = await loadExtracts(db, { baseUrl: dataUrl, timeoutMs: 600_000 });
  if (!loaded.tables.has('observations')) {
    const why = loaded.problems.find((p) => p.file === 'observations.parquet');
    throw new Error(`observations did not load: ${why?.detail ?? 'unknown reason'}`);
  }
  await lockDown(db);
  const loadMs = performance.now() - t0;
  const choice = (i: number): BenchChoice => ({
    kode: syntheticKode(i % layout.kommuner),
    metric: syntheticMetric(i % layout.metrics),
    year,
  });
  const time = async (name: BenchQueryName, i: number) => {
    const t = performance.now();
    const result = await runUserQuery(db, BENCH_QUERIES[name](choice(i)), {
      maxRows: EXPLORER_MAX_ROWS,
      timeoutMs: 600_000,
    });
    return { ms: performance.now() - t, rows: result.rowCount };
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
