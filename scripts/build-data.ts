/**
 * npm run data: compiles the checked-in sources under data/ into the Parquet extracts the app
 * loads (public/data/*.parquet + manifest.json). With --if-stale it does nothing when the inputs
 * have not changed since the last build. Any invalid source row fails the build with file, line
 * and reason, and leaves the previous extracts in place.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import { EXTRACTS, SCHEMA_VERSION, type Manifest, type TableName } from '../src/db/schema.ts';
import { readKommuner } from './lib/read-kommuner.ts';
import { readMetrics } from './lib/read-metrics.ts';
import {
  readCuratedObservations,
  readSourceQuality,
  readStatbankObservations,
} from './lib/read-observations.ts';
import { readPledges } from './lib/read-pledges.ts';
import { flattenPledge } from './lib/flatten-pledge.ts';
import { readRetrievals } from './lib/read-retrievals.ts';
import { readSourceLabelRules, sourceLabel, withSourceLabels } from './lib/source-label.ts';
import { boundedText, MAX_LENGTH } from './lib/source-text.ts';
import { removeLeftovers, stage } from './lib/stage-dir.ts';
import { readYamlSource } from './lib/yaml-source.ts';
import { SourceError, SourceErrors } from './lib/source-error.ts';
import { writeParquet } from './lib/write-parquet.ts';
import { buildCatalogue } from './catalogue/build-catalogue.ts';

interface Options {
  dataDir: string;
  outDir: string;
  ifStale: boolean;
  today: string;
  /**
   * Where the new extracts are built before they replace outDir: outside public/, on the same
   * file system (default: node_modules/.cache/loeftetjek-data).
   */
  scratchDir?: string;
}

const ROOT = resolve(import.meta.dirname, '..');

