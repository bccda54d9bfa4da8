/**
 * Turns one published export into the importer's typed rows, so that the rest (mapping, the
 * build's checks, the output file) is exactly what `data:fetch` does with an API answer. A
 * StatBank CSV export goes through the API's own reader (readStatbankRows), described by a
 * tableinfo built from imports.yaml; the other formats get a small reader each. Pure: no Node
 * APIs, so a browser could run the same code.
 */
import type { TableInfo, TableInfoVariable } from '../statbank/create-statbank-client.ts';
import type { TableConfig } from '../statbank/load-tables-config.ts';
import { areaVariable } from '../../src/statbank/area-names.ts';
import { isKommuneOrNational, NATIONAL_CODE } from '../../src/statbank/kommune-codes.ts';
import { parseStatbankCsv } from '../../src/statbank/parse-statbank-csv.ts';
import { parseStatbankPeriod } from '../../src/statbank/parse-statbank-period.ts';
import { parseStatbankValue } from '../../src/statbank/parse-statbank-value.ts';
import { readStatbankRows, type StatbankRow } from '../../src/statbank/read-statbank-rows.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import type { ImportConfig } from './load-imports-config.ts';

export interface ExportRows {
  table: TableConfig;
  info: TableInfo;
  rows: StatbankRow[];
  /** Areas that are not a kommune or Hele landet (regions, abroad …), with their row counts. */
  skipped: Map<string, number>;
}

/** Every real tableinfo says so: DST writes a suppressed or absent cell as "0". */
const DST_SUPPRESSED = '0';

export function readExportRows(text: string, entry: ImportConfig, unit: string): ExportRows {
  const table: TableConfig = {
    id: entry.table,
    title: entry.title,
    geography: 'OMRÅDE',
    time: 'Tid',
    unit,
    variables: {},
    metrics: [{ id: entry.metric, where: {} }],
    quality: entry.quality,
  };
  const info: TableInfo = { id: entry.table, text: entry.title, variables: [], footnote: null };
  if (entry.format === 'statbank-csv') return readStatbankExport(text, entry, table, info);
  if (entry.format === 'delimited') return { table, info, ...readDelimited(text, entry) };
  return { table, info, ...readJobindsats(text, entry) };
}

function readStatbankExport(
  text: string,
  entry: Extract<ImportConfig, { format: 'statbank-csv' }>,
  base: TableConfig,
  baseInfo: TableInfo,
): ExportRows {
  const fixed = Object.entries(entry.fixed);
  // What a tableinfo would say about the export's columns; each fixed column's first spelling
  // is its code, the others are the texts DST shows for it.
  const variables: TableInfoVariable[] = [
    areaVariable(entry.geography),
    ...fixed.map(([id, spellings]) => ({
      id,
      text: id.toLowerCase(),
      values: spellings.map((s) => ({ id: spellings[0] as string, text: s })),
    })),
    { id: entry.time, text: 'tid', elimination: false, time: true, values: [] },
  ];
  const info: TableInfo = { ...baseInfo, suppressedDataValue: DST_SUPPRESSED, variables };
  const table: TableConfig = {
    ...base,
    geography: entry.geography,
    time: entry.time,
    variables: Object.fromEntries([
      [entry.geography, ['*']],
      ...fixed.map(([id, spellings]) => [id, [spellings[0] as string]]),
      [entry.time, ['*']],
    ]),
  };
  const request = validateTableRequest(table, info);
  const { rows, skipped } = readStatbankRows(text, request, entry.file);
  return { table: request.table, info, rows, skipped };
}

