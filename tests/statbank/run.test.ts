import { describe, it, expect, afterEach, beforeEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTablesConfig, type TableConfig } from '../../scripts/statbank/load-tables-config.ts';
import { createStatbankClient } from '../../scripts/statbank/create-statbank-client.ts';
import { runStatbankFetch } from '../../scripts/statbank/run-statbank-fetch.ts';
import { OUTPUT_HEADER } from '../../scripts/statbank/format-observations-csv.ts';
import { readStatbankObservations } from '../../scripts/lib/read-observations.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';
import {
  closedPort,
  startFakeStatbank,
  type FakeStatbank,
  type Override,
} from './fake-statbank.ts';

const config = parseTablesConfig(readFileSync('data/statbank/tables.yaml', 'utf8'), 'tables.yaml');
const tables = (...ids: string[]) =>
  ids.map((id) => config.tables.find((t) => t.id === id) as TableConfig);
const NOW = new Date('2025-09-01T10:00:00.000Z');

let out: string;
let server: FakeStatbank | null = null;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'statbank-run-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(out, { recursive: true, force: true });
});

async function run(ids: string[], override?: Override) {
  server = await startFakeStatbank(override);
  const client = createStatbankClient({
    baseUrl: server.baseUrl,
    retries: 1,
    backoffMs: 1,
    timeoutMs: 5_000,
  });
  return runStatbankFetch({ tables: tables(...ids), client, outDir: out, now: () => NOW });
}