export async function buildData(options: Options): Promise<{ built: boolean; manifest: Manifest }> {
  const { dataDir, outDir } = options;
  const scratchDir = options.scratchDir ?? join(ROOT, 'node_modules/.cache/loeftetjek-data');
  removeLeftovers(outDir, scratchDir);
  const inputs = listInputs(dataDir);
  const inputsSha = hashInputs(inputs, dataDir);
  const manifestPath = join(outDir, 'manifest.json');
  if (options.ifStale && existsSync(manifestPath)) {
    const previous = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const intact = previous.files.every((f) => existsSync(join(outDir, f.file)));
    if (
      previous.inputs_sha256 === inputsSha &&
      previous.schema_version === SCHEMA_VERSION &&
      intact
    ) {
      return { built: false, manifest: previous };
    }
  }

  const read = (path: string) => ({
    file: relative(process.cwd(), path),
    text: readFileSync(path, 'utf8'),
  });
  const sourcesFile = read(join(dataDir, 'sources/sources.yaml'));
  const sources = readYamlSource(sourcesFile.text, sourcesFile.file, sourcesSchema).value;
  const received = (file: string) => {
    const entry = sources.find((s) => s.file === file);
    if (!entry) throw new SourceError(sourcesFile.file, null, `no entry for ${file}`);
    return entry.received;
  };

  const kommunerFile = read(join(dataDir, 'sources/kommuner.csv'));
  const kommuner = readKommuner(kommunerFile.text, kommunerFile.file);
  const metricFiles = yamlFiles(join(dataDir, 'metrics')).map(read);
  const metrics = readMetrics(metricFiles);
  const lookups = {
    metricIds: new Set(metrics.map((m) => m.id)),
    kommuneNames: new Map(kommuner.map((k) => [k.kode, k.navn])),
    metricUnits: new Map(metrics.map((m) => [m.id, m.unit])),
  };

  const qualityFile = read(join(dataDir, 'sources/curated-sources.yaml'));
  const curatedFile = read(join(dataDir, 'sources/curated-observations.csv'));
  const observations = readCuratedObservations(
    curatedFile.text,
    curatedFile.file,
    readSourceQuality(qualityFile.text, qualityFile.file),
    lookups,
    received('curated-observations.csv'),
  );
  const statbankDir = join(dataDir, 'sources/statbank');
  for (const name of listFiles(statbankDir, '.csv')) {
    const f = read(join(statbankDir, name));
    observations.push(...readStatbankObservations(f.text, f.file, lookups));
  }
  const labelsFile = read(join(dataDir, 'sources/source-labels.yaml'));
  const labelRules = readSourceLabelRules(labelsFile.text, labelsFile.file);
  const labelled = withSourceLabels(observations, labelRules, labelsFile.file);

  const seeds = new Map(
    listFiles(join(dataDir, 'seeds'), '.txt').map((name) => [
      name,
      readFileSync(join(dataDir, 'seeds', name), 'utf8'),
    ]),
  );
  const { documents, pledges } = readPledges(yamlFiles(join(dataDir, 'pledges')).map(read), {
    seeds,
    metricIds: lookups.metricIds,
    kommuneCodes: new Set(lookups.kommuneNames.keys()),
    today: options.today,
  });

  const rowsByTable: Record<TableName, Record<string, unknown>[]> = {
    kommuner: kommuner.map((k) => ({ ...k })),
    metrics: metrics.map(({ file: _file, table, discontinued, ...m }) => ({
      ...m,
      // The same rules as the figures' sources: "StatBank" is "Statistikbanken" in Danish.
      source: sourceLabel(m.source, labelRules, 'da'),
      source_en: sourceLabel(m.source, labelRules, 'en'),
      table_id: table ?? null,
      discontinued_json: discontinued ? JSON.stringify(discontinued) : null,
    })),
    observations: labelled.map((o) => ({ ...o })),
    documents: documents.map((d) => ({ ...d, url: d.url ?? null })),
    pledges: pledges.map(flattenPledge),
  };

  // Read before anything is written, so a damaged file stops the build with its name.
  const retrievalsPath = join(statbankDir, 'retrievals.json');
  const retrievals = existsSync(retrievalsPath)
    ? readRetrievals(readFileSync(retrievalsPath, 'utf8'), relative(process.cwd(), retrievalsPath))
    : {};

  const staging = stage(outDir, scratchDir);
  try {
    const files = await writeExtracts(staging.dir, rowsByTable);
    copyFileSync(
      join(dataDir, 'sources/kommuner.topojson'),
      join(staging.dir, 'kommuner.topojson'),
    );
    files.push({
      table: 'boundaries',
      file: 'kommuner.topojson',
      rows: null,
      ...fileFacts(join(staging.dir, 'kommuner.topojson')),
    });
    const manifest: Manifest = {
      schema_version: SCHEMA_VERSION,
      built_at: new Date().toISOString(),
      inputs_sha256: inputsSha,
      files,
      sources,
      statbank: retrievals,
    };
    writeFileSync(join(staging.dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // Loading the new extracts with the app's own loader is also the build's last check.
    await buildCatalogue(staging.dir, inputsSha, { pledges, documents });
    staging.commit();
    return { built: true, manifest };
  } finally {
    staging.discard();
  }
}

async function writeExtracts(
  dir: string,
  rowsByTable: Record<TableName, Record<string, unknown>[]>,
): Promise<Manifest['files']> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const files: Manifest['files'] = [];
  try {
    for (const spec of EXTRACTS) {
      const out = join(dir, spec.file);
      await writeParquet(
        connection,
        spec,
        rowsByTable[spec.name],
        out,
        join(dir, `${spec.name}.ndjson`),
      );
      files.push({
        table: spec.name,
        file: spec.file,
        rows: rowsByTable[spec.name].length,
        ...fileFacts(out),
      });
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return files;
}

const sourcesSchema = z.array(
  z.strictObject({
    file: boundedText(MAX_LENGTH.id),
    title: boundedText(MAX_LENGTH.title),
    origin: boundedText(MAX_LENGTH.note),
    received: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    licence: boundedText(MAX_LENGTH.title),
  }),
);

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort();
}

function yamlFiles(dir: string): string[] {
  return listFiles(dir, '.yaml').map((n) => join(dir, n));
}

/** Every file the build reads, plus the build's own code, so a change to either rebuilds. */
function listInputs(dataDir: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir).flatMap((n) => {
          const p = join(dir, n);
          return statSync(p).isDirectory() ? walk(p) : [p];
        })
      : [];
  const here = resolve(import.meta.dirname);
  return [
    ...walk(dataDir),
    ...walk(join(here, 'lib')),
    ...walk(join(here, 'catalogue')),
    ...walk(join(here, 'map')),
    join(here, 'build-data.ts'),
    ...walk(join(here, '../src/db')),
    ...walk(join(here, '../src/domain')),
  ]
    .filter((p) => !p.endsWith('.md'))
    .sort();
}

function hashInputs(paths: string[], base: string): string {
  const hash = createHash('sha256');
  for (const p of paths)
    hash.update(relative(base, p)).update('\0').update(readFileSync(p)).update('\0');
  return hash.digest('hex');
}

function fileFacts(path: string): { bytes: number; sha256: string } {
  const bytes = readFileSync(path);
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function main(): Promise<void> {
  const root = ROOT;
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const started = Date.now();
  try {
    const { built, manifest } = await buildData({
      dataDir: resolve(arg('--data') ?? join(root, 'data')),
      outDir: resolve(arg('--out') ?? join(root, 'public/data')),
      ifStale: args.includes('--if-stale'),
      today: new Date().toISOString().slice(0, 10),
    });
    if (!built) {
      console.log('Data extracts are up to date.');
      return;
    }
    for (const f of manifest.files) {
      console.log(
        `  ${f.file.padEnd(22)} ${String(f.rows ?? '').padStart(6)} rows ${String(f.bytes).padStart(8)} bytes`,
      );
    }
    console.log(`Built the data extracts in ${Date.now() - started} ms.`);
  } catch (e) {
    if (e instanceof SourceErrors || e instanceof SourceError) {
      console.error(
        `The data build stopped: fix these source problems (the previous extracts are unchanged).\n${e.message}`,
      );
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
