/**
 * The data every view starts from: the catalogue compiled at build time (pledges, documents,
 * kommuner, measured series), with each pledge's outcome evaluated for today. No query engine is
 * started here; see db/engine.ts for the views that need live SQL.
 */
import {
  CatalogueError,
  parseCatalogue,
  parseComparison,
  type Catalogue,
  type CatalogueKommune,
  type ComparisonData,
} from '../domain/catalogue.ts';
import { evaluateOutcome, type OutcomeEvaluation } from '../domain/evaluate-outcome.ts';
import type { Pledge, SourceDocument } from '../domain/pledge.ts';
import type { Series } from '../domain/series.ts';
import { fetchJson, FetchJsonError } from './fetch-json.ts';

export interface PledgeOutcome {
  series: Series | null;
  evaluation: OutcomeEvaluation;
}

export interface AppData {
  baseUrl: string;
  catalogue: Catalogue;
  pledges: Pledge[];
  documents: Map<string, SourceDocument>;
  kommuner: Map<string, CatalogueKommune>;
  /** The outcome verdict of every pledge, computed once from its measured series. */
  outcomes: Map<string, PledgeOutcome>;
  today: string;
}

export async function loadAppData(
  baseUrl: string,
  options: { fetch?: typeof fetch; today?: string } = {},
): Promise<AppData> {
  const json = await fetchJson(baseUrl + 'catalogue.json', options);
  let catalogue: Catalogue;
  try {
    catalogue = parseCatalogue(json);
  } catch (e) {
    if (e instanceof CatalogueError)
      throw new FetchJsonError('catalogue.json', { kind: 'unreadable', detail: e.message });
    throw e;
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const outcomes = new Map<string, PledgeOutcome>();
  for (const pledge of catalogue.pledges) {
    const series = catalogue.series[pledge.id] ?? null;
    outcomes.set(pledge.id, { series, evaluation: evaluateOutcome(pledge, series, today) });
  }
  return {
    baseUrl,
    catalogue,
    pledges: catalogue.pledges,
    documents: new Map(catalogue.documents.map((d) => [d.id, d])),
    kommuner: new Map(catalogue.kommuner.map((k) => [k.kode, k])),
    outcomes,
    today,
  };
}

/** The comparison file for a metric; throws FetchJsonError with a readable reason. */
export async function loadComparison(
  data: AppData,
  metricId: string,
  options: { fetch?: typeof fetch } = {},
): Promise<ComparisonData | null> {
  if (!data.catalogue.comparisons.includes(metricId)) return null;
  const file = `comparisons/${encodeURIComponent(metricId)}.json`;
  const json = await fetchJson(data.baseUrl + file, options);
  try {
    return parseComparison(json, metricId);
  } catch (e) {
    if (e instanceof CatalogueError)
      throw new FetchJsonError(file, { kind: 'unreadable', detail: e.message });
    throw e;
  }
}
