/**
 * The catalogue: everything the overview and the pledge pages show, compiled at build time
 * (scripts/catalogue/build-catalogue.ts): pledges and documents from the validated YAML, kommuner
 * and series from the Parquet extracts by the same engine the browser runs. The app reads this
 * small JSON first, so a pledge page draws without starting the query engine; DuckDB-WASM is
 * loaded only for live queries.
 * Verdicts are not stored here: they depend on today's date and are computed by the domain.
 */
import type { Kode, Pledge, SourceDocument } from './pledge.ts';
import type { Metric, Observation, Series } from './series.ts';

/** Bump when the shape below changes; the app refuses a catalogue of another version. */
export const CATALOGUE_VERSION = 2;

export interface CatalogueKommune {
  kode: Kode;
  navn: string;
  region: string | null;
}

export interface Catalogue {
  version: number;
  builtAt: string;
  /** The data build's inputs hash, the same as manifest.json's, so the two can be matched. */
  inputsSha256: string;
  pledges: Pledge[];
  documents: SourceDocument[];
  kommuner: CatalogueKommune[];
  /** The measured series behind each measured pledge, by pledge id. */
  series: Record<string, Series>;
  /** Metrics with a comparison file (comparisons/<id>.json). */
  comparisons: string[];
  /** Metrics whose StatBank table `npm run data:fetch` fetches (data/statbank/tables.yaml). */
  fetchable?: string[];
  /** Metrics the reader's live check can ask Danmarks Statistik for (statbank-live.json). */
  liveCheckable?: string[];
}

/** One metric in every kommune that has it, for ranking and the map. */
export interface ComparisonData {
  version: number;
  metric: Metric;
  observations: Observation[];
  /** Population counts (FOLK1A) where the extract has them; empty until StatBank data is fetched. */
  population: Observation[];
}

export class CatalogueError extends Error {}

/**
 * Checks that parsed JSON is a catalogue this app can read. It guards against a truncated,
 * stale or foreign file, not against our own build, so it checks the outline, not every field.
 */
export function parseCatalogue(json: unknown): Catalogue {
  const c = json as Partial<Catalogue> | null;
  if (typeof c !== 'object' || c === null) throw new CatalogueError('is not a JSON object');
  if (c.version !== CATALOGUE_VERSION)
    throw new CatalogueError(
      `has version ${String(c.version)}, this app reads version ${CATALOGUE_VERSION}`,
    );
  for (const key of ['pledges', 'documents', 'kommuner', 'comparisons'] as const) {
    if (!Array.isArray(c[key])) throw new CatalogueError(`has no list of ${key}`);
  }
  if (typeof c.series !== 'object' || c.series === null) throw new CatalogueError('has no series');
  for (const p of c.pledges as unknown[]) {
    const pledge = p as Partial<Pledge> | null;
    if (typeof pledge?.id !== 'string' || typeof pledge.quote !== 'string')
      throw new CatalogueError('has a pledge without id or quote');
  }
  return c as Catalogue;
}

export function parseComparison(json: unknown, metricId: string): ComparisonData {
  const c = json as Partial<ComparisonData> | null;
  if (typeof c !== 'object' || c === null) throw new CatalogueError('is not a JSON object');
  if (c.version !== CATALOGUE_VERSION) throw new CatalogueError(`has version ${String(c.version)}`);
  if (c.metric?.id !== metricId) throw new CatalogueError(`is not about ${metricId}`);
  if (!Array.isArray(c.observations) || !Array.isArray(c.population))
    throw new CatalogueError('has no observations');
  return c as ComparisonData;
}
