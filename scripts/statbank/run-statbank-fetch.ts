/**
 * Fetches every chosen table and writes data/sources/statbank/<TABLE>.csv plus retrievals.json.
 * Tables are independent: one that fails keeps its previous CSV and its previous retrievals entry,
 * and the others still update. The exceptions are an unreachable API (offline, DNS) and the
 * run's overall deadline: then every table would fail alike, so the run stops and reports it once.
 * Temporary files of an earlier run that was killed mid-write are removed before and after.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableConfig } from './load-tables-config.ts';
import type { StatbankClient } from './create-statbank-client.ts';
import { fetchStatbankTable } from './fetch-statbank-table.ts';
import { removeLeftoverTempFiles, writeFileAtomic } from './write-file-atomic.ts';
import {
  errorLine,
  StatbankDeadlineError,
  StatbankFormatError,
  StatbankUnreachableError,
} from '../../src/statbank/statbank-error.ts';

export interface Retrieval {
  retrieved_at: string;
  table_updated: string | null;
  rows: number;
  sha256: string;
}

export interface RunOptions {
  tables: TableConfig[];
  client: StatbankClient;
  outDir: string;
  now?: () => Date;
  /** Progress lines, e.g. console.log. */
  log?: (line: string) => void;
}

export interface RunReport {
  succeeded: {
    tableId: string;
    rows: number;
    path: string;
    skipped: Map<string, number>;
    warnings: string[];
  }[];
  failed: { tableId: string; message: string }[];
  /** Why the run stopped early (API unreachable, deadline passed); the remaining tables were not tried. */
  stopped: string | null;
}

const RETRIEVALS_FILE = 'retrievals.json';

export async function runStatbankFetch(options: RunOptions): Promise<RunReport> {
  const { outDir } = options;
  const retrievalsPath = join(outDir, RETRIEVALS_FILE);
  // Read first: if the file is damaged, stop before anything is written.
  const retrievals = await readRetrievals(retrievalsPath);
  const report: RunReport = { succeeded: [], failed: [], stopped: null };
  await removeLeftoverTempFiles(outDir);
  try {
    await fetchAll(options, retrievals, report);
    if (report.succeeded.length > 0) {
      const sorted = Object.fromEntries(
        Object.entries(retrievals).sort(([a], [b]) => a.localeCompare(b)),
      );
      await writeFileAtomic(retrievalsPath, JSON.stringify(sorted, null, 2) + '\n');
    }
  } finally {
    await removeLeftoverTempFiles(outDir);
  }
  return report;
}

async function fetchAll(
  options: RunOptions,
  retrievals: Record<string, Retrieval>,
  report: RunReport,
): Promise<void> {
  const { tables, client, outDir } = options;
  const log = options.log ?? (() => {});
  for (const table of tables) {
    try {
      log(`${table.id}: henter …`);
      const fetched = await fetchStatbankTable(table, client, options.now);
      const path = join(outDir, `${table.id}.csv`);
      await writeFileAtomic(path, fetched.csv);
      retrievals[table.id] = {
        retrieved_at: fetched.retrievedAt,
        table_updated: fetched.tableUpdated,
        rows: fetched.rows,
        sha256: fetched.sha256,
      };
      report.succeeded.push({
        tableId: table.id,
        rows: fetched.rows,
        path,
        skipped: fetched.skipped,
        warnings: fetched.warnings,
      });
    } catch (e) {
      if (e instanceof StatbankUnreachableError || e instanceof StatbankDeadlineError) {
        report.stopped = e.message;
        report.failed.push(
          ...tables
            .slice(tables.indexOf(table))
            .map((t) => ({ tableId: t.id, message: e.message })),
        );
        break;
      }
      report.failed.push({ tableId: table.id, message: errorLine(e) });
    }
  }
}

async function readRetrievals(path: string): Promise<Record<string, Retrieval>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  try {
    const json: unknown = JSON.parse(text);
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      throw new Error('ikke et objekt');
    return json as Record<string, Retrieval>;
  } catch (e) {
    throw new StatbankFormatError(
      `${path} kan ikke læses (${(e as Error).message}); ret eller slet filen`,
    );
  }
}
