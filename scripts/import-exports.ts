/**
 * npm run data:import — reads the published exports listed in data/statbank/imports.yaml from
 * ../shared/data (outside the project) and writes their figures to data/sources/statbank/ in the
 * format data:fetch writes from the API (see docs/statbank.md); and the research file described
 * in data/statbank/research-imports.yaml, one figure per row with its own source and quote.
 *
 *   tsx scripts/import-exports.ts [--shared DIR] [--out DIR] [--config FILE] [--research FILE]
 *     [--no-research] [--curated FILE] [--replace-fetched]
 *
 * Every export is read and checked before anything is written, so a failing import changes
 * nothing. Exit code 0 on success, 1 when an export fails (one line naming file and line), 2 for
 * a usage error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readMetrics } from './lib/read-metrics.ts';
import { importExports } from './import/import-exports.ts';
import { parseImportsConfig } from './import/load-imports-config.ts';
import { readExportFile } from './import/read-export-file.ts';
import { importResearch } from './import/import-research.ts';
import { parseResearchConfig } from './import/load-research-config.ts';
import { readKommuner } from './lib/read-kommuner.ts';
import { readSourceQuality } from './lib/read-observations.ts';
import { errorLine, StatbankFormatError } from '../src/statbank/statbank-error.ts';
import { removeLeftoverTempFiles, writeFileAtomic } from './statbank/write-file-atomic.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const USAGE =
  'Brug: tsx scripts/import-exports.ts [--shared DIR] [--out DIR] [--config FILE] ' +
  '[--research FILE | --no-research] [--curated FILE] [--replace-fetched]';

function main(): Promise<number> | number {
  let args;
  try {
    args = parseArgs({
      options: {
        shared: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        metrics: { type: 'string' },
        research: { type: 'string' },
        curated: { type: 'string' },
        'no-research': { type: 'boolean' },
        'replace-fetched': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    console.error(`${errorLine(e)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const shared = resolve(args.shared ?? join(ROOT, '../shared/data'));
  const outDir = resolve(args.out ?? join(ROOT, 'data/sources/statbank'));
  const configFile = resolve(args.config ?? join(ROOT, 'data/statbank/imports.yaml'));
  const metricsDir = resolve(args.metrics ?? join(ROOT, 'data/metrics'));
  const curated = resolve(args.curated ?? join(ROOT, 'data/sources/curated-observations.csv'));
  const research = {
    skip: args['no-research'] === true,
    config: resolve(args.research ?? join(ROOT, 'data/statbank/research-imports.yaml')),
    curated,
    sources: join(dirname(curated), 'curated-sources.yaml'),
    kommuner: join(ROOT, 'data/sources/kommuner.csv'),
  };
  return run(shared, outDir, configFile, metricsDir, research, args['replace-fetched'] === true);
}

interface ResearchPaths {
  /** --no-research: only the exports of imports.yaml (for tests of those). */
  skip: boolean;
  config: string;
  curated: string;
  /** The quality of each curated source (curated-sources.yaml). */
  sources: string;
  kommuner: string;
}

async function run(
  shared: string,
  outDir: string,
  configFile: string,
  metricsDir: string,
  researchPaths: ResearchPaths,
  replaceFetched: boolean,
): Promise<number> {
  let files;
  let summary;
  let research: ReturnType<typeof importResearch> | null = null;
  try {
    const entries = parseImportsConfig(
      readFileSync(configFile, 'utf8'),
      relative(ROOT, configFile),
    );
    if (!existsSync(shared)) {
      throw new StatbankFormatError(`mappen med eksporterne findes ikke: ${shared} (--shared)`);
    }
    const metricFiles = readdirSync(metricsDir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()
      .map((n) => ({ file: join(metricsDir, n), text: readFileSync(join(metricsDir, n), 'utf8') }));
    const units = new Map(readMetrics(metricFiles).map((m) => [m.id, m.unit]));
    ({ files, summary } = importExports(entries, (entry) => readExportFile(shared, entry), units));
    if (!researchPaths.skip) {
      research = readResearch(shared, researchPaths, units);
      if (files.some((f) => f.name === research?.name)) {
        throw new StatbankFormatError(`${research.name} skrives både af imports.yaml og research`);
      }
      files.push(research);
    }
    for (const file of files) {
      const path = join(outDir, file.name);
      if (!replaceFetched && existsSync(path) && readFileSync(path, 'utf8').includes('/v1/data/')) {
        throw new StatbankFormatError(
          `${relative(process.cwd(), path)} er hentet fra StatBank's API og er nyere end eksporterne; ` +
            'brug --replace-fetched for at erstatte den alligevel',
        );
      }
    }
  } catch (e) {
    console.error(`${errorLine(e)} — ingen data ændret.`);
    return 1;
  }
  try {
    for (const file of files) await writeFileAtomic(join(outDir, file.name), file.csv);
  } finally {
    await removeLeftoverTempFiles(outDir);
  }
  for (const s of summary) {
    const skipped = [...s.skipped.values()].reduce((a, b) => a + b, 0);
    const notes = [
      s.duplicates > 0 ? `${s.duplicates} allerede givet af en anden eksport, med samme værdi` : '',
      skipped > 0 ? `${skipped} rækker for regioner, udland o.l. sprunget over` : '',
    ].filter((n) => n !== '');
    console.log(
      `✓ ${s.file}: ${s.rows} observationer af ${s.metric}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    );
  }
  if (research) printResearch(research);
  for (const file of files) {
    console.log(`  → ${relative(process.cwd(), join(outDir, file.name))}: ${file.rows} rækker`);
  }
  return 0;
}

function readResearch(
  shared: string,
  paths: ResearchPaths,
  units: ReadonlyMap<string, string>,
): ReturnType<typeof importResearch> {
  const rel = (p: string) => relative(process.cwd(), p);
  const config = parseResearchConfig(readFileSync(paths.config, 'utf8'), rel(paths.config));
  const kodes = new Set(
    readKommuner(readFileSync(paths.kommuner, 'utf8'), rel(paths.kommuner)).map((k) => k.kode),
  );
  return importResearch(
    readExportFile(shared, config),
    config.file,
    config,
    {
      text: readFileSync(paths.curated, 'utf8'),
      file: rel(paths.curated),
      quality: readSourceQuality(readFileSync(paths.sources, 'utf8'), rel(paths.sources)),
    },
    { kodes, metricUnits: units },
  );
}

function printResearch(research: ReturnType<typeof importResearch>): void {
  for (const s of research.summary) {
    const notes = [
      s.inCurated > 0 ? `${s.inCurated} står allerede i curated-observations.csv` : '',
      s.repeated > 0 ? `${s.repeated} gentaget i filen` : '',
    ].filter((n) => n !== '');
    console.log(`✓ ${s.metric}: ${s.written} tal${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  console.log(`  ${research.leftOut.length} rækker udeladt (grundene står i konfigurationen)`);
}

process.exitCode = await main();
