/**
 * Conformance: every recorded real response in ../shared/data/statbank-samples/ goes through the
 * importer's own code (client, tableinfo schema, CSV reader, value and period parsers, error
 * handling) and must give what the recording says. Where ../shared is absent (a bare checkout)
 * the suite says so and is skipped; CI always has it.
 */
import { describe, it, expect } from 'vitest';
import {
  createStatbankClient,
  type TableInfo,
} from '../../scripts/statbank/create-statbank-client.ts';
import { parseStatbankCsv } from '../../src/statbank/parse-statbank-csv.ts';
import { parseStatbankValue } from '../../src/statbank/parse-statbank-value.ts';
import { parseStatbankPeriod } from '../../src/statbank/parse-statbank-period.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import { readStatbankRows } from '../../src/statbank/read-statbank-rows.ts';
import { mapObservations } from '../../src/statbank/map-observations.ts';
import { parseTablesConfig, type TableConfig } from '../../scripts/statbank/load-tables-config.ts';
import { KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';
import { areaCode } from '../../src/statbank/area-names.ts';
import { StatbankFormatError, StatbankHttpError } from '../../src/statbank/statbank-error.ts';
import { recordedResponses, replay, sample, SAMPLES, SAMPLES_PRESENT } from './recorded-bodies.ts';

if (!SAMPLES_PRESENT) {
  console.warn(`Conformance test skipped: ${SAMPLES} is absent (needs ../shared next to the repo)`);
}

const clientWith = (status: number, contentType: string, body: Uint8Array | string) => {
  const fake = replay(status, contentType, body);
  return {
    client: createStatbankClient({ fetch: fake.fetch, retries: 2, backoffMs: 1 }),
    calls: fake.calls,
  };
};
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe.skipIf(!SAMPLES_PRESENT)('recorded StatBank responses', () => {
  const recorded = SAMPLES_PRESENT ? recordedResponses() : [];
  const tableinfos = recorded.filter((r) => r.uri.includes('/tableinfo'));

  it('has the recordings the README lists', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(16);
    expect(tableinfos.map((r) => r.file).sort()).toEqual([
      'table_info_straf42.yml',
      'table_info_straf42_da.yml',
    ]);
  });

  it.each(tableinfos.map((r) => [r.file, r] as const))(
    '%s: tableinfo parses, with suppressedDataValue "0" and active',
    async (_, r) => {
      expect(r.contentType).toBe('text/json; charset=utf-8');
      const { client } = clientWith(r.status, r.contentType, r.body);
      const info = await client.tableinfo('STRAF42');
      expect(info.id).toBe('STRAF42');
      expect(info.suppressedDataValue).toBe('0');
      expect(info.active).toBe(true);
      expect(info.variables.find((v) => v.time)?.id).toBe('Tid');
    },
  );

  it('data CSV (BOM, CRLF, upper-case TID) reads through the importer to one figure', async () => {
    const r = recorded.find((x) => x.file === 'data_straf42_csv.yml');
    const infoRec = tableinfos.find((x) => x.file === 'table_info_straf42.yml');
    if (!r || !infoRec) throw new Error('recording missing');
    expect(text(r.body)).toBe('\ufeffHERKOMST1;TID;INDHOLD\r\nTotal;2023;233454\r\n');
    const { client } = clientWith(r.status, r.contentType, r.body);
    const body = await client.data('STRAF42', []);
    const info = JSON.parse(text(infoRec.body)) as TableInfo;
    const table = parseTablesConfig(
      `tables:\n  - { id: STRAF42, title: T, geography: null, time: Tid, unit: count, ` +
        `variables: { HERKOMST1: "00", Tid: "2023" }, metrics: [{ id: straf42_total }] }\n`,
      'test.yaml',
    ).tables[0] as TableConfig;
    const request = validateTableRequest(table, info);
    const { rows } = readStatbankRows(body, request);
    const [o] = mapObservations(request.table, info, rows);
    expect(o).toMatchObject({ kode: '000', period: '2023', value: 233454 });
    // The real footnote's first paragraph concerns 2023 ("too low in 2023"), the second all years.
    expect(o?.flags).toEqual(['footnote']);
    expect(o?.note).toMatch(/^DST-fodnote: The number of convictions .* is too low in 2023\./);
    expect(o?.note).toContain('sexual offences');
  });

  it.each(recorded.filter((r) => r.uri.endsWith('/data') && r.contentType.startsWith('text/json')))(
    '$file: JSON-stat where CSV is asked for is a format error, never retried',
    async (r) => {
      const { client, calls } = clientWith(r.status, r.contentType, r.body);
      const error = await client.data('STRAF42', []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StatbankFormatError);
      expect(calls).toHaveLength(1);
    },
  );

  it.each(recorded.filter((r) => /\/(tables|subjects)\b/.test(r.uri)))(
    '$file: $uri is a JSON list served as text/json',
    (r) => {
      expect(r.status).toBe(200);
      expect(r.contentType).toBe('text/json; charset=utf-8');
      const list = JSON.parse(text(r.body)) as { id: string; active?: boolean }[];
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((t) => typeof t.id === 'string')).toBe(true);
    },
  );

  it('the table list knows the imported tables, and NEET1 ends in 2023', () => {
    const r = recorded.find((x) => x.uri.includes('includeInactive=true'));
    const list = JSON.parse(text(r?.body ?? new Uint8Array())) as {
      id: string;
      latestPeriod: string;
    }[];
    const ids = new Set(list.map((t) => t.id));
    for (const id of ['FOLK1A', 'FOLK1AM', 'AUK01', 'STRAF11', 'SMDBV004'])
      expect(ids).toContain(id);
    expect(list.find((t) => t.id === 'NEET1')?.latestPeriod).toBe('2023');
  });

  it('FOLK1A tableinfo (dst-skills): every kommune has DST’s own Danish name and code', async () => {
    const { client } = clientWith(
      200,
      'text/json; charset=utf-8',
      sample('dst-skills/tableinfo_folk1a.json'),
    );
    const info = await client.tableinfo('FOLK1A');
    expect(info.suppressedDataValue).toBe('0');
    const area = info.variables.find((v) => v.id === 'OMRÅDE');
    const kommuner = area?.values.filter((v) => KOMMUNE_CODES.has(v.id)) ?? [];
    expect(kommuner).toHaveLength(98);
    for (const v of kommuner) expect(KOMMUNE_CODES.get(v.id), v.id).toBe(v.text);
    // Everything else in the list is a name the import knows how to skip.
    for (const v of area?.values ?? []) expect(areaCode(v.text), v.text).toBe(v.id);
  });

  const errorBodies = SAMPLES_PRESENT ? recordedErrors() : [];

  it.each(errorBodies)(
    'error $status $code ($test): one line with DST’s code and message, not retried',
    async ({ status, body, code, message }) => {
      const { client, calls } = clientWith(status, 'text/json; charset=utf-8', body);
      const error = await client.tableinfo('X').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StatbankHttpError);
      expect((error as Error).message).toContain(`${code}: ${message}`);
      expect(calls).toHaveLength(1);
    },
  );

  it('the error recordings have no TABLE-NOTFOUND, and an unknown table is EXTRACT-NOTFOUND', () => {
    expect(errorBodies.map((e) => e.code)).not.toContain('TABLE-NOTFOUND');
    expect(errorBodies.find((e) => e.test === 'invalid_table_id')?.code).toBe('EXTRACT-NOTFOUND');
  });

  it('BULK body (dstapi notebook): decimal comma, week periods', () => {
    const body = sample('dstapi-notebook/notebook_outputs_cell12_data_METROX1_BULK_da.txt');
    const csv = parseStatbankCsv(body, 'METROX1');
    expect(csv.header).toEqual(['SÆSON', 'TID', 'INDHOLD']);
    const first = csv.records[0]?.fields ?? [];
    expect(parseStatbankValue(first[2] ?? '').value).toBe(37.7);
    expect(parseStatbankPeriod(first[1] ?? '').start).toBe('2019-12-30');
    for (const r of csv.records) expect(parseStatbankValue(r.fields[2] ?? '').value).not.toBeNull();
  });

  it('METROX1 tableinfo (printed by Python) fits the tableinfo schema', async () => {
    const printed = sample('dstapi-notebook/notebook_outputs_cell4_tableinfo_METROX1_en.txt');
    const json = printed
      .replace(/'/g, '"')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/\bNone\b/g, 'null');
    const { client } = clientWith(200, 'text/json; charset=utf-8', json);
    const info = await client.tableinfo('METROX1');
    expect(info).toMatchObject({ id: 'METROX1', suppressedDataValue: '0', active: true });
  });

  it('kommunegrupper nomenclature (dkstat): the 98 kommuner with DST’s codes and names', () => {
    const csv = parseStatbankCsv(sample('dkstat-komgrp.csv'), 'komgrp.csv');
    const kommuner = csv.records.filter((r) => r.fields[2] === '2');
    expect(kommuner).toHaveLength(98);
    for (const r of kommuner)
      expect(KOMMUNE_CODES.get(r.fields[1] ?? ''), r.fields[1]).toBe(r.fields[3]);
  });
});

interface RecordedError {
  test: string;
  status: number;
  body: string;
  code: string;
  message: string;
}

/** Verbatim error bodies from the dst-skills logs (JSON log and text excerpt). */
function recordedErrors(): RecordedError[] {
  const log = JSON.parse(sample('dst-skills/api_test_results_v2.json')) as Record<
    string,
    { test: string; result: { status_code?: number; response?: string } }[]
  >;
  const out: RecordedError[] = [];
  for (const entry of Object.values(log).flat()) {
    const { status_code: status, response } = entry.result;
    if (status === undefined || status < 400 || typeof response !== 'string') continue;
    const json = JSON.parse(response) as { errorTypeCode: string; message: string };
    out.push({
      test: entry.test,
      status,
      body: response,
      code: json.errorTypeCode,
      message: json.message,
    });
  }
  const excerpt = sample('dst-skills/test_results_excerpt.txt');
  for (const m of excerpt.matchAll(/\{"errorTypeCode":"[^"]+","message":"[^"]*"\}/g)) {
    const json = JSON.parse(m[0]) as { errorTypeCode: string; message: string };
    out.push({
      test: 'excerpt',
      status: 400,
      body: m[0],
      code: json.errorTypeCode,
      message: json.message,
    });
  }
  return out;
}