describe('runStatbankFetch', () => {
  it('writes <TABLE>.csv in the output contract and retrievals.json', async () => {
    const report = await run(['SMDBV004', 'FOLK1A']);
    expect(report.failed).toEqual([]);
    expect(report.succeeded.map((s) => [s.tableId, s.rows])).toEqual([
      ['SMDBV004', 150],
      ['FOLK1A', 24],
    ]);

    const csv = readFileSync(join(out, 'SMDBV004.csv'), 'utf8');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(OUTPUT_HEADER.join(','));
    expect(lines[0]).toBe(
      'metric_id,kode,period,value,flags,note,source_title,source_url,table_id,retrieved_at',
    );
    // Quoted: the address has commas in it.
    const url = `"${server?.baseUrl}/data/SMDBV004/CSV?lang=da&valuePresentation=Code&OMR%C3%85DE=*&VENTETIDGARANTI=NYBEH,OK,EJOK,OKPCT,EJOKPCT&Tid=*"`;
    const title =
      'Danmarks Statistik, StatBank SMDBV004: Stofmisbrugsbehandling efter område, behandlingsgaranti og tid';
    expect(lines).toContain(
      `dst_smdbv004_okpct,101,2024,91.3,footnote,DST-fodnote: Syntetisk fodnote: tallene er opdigtede til test.,"${title}",${url},SMDBV004,2025-09-01T10:00:00.000Z`,
    );
    expect(lines).toContain(
      `dst_smdbv004_okpct,253,2015,,unvalidated|partial_coverage|footnote|missing,` +
        `"Tallene for 2015 er ikke valideret af Danmarks Statistik.; Før 2021 indberettede ikke alle kommuner til Stofmisbrugsdatabasen; alle 98 kommuner er med fra 2021.; DST-fodnote: Syntetisk fodnote: tallene er opdigtede til test.; Ingen værdi: DST skriver ""..""",` +
        `"${title}",${url},SMDBV004,2025-09-01T10:00:00.000Z`,
    );

    const folk = readFileSync(join(out, 'FOLK1A.csv'), 'utf8');
    expect(folk).toContain('\ndst_folk1a_population,101,2025K2,600666,,,');
    expect(folk).not.toContain(',084,');

    const retrievals = JSON.parse(readFileSync(join(out, 'retrievals.json'), 'utf8'));
    expect(Object.keys(retrievals)).toEqual(['FOLK1A', 'SMDBV004']);
    expect(retrievals.SMDBV004).toEqual({
      retrieved_at: '2025-09-01T10:00:00.000Z',
      table_updated: '2025-03-27T08:00:00',
      rows: 150,
      sha256: createHash('sha256').update(csv).digest('hex'),
    });
    expect(readdirSync(out).sort()).toEqual(['FOLK1A.csv', 'SMDBV004.csv', 'retrievals.json']);
  });

  it('writes files the data build reads without complaint', async () => {
    await run(['SMDBV004', 'FOLK1A']);
    const metricsFile = 'data/metrics/statbank.yaml';
    const metrics = readMetrics([{ file: metricsFile, text: readFileSync(metricsFile, 'utf8') }]);
    const lookups = {
      metricIds: new Set(metrics.map((m) => m.id)),
      kommuneNames: new Map([['000', 'Hele landet'], ...KOMMUNE_CODES]),
    };
    const rows = readStatbankObservations(
      readFileSync(join(out, 'SMDBV004.csv'), 'utf8'),
      'SMDBV004.csv',
      lookups,
    );
    expect(rows).toHaveLength(150);
    const okpct = rows.find(
      (r) => r.metric_id === 'dst_smdbv004_okpct' && r.kode === '851' && r.period_label === '2024',
    );
    expect(okpct).toMatchObject({
      value: 84.6,
      period_start: '2024-01-01',
      flags: ['footnote'],
      source_table: 'SMDBV004',
    });
    const folk = readStatbankObservations(
      readFileSync(join(out, 'FOLK1A.csv'), 'utf8'),
      'FOLK1A.csv',
      lookups,
    );
    expect(folk.find((r) => r.kode === '147' && r.period_label === '2024K3')?.period_start).toBe(
      '2024-07-01',
    );
  });

  it('leaves a failing table’s previous CSV and retrievals entry untouched; others still update', async () => {
    writeFileSync(join(out, 'SMDBV004.csv'), 'PREVIOUS SMDBV004\n');
    writeFileSync(join(out, 'FOLK1A.csv'), 'PREVIOUS FOLK1A\n');
    const old = {
      retrieved_at: '2024-01-01T00:00:00.000Z',
      table_updated: null,
      rows: 1,
      sha256: 'x',
    };
    writeFileSync(join(out, 'retrievals.json'), JSON.stringify({ SMDBV004: old, FOLK1A: old }));
    const report = await run(['SMDBV004', 'FOLK1A'], (req) =>
      req.body.table === 'SMDBV004' && req.path === '/data'
        ? { status: 500, body: 'boom' }
        : undefined,
    );
    expect(report.failed).toEqual([
      {
        tableId: 'SMDBV004',
        message: 'SMDBV004: Danmarks Statistik svarede HTTP 500 på /data (boom) (2 forsøg)',
      },
    ]);
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toBe('PREVIOUS SMDBV004\n');
    expect(readFileSync(join(out, 'FOLK1A.csv'), 'utf8')).not.toBe('PREVIOUS FOLK1A\n');
    const retrievals = JSON.parse(readFileSync(join(out, 'retrievals.json'), 'utf8'));
    expect(retrievals.SMDBV004).toEqual(old);
    expect(retrievals.FOLK1A.retrieved_at).toBe('2025-09-01T10:00:00.000Z');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails a table with a malformed CSV row, naming table and line, and writes nothing', async () => {
    const broken = 'OMRÅDE;VENTETIDGARANTI;TID;INDHOLD\n101;OKPCT;2024;91,3\n101;OK;2024\n';
    const report = await run(['SMDBV004'], (req) =>
      req.path === '/data' ? { status: 200, body: broken } : undefined,
    );
    expect(report.failed).toEqual([
      {
        tableId: 'SMDBV004',
        message: 'SMDBV004: linje 3: 3 felter, forventede 4 (OMRÅDE;VENTETIDGARANTI;TID;INDHOLD)',
      },
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('stops at an unreachable API and changes nothing', async () => {
    writeFileSync(join(out, 'SMDBV004.csv'), 'PREVIOUS\n');
    const port = await closedPort();
    const client = createStatbankClient({ baseUrl: `http://127.0.0.1:${port}/v1`, retries: 0 });
    const report = await runStatbankFetch({
      tables: tables('SMDBV004', 'FOLK1A'),
      client,
      outDir: out,
    });
    expect(report.stopped).toBe(`Kan ikke nå Danmarks Statistik (127.0.0.1:${port}): ECONNREFUSED`);
    expect(report.failed.map((f) => f.tableId)).toEqual(['SMDBV004', 'FOLK1A']);
    expect(readdirSync(out)).toEqual(['SMDBV004.csv']);
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toBe('PREVIOUS\n');
  });

  it('refuses to start when retrievals.json is damaged', async () => {
    writeFileSync(join(out, 'retrievals.json'), '{ not json');
    await expect(run(['FOLK1A'])).rejects.toThrow('retrievals.json kan ikke læses');
    expect(server?.requests).toEqual([]);
    expect(readdirSync(out)).toEqual(['retrievals.json']);
  });
});
