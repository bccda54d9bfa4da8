/**
 * The query engine for the views that need live SQL (downloads as Parquet, the explorer).
 * Started on first use only, so the pages that draw from the catalogue never download it.
 */
import type { Db } from '../db/db.ts';
import type { ExtractProblem } from '../db/load.ts';
import type { TableName } from '../db/schema.ts';

export interface Engine {
  db: Db;
  tables: Set<TableName>;
  problems: ExtractProblem[];
}

let engine: Promise<Engine> | null = null;

export function getEngine(baseUrl: string): Promise<Engine> {
  engine ??= (async () => {
    const [{ getDb }, { loadExtracts }] = await Promise.all([
      import('../db/client.ts'),
      import('../db/load.ts'),
    ]);
    const db = await getDb();
    const { tables, problems } = await loadExtracts(db, { baseUrl });
    return { db, tables, problems };
  })().catch((e: unknown) => {
    engine = null; // a later attempt may succeed (e.g. after a network hiccup)
    throw e;
  });
  return engine;
}
