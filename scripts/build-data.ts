/**
 * npm run data: compiles the checked-in sources under data/ into the Parquet extracts the app
 * loads (public/data/*.parquet + manifest.json). With --if-stale it does nothing when the inputs
 * have not changed since the last build. Any invalid source row fails the build with file, line
 * and reason, and leaves the previous extracts in place.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
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
import { readPledges, type PledgeInput } from './lib/read-pledges.ts';
import { readYamlSource } from './lib/yaml-source.ts';
import { SourceError, SourceErrors } from './lib/source-error.ts';
import { writeParquet } from './lib/write-parquet.ts';
import { buildCatalogue } from './lib/build-catalogue.ts';

interface Options {
  dataDir: string;
  outDir: string;
  ifStale: boolean;
  today: string;
}

export async function buildData(options: Options): Promise<{ built: boolean; manifest: Manifest }> {
  const { dataDir, outDir } = options;
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
    metrics: metrics.map(({ file: _file, table, ...m }) => ({ ...m, table_id: table ?? null })),
    observations: observations.map((o) => ({ ...o })),
    documents: documents.map((d) => ({ ...d, url: d.url ?? null })),
    pledges: pledges.map(flattenPledge),
  };

  // Build into a fresh directory and swap it in only when everything succeeded.
  const stagingDir = `${outDir}.staging-${process.pid}`;
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const files: Manifest['files'] = [];
  try {
    for (const spec of EXTRACTS) {
      const out = join(stagingDir, spec.file);
      await writeParquet(
        connection,
        spec,
        rowsByTable[spec.name],
        out,
        join(stagingDir, `${spec.name}.ndjson`),
      );
      files.push({
        table: spec.name,
        file: spec.file,
        rows: rowsByTable[spec.name].length,
        ...fileFacts(out),
      });
    }
    copyFileSync(join(dataDir, 'sources/kommuner.topojson'), join(stagingDir, 'kommuner.topojson'));
    files.push({
      table: 'boundaries',
      file: 'kommuner.topojson',
      rows: null,
      ...fileFacts(join(stagingDir, 'kommuner.topojson')),
    });
  } catch (e) {
    rmSync(stagingDir, { recursive: true, force: true });
    throw e;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }

  const retrievalsPath = join(statbankDir, 'retrievals.json');
  const manifest: Manifest = {
    schema_version: SCHEMA_VERSION,
    built_at: new Date().toISOString(),
    inputs_sha256: inputsSha,
    files,
    sources,
    statbank: existsSync(retrievalsPath) ? JSON.parse(readFileSync(retrievalsPath, 'utf8')) : {},
  };
  writeFileSync(join(stagingDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  try {
    // Loading the new extracts with the app's own loader is also the build's last check.
    await buildCatalogue(stagingDir, inputsSha, pledges);
  } catch (e) {
    rmSync(stagingDir, { recursive: true, force: true });
    throw e;
  }
  const oldDir = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, oldDir);
  renameSync(stagingDir, outDir);
  rmSync(oldDir, { recursive: true, force: true });
  return { built: true, manifest };
}

const sourcesSchema = z.array(
  z.strictObject({
    file: z.string(),
    title: z.string(),
    origin: z.string(),
    received: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    licence: z.string(),
  }),
);

function flattenPledge(p: PledgeInput): Record<string, unknown> {
  const m = p.measure;
  return {
    id: p.id,
    document_id: p.document_id,
    quote: p.quote,
    summary_en: p.summary_en,
    actor_type: p.actor.type,
    actor_name: p.actor.name,
    actor_person: p.actor.person ?? null,
    date: p.date,
    kode: p.kode,
    theme: p.theme,
    kind: p.kind,
    lever: p.lever,
    amount_dkk: p.amount_dkk ?? null,
    measure_metric: m?.metric ?? null,
    measure_kode: m?.kode ?? null,
    measure_comparator: m?.comparator ?? null,
    measure_target: m?.target ?? null,
    measure_unit: m?.unit ?? null,
    measure_deadline: m?.deadline ?? null,
    measure_baseline_period: m?.baseline?.period ?? null,
    measure_baseline_value: m?.baseline?.value ?? null,
    measure_note: m?.note ?? null,
    measure_target_from: m?.target_from ?? null,
    measure_annotations_json: m?.annotations
      ? JSON.stringify(
          m.annotations.map((a) => ({
            date: a.date,
            labelDa: a.label_da,
            labelEn: a.label_en,
            sourceTitle: a.source_title,
            ...(a.source_url ? { sourceUrl: a.source_url } : {}),
          })),
        )
      : null,
    action_status: p.action.status,
    action_reason: p.action.reason ?? null,
    action_evidence_json: JSON.stringify(p.action.evidence),
    right_of_reply_json: p.action.right_of_reply ? JSON.stringify(p.action.right_of_reply) : null,
  };
}

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
  const root = resolve(import.meta.dirname, '..');
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
