/**
 * One table from tables.yaml to the text of its output CSV: ask /tableinfo, check the request
 * against it, ask /data, read and map the rows. Nothing is written here, so a failure at any step
 * cannot leave a half-made file behind; the caller writes the result atomically.
 */
import { createHash } from 'node:crypto';
import type { TableConfig } from './load-tables-config.ts';
import { statbankDataUrl, type StatbankClient } from './create-statbank-client.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import { readStatbankRows } from '../../src/statbank/read-statbank-rows.ts';
import { mapObservations } from '../../src/statbank/map-observations.ts';
import { formatObservationsCsv } from './format-observations-csv.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { checkBuildLimits } from './check-build-limits.ts';

export interface FetchedTable {
  tableId: string;
  csv: string;
  rows: number;
  sha256: string;
  retrievedAt: string;
  /** tableinfo's `updated`: when DST last changed the table. */
  tableUpdated: string | null;
  /** Geography codes dropped because they are not a kommune or Hele landet. */
  skipped: Map<string, number>;
  /** Things a journalist should know that do not stop the import (a retired table). */
  warnings: string[];
}

export async function fetchStatbankTable(
  table: TableConfig,
  client: StatbankClient,
  now: () => Date = () => new Date(),
): Promise<FetchedTable> {
  const info = await client.tableinfo(table.id);
  const request = validateTableRequest(table, info);
  const text = await client.data(table.id, request.selections);
  const retrievedAt = now().toISOString();
  const { rows, skipped } = readStatbankRows(text, request);
  if (rows.length === 0) {
    throw new StatbankFormatError(
      `${table.id}: svaret har ingen rækker for kommuner eller Hele landet`,
    );
  }
  const observations = mapObservations(request.table, info, rows);
  checkBuildLimits(request.table, observations);
  const title = info.description?.trim() || info.text.trim() || table.title;
  const csv = formatObservationsCsv(observations, {
    tableId: table.id,
    sourceTitle: `Danmarks Statistik, StatBank ${table.id}: ${title}`,
    sourceUrl: statbankDataUrl(client.baseUrl, table.id, request.selections),
    retrievedAt,
  });
  return {
    tableId: table.id,
    csv,
    rows: observations.length,
    sha256: createHash('sha256').update(csv).digest('hex'),
    retrievedAt,
    tableUpdated: info.updated ?? null,
    skipped,
    warnings:
      info.active === false
        ? [
            `${table.id}: Danmarks Statistik har markeret tabellen som ikke længere aktiv ` +
              '(active: false); den opdateres ikke mere, så find dens afløser',
          ]
        : [],
  };
}