function readDelimited(
  text: string,
  entry: Extract<ImportConfig, { format: 'delimited' }>,
): Pick<ExportRows, 'rows' | 'skipped'> {
  const csv = parseStatbankCsv(text, entry.file, entry.delimiter);
  const column = (name: string): number => {
    const i = csv.header.indexOf(name);
    if (i < 0) {
      throw new StatbankFormatError(
        `${entry.file}: linje 1: kolonnen "${name}" findes ikke (${csv.header.join(entry.delimiter)})`,
      );
    }
    return i;
  };
  const nameAt = column(entry.name_column);
  const codeAt = entry.code_column === undefined ? null : column(entry.code_column);
  const values = Object.entries(entry.columns).map(([name, period]) => ({
    at: column(name),
    period: parseStatbankPeriod(period),
  }));
  const areas = areaVariable('OMRÅDE', entry.aliases);
  const rows: StatbankRow[] = [];
  const skipped = new Map<string, number>();
  for (const record of csv.records) {
    const at = `${entry.file}: linje ${record.line}`;
    const name = (record.fields[nameAt] ?? '').trim();
    const kode = areas.values.find((v) => v.text === name)?.id;
    if (kode === undefined) {
      throw new StatbankFormatError(
        `${at}: "${name}" er ikke en kendt kommune eller et kendt område`,
      );
    }
    if (codeAt !== null && (record.fields[codeAt] ?? '').trim() !== kode) {
      throw new StatbankFormatError(
        `${at}: koden "${record.fields[codeAt]?.trim()}" passer ikke til "${name}" (${kode})`,
      );
    }
    if (!isKommuneOrNational(kode)) {
      skipped.set(kode, (skipped.get(kode) ?? 0) + values.length);
      continue;
    }
    for (const { at: i, period } of values) {
      const raw = (record.fields[i] ?? '').trim();
      const cell = entry.thousands === undefined ? raw : ungroup(raw, at);
      const parsed = parseStatbankValue(cell, at);
      const suppressed = entry.publisher === 'Danmarks Statistik' && cell === DST_SUPPRESSED;
      rows.push({
        line: record.line,
        kode,
        period,
        cells: {},
        value: suppressed ? null : parsed.value,
        symbol: suppressed ? cell : parsed.symbol,
        suppressed,
      });
    }
  }
  return { rows, skipped };
}

/** "632.340" → "632340": only for a file known to group digits, and only whole groups of three. */
function ungroup(raw: string, at: string): string {
  if (/^\d{1,3}(\.\d{3})*$/.test(raw)) return raw.replace(/\./g, '');
  throw new StatbankFormatError(`${at}: "${raw}" er ikke et helt tal med punktum mellem tusinder`);
}

interface JobindsatsArea {
  name?: unknown;
  [group: string]: unknown;
}

function readJobindsats(
  text: string,
  entry: Extract<ImportConfig, { format: 'jobindsats-json' }>,
): Pick<ExportRows, 'rows' | 'skipped'> {
  let json: { municipalities?: Record<string, JobindsatsArea>; national?: JobindsatsArea };
  try {
    json = JSON.parse(text) as typeof json;
  } catch (e) {
    throw new StatbankFormatError(`${entry.file}: ikke gyldig JSON (${(e as Error).message})`);
  }
  const [group, series] = entry.series.split('.') as [string, string];
  const areas: [string, JobindsatsArea][] = [
    ...Object.entries(json.municipalities ?? {}).map(([k, v]): [string, JobindsatsArea] => [
      `municipalities.${k}`,
      v,
    ]),
    ['national', json.national ?? {}],
  ];
  const names = areaVariable('OMRÅDE');
  const rows: StatbankRow[] = [];
  const skipped = new Map<string, number>();
  areas.forEach(([path, area], index) => {
    const at = `${entry.file}: ${path}`;
    const name = typeof area.name === 'string' ? area.name : '';
    const kode = names.values.find((v) => v.text === name)?.id;
    if (kode === undefined)
      throw new StatbankFormatError(`${at}: "${name}" er ikke en kendt kommune`);
    const data = area[group] as { labels?: unknown; [k: string]: unknown } | undefined;
    const labels = data?.labels;
    const values = data?.[series];
    if (!Array.isArray(labels) || !Array.isArray(values) || labels.length !== values.length) {
      throw new StatbankFormatError(
        `${at}.${group}: labels og ${series} mangler eller er ikke lige lange`,
      );
    }
    if (!isKommuneOrNational(kode)) {
      skipped.set(kode, (skipped.get(kode) ?? 0) + values.length);
      return;
    }
    if (kode === NATIONAL_CODE && path !== 'national') {
      throw new StatbankFormatError(`${at}: "${name}" er hele landet, ikke en kommune`);
    }
    labels.forEach((label, i) => {
      const cell = values[i] as unknown;
      if (cell !== null && typeof cell !== 'number') {
        throw new StatbankFormatError(
          `${at}.${group}.${series}[${i}]: ${JSON.stringify(cell)} er ikke et tal`,
        );
      }
      rows.push({
        line: index + 1,
        kode,
        period: parseStatbankPeriod(String(label), `${at}.${group}.labels[${i}]`),
        cells: {},
        value: cell,
        symbol: cell === null ? 'null' : null,
        suppressed: false,
      });
    });
  });
  return { rows, skipped };
}
