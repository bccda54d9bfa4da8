/**
 * Compiles catalogue.json and comparisons/<metric>.json, so the pages can draw before the engine
 * starts. Pledges and documents come straight from the validated YAML (pledge-from-input.ts).
 * Kommuner and series are read from the freshly built extracts with the browser's own loader and
 * engine (DuckDB-WASM's Node build), which is also the build's check that the extracts load.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { join, resolve } from 'node:path';
import { loadExtracts } from '../../src/db/load.ts';
import { getMetricObservations } from './comparison-queries.ts';
import { listKommuner } from './kommuner-queries.ts';
import { getSeries } from './series-queries.ts';
import {
  CATALOGUE_VERSION,
  type Catalogue,
  type ComparisonData,
} from '../../src/domain/catalogue.ts';
import type { Series } from '../../src/domain/series.ts';
import { populationNeeded } from '../../src/domain/comparison-population.ts';
import { MAP_HEIGHT, MAP_WIDTH, projectKommuner } from '../map/project-kommuner.ts';
import { buildLiveSpec, type ExportSpellings } from '../../src/live/live-spec.ts';
import { parseImportsConfig } from '../import/load-imports-config.ts';
import { loadTablesConfig } from '../statbank/load-tables-config.ts';
import { fetchFromDir } from '../lib/file-fetch.ts';
import type { DocumentInput, PledgeInput } from '../lib/read-pledges.ts';
import { createNodeDb } from '../lib/wasm-node-db.ts';
import { catalogueDocuments, cataloguePledges } from './pledge-from-input.ts';

/**
 * Population on the first day of a quarter (FOLK1A) and of a month (FOLK1AM): the comparison
 * takes a period's population from either, on its first day (src/domain/comparison-population.ts).
 */
const POPULATION_METRICS = ['dst_folk1a_population', 'dst_folk1am_population'];

/** The validated catalogue entries (read-pledges.ts), the same the extracts were built from. */
export interface CatalogueSources {
  pledges: readonly PledgeInput[];
  documents: readonly DocumentInput[];
}

/** Writes the files into `dir` (which holds the extracts and manifest.json); returns their names. */
export async function buildCatalogue(
  dir: string,
  inputsSha256: string,
  sources: CatalogueSources,
): Promise<string[]> {
  const db = await createNodeDb();
  try {
    const { problems } = await loadExtracts(db, { baseUrl: '/', fetch: fetchFromDir(dir) });
    if (problems.length > 0) {
      throw new Error(
        `the new extracts do not load: ${problems.map((p) => `${p.file}: ${p.detail}`).join('; ')}`,
      );
    }
    const pledges = cataloguePledges(sources.pledges);
    const series: Record<string, Series> = {};
    const metrics = new Set<string>();
    for (const pledge of pledges) {
      if (!pledge.measure) continue;
      const s = await getSeries(db, pledge.measure.metric, pledge.measure.kode);
      if (s) series[pledge.id] = s;
      metrics.add(pledge.measure.metric);
    }
    const written: string[] = [];
    mkdirSync(join(dir, 'comparisons'), { recursive: true });
    const [folk1a, folk1am] = await Promise.all(
      POPULATION_METRICS.map((id) => getMetricObservations(db, id)),
    );
    for (const metricId of [...metrics].sort()) {
      const metric = Object.values(series).find((s) => s.metric.id === metricId)?.metric;
      if (!metric) continue;
      const observations = await getMetricObservations(db, metricId);
      const data: ComparisonData = {
        version: CATALOGUE_VERSION,
        metric,
        observations,
        // The domain decides whether a per-1,000 rate makes sense for this metric. FOLK1A goes
        // in full, first: the comparison's live check compares it with DST's FOLK1A. Of FOLK1AM's
        // months only those that are the first day of one of the metric's periods can serve.
        population: [...(folk1a ?? []), ...populationNeeded(folk1am ?? [], observations)],
      };
      const file = `comparisons/${metricId}.json`;
      writeFileSync(join(dir, file), JSON.stringify(data));
      written.push(file);
    }
    const catalogue: Catalogue = {
      version: CATALOGUE_VERSION,
      builtAt: new Date().toISOString(),
      inputsSha256,
      pledges,
      documents: catalogueDocuments(sources.documents),
      kommuner: await listKommuner(db),
      series,
      comparisons: written.map((f) => f.replace(/^comparisons\/|\.json$/g, '')),
    };
    // What the reader's live check asks DST for (issue 14): the pledges' StatBank metrics and
    // the population behind the per-1,000 figures, as tables.yaml requests them.
    const root = resolve(import.meta.dirname, '../..');
    const tables = await loadTablesConfig(join(root, 'data/statbank/tables.yaml'));
    const importsFile = join(root, 'data/statbank/imports.yaml');
    const exportSpellings: ExportSpellings[] = parseImportsConfig(
      readFileSync(importsFile, 'utf8'),
      importsFile,
    ).flatMap((e) => (e.format === 'statbank-csv' ? [{ table: e.table, fixed: e.fixed }] : []));
    const liveSpec = buildLiveSpec(tables.tables, exportSpellings, catalogue.kommuner, [
      ...metrics,
      ...POPULATION_METRICS,
    ]);
    writeFileSync(join(dir, 'statbank-live.json'), JSON.stringify(liveSpec));
    // Which missing series the page can say how to get (issue 15): by data:fetch, or live.
    catalogue.fetchable = [...metrics].filter((id) =>
      tables.tables.some((t) => t.metrics.some((m) => m.id === id)),
    );
    catalogue.liveCheckable = [...metrics].filter((id) => liveSpec.metrics[id] !== undefined);
    writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
    // The map is projected here, once, so the browser colours ready-made paths instead of
    // downloading the boundaries and a projection library.
    const topology = JSON.parse(readFileSync(join(dir, 'kommuner.topojson'), 'utf8')) as Topology;
    const map = projectKommuner(topology, { width: MAP_WIDTH, height: MAP_HEIGHT });
    writeFileSync(join(dir, 'kommuner-map.json'), JSON.stringify(map));
    return ['catalogue.json', 'kommuner-map.json', 'statbank-live.json', ...written];
  } finally {
    db.close();
  }
}
