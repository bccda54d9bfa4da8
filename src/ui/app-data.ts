/**
 * Starts the data layer for the app: the engine, the extracts, and the small tables every view
 * needs. Problems with single extracts are collected, not thrown, so the views that can still
 * work do.
 */
import type { Db } from '../db/db.ts';
import { loadExtracts, type ExtractProblem } from '../db/load.ts';
import type { Manifest, TableName } from '../db/schema.ts';
import { listDocuments, listPledges } from '../db/queries/pledges.ts';
import { listKommuner, type Kommune } from '../db/queries/kommuner.ts';
import type { Pledge, SourceDocument } from '../domain/pledge.ts';
import type { Series } from '../domain/series.ts';
import { getSeries } from '../db/queries/series.ts';
import { evaluateOutcome, type OutcomeEvaluation } from '../domain/evaluate-outcome.ts';

export interface PledgeOutcome {
  series: Series | null;
  evaluation: OutcomeEvaluation;
}

export interface AppData {
  db: Db;
  manifest: Manifest | null;
  tables: Set<TableName>;
  problems: ExtractProblem[];
  pledges: Pledge[];
  documents: Map<string, SourceDocument>;
  kommuner: Map<string, Kommune>;
  /** The outcome verdict of every pledge, computed once from its measured series. */
  outcomes: Map<string, PledgeOutcome>;
}

export async function loadAppData(baseUrl: string): Promise<AppData> {
  // The engine and Arrow are loaded on demand, so the page's first JavaScript stays small.
  const { getDb } = await import('../db/client.ts');
  const db = await getDb();
  const { manifest, tables, problems } = await loadExtracts(db, { baseUrl });
  const pledges = tables.has('pledges') ? await listPledges(db) : [];
  const documents = tables.has('documents') ? await listDocuments(db) : [];
  const kommuner = tables.has('kommuner') ? await listKommuner(db) : [];
  const today = new Date().toISOString().slice(0, 10);
  const canQuery = tables.has('observations') && tables.has('metrics');
  const outcomes = new Map<string, PledgeOutcome>();
  for (const pledge of pledges) {
    const m = pledge.measure;
    const series = m && canQuery ? await getSeries(db, m.metric, m.kode) : null;
    outcomes.set(pledge.id, { series, evaluation: evaluateOutcome(pledge, series, today) });
  }
  return {
    db,
    outcomes,
    manifest,
    tables,
    problems,
    pledges,
    documents: new Map(documents.map((d) => [d.id, d])),
    kommuner: new Map(kommuner.map((k) => [k.kode, k])),
  };
}
