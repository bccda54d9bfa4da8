/**
 * npm run data:fetch — refreshes data/sources/statbank/<TABLE>.csv from Danmarks Statistik's
 * StatBank API for the tables in data/statbank/tables.yaml (see docs/statbank.md).
 *
 *   tsx scripts/fetch-statbank.ts [--table ID ...] [--base-url URL] [--out DIR] [--config FILE]
 *                                 [--timeout-ms MS] [--retries N] [--deadline-ms MS] [--max-mb MB]
 *
 * STATBANK_BASE_URL overrides the API address (tests point it at a local server). Exit code 0 when
 * every table was refreshed, 1 when any failed (its previous file is left as it was), 2 for a
 * usage or configuration error. Each failure is one line on stderr.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createStatbankClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_BYTES,
} from './statbank/create-statbank-client.ts';
import { loadTablesConfig } from './statbank/load-tables-config.ts';
import { runStatbankFetch } from './statbank/run-statbank-fetch.ts';
import { errorLine, StatbankUnreachableError } from '../src/statbank/statbank-error.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

const USAGE =
  'Brug: tsx scripts/fetch-statbank.ts [--table ID ...] [--base-url URL] [--out DIR] ' +
  '[--config FILE] [--timeout-ms MS] [--retries N] [--deadline-ms MS] [--max-mb MB]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        table: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        'timeout-ms': { type: 'string' },
        retries: { type: 'string' },
        'deadline-ms': { type: 'string' },
        'max-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${errorLine(e)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const number = (name: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${name} skal være et helt tal ≥ 0, ikke "${text}"`);
    return value;
  };

  let timeoutMs: number;
  let retries: number;
  let deadlineMs: number;
  let maxMb: number;
  let config;
  try {
    timeoutMs = number('timeout-ms', args['timeout-ms'], 60_000);
    retries = number('retries', args.retries, 3);
    // Generous for the whole tables.yaml on a slow line, short enough that a stuck CI job ends.
    deadlineMs = number('deadline-ms', args['deadline-ms'], 15 * 60_000);
    maxMb = number('max-mb', args['max-mb'], DEFAULT_MAX_BYTES / 1e6);
    config = await loadTablesConfig(
      resolve(args.config ?? resolve(ROOT, 'data/statbank/tables.yaml')),
    );
  } catch (e) {
    console.error(errorLine(e));
    return 2;
  }
  const wanted = (args.table ?? []).map((t) => t.toUpperCase());
  const unknown = wanted.filter((id) => !config.tables.some((t) => t.id === id));
  if (unknown.length > 0) {
    console.error(
      `Ukendt tabel ${unknown.join(', ')}: den står ikke i tables.yaml (kendte: ${config.tables.map((t) => t.id).join(', ')})`,
    );
    return 2;
  }
  const tables =
    wanted.length === 0 ? config.tables : config.tables.filter((t) => wanted.includes(t.id));
  const outDir = resolve(args.out ?? resolve(ROOT, 'data/sources/statbank'));
  const baseUrl = args['base-url'] ?? process.env.STATBANK_BASE_URL ?? DEFAULT_BASE_URL;

  let client;
  try {
    client = createStatbankClient({
      baseUrl,
      timeoutMs,
      retries,
      backoffMs: 1_000,
      deadlineMs,
      maxBytes: maxMb * 1e6,
      // Retries after an outage or a 5xx are worth seeing; an unreachable host is reported once below.
      onRetry: (message, error) => {
        if (!(error instanceof StatbankUnreachableError)) console.error(`  ${message}`);
      },
    });
  } catch (e) {
    console.error(`Ugyldig --base-url/STATBANK_BASE_URL "${baseUrl}": ${errorLine(e)}`);
    return 2;
  }

  let report;
  try {
    report = await runStatbankFetch({ tables, client, outDir });
  } catch (e) {
    console.error(`${errorLine(e)} — ingen data ændret.`);
    return 1;
  }
  for (const ok of report.succeeded) {
    const dropped = [...ok.skipped.values()].reduce((a, b) => a + b, 0);
    const note = dropped > 0 ? ` (${dropped} rækker for regioner o.l. sprunget over)` : '';
    console.log(
      `✓ ${ok.tableId}: ${ok.rows} observationer → ${relative(process.cwd(), ok.path)}${note}`,
    );
    for (const warning of ok.warnings) console.error(`⚠ ${warning}`);
  }
  if (report.stopped !== null) {
    const tail =
      report.succeeded.length === 0 ? 'ingen data ændret.' : 'de øvrige tabeller er ikke hentet.';
    console.error(`${report.stopped} — ${tail}`);
    return 1;
  }
  for (const failure of report.failed) {
    console.error(`✗ ${failure.message} — tidligere fil uændret.`);
  }
  return report.failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
