/**
 * What the recorded real responses (../shared/data/statbank-samples/README.md) showed the importer
 * got wrong: a 0 that may be a suppressed cell, footnotes that concern one year, retired tables,
 * NEET1's successor and what AUK01's KH measures. Figures here are SYNTHETIC.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTablesConfig, type TableConfig } from '../../scripts/statbank/load-tables-config.ts';
import type { TableInfo } from '../../scripts/statbank/create-statbank-client.ts';
import { createStatbankClient } from '../../scripts/statbank/create-statbank-client.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import { readStatbankRows } from '../../src/statbank/read-statbank-rows.ts';
import { mapObservations } from '../../src/statbank/map-observations.ts';
import { runStatbankFetch } from '../../scripts/statbank/run-statbank-fetch.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { fixture, startFakeStatbank, type FakeStatbank } from './fake-statbank.ts';

const config = parseTablesConfig(readFileSync('data/statbank/tables.yaml', 'utf8'), 'tables.yaml');
const metrics = readMetrics([
  { file: 'statbank.yaml', text: readFileSync('data/metrics/statbank.yaml', 'utf8') },
]);

const table = parseTablesConfig(
  `
tables:
  - id: TEST2
    title: Test
    geography: OMRÅDE
    time: Tid
    unit: persons
    variables: { OMRÅDE: "*", STATUS: ["00", "10"], Tid: "*" }
    metrics:
      - { id: t_count, where: { STATUS: "10" } }
      - id: t_share
        unit: percent
        ratio: { variable: STATUS, numerator: "10", denominator: "00", scale: 100, decimals: 1 }
`,
  'test.yaml',
).tables[0] as TableConfig;

const info = (extra: Partial<TableInfo>): TableInfo => ({
  id: 'TEST2',
  text: 'Test',
  suppressedDataValue: '0',
  footnote: null,
  variables: [
    { id: 'OMRÅDE', text: 'område', values: [{ id: '101', text: 'København' }] },
    {
      id: 'STATUS',
      text: 'status',
      values: [
        { id: '00', text: 'I alt' },
        { id: '10', text: 'NEET' },
      ],
    },
    { id: 'Tid', text: 'tid', time: true, values: [] },
  ],
  ...extra,
});

const CSV = [
  '\ufeffOMRÅDE;STATUS;TID;INDHOLD',
  '101;00;2022;5000',
  '101;10;2022;0',
  '101;00;2023;5000',
  '101;10;2023;250',
  '',
].join('\r\n');

function observations(tableInfo: TableInfo) {
  const request = validateTableRequest(table, tableInfo);
  return mapObservations(request.table, tableInfo, readStatbankRows(CSV, request).rows);
}
const find = (obs: ReturnType<typeof observations>, metric: string, period: string) =>
  obs.find((o) => o.metricId === metric && o.period === period);

describe('suppressedDataValue "0"', () => {
  const obs = observations(info({}));

  it('keeps a 0 that may be a suppressed cell out of the series, flagged and explained', () => {
    const o = find(obs, 't_count', '2022');
    expect(o?.value).toBeNull();
    expect(o?.flags).toEqual(['missing']);
    expect(o?.note).toBe(
      'Ingen værdi: DST skriver "0", som i denne tabel også står for en udeladt celle',
    );
  });

  it('never uses such a 0 as a ratio’s numerator', () => {
    expect(find(obs, 't_share', '2022')?.value).toBeNull();
    expect(find(obs, 't_share', '2023')?.value).toBe(5);
  });

  it('reads 0 as a number in a table that does not use 0 for suppression', () => {
    expect(find(observations(info({ suppressedDataValue: null })), 't_count', '2022')?.value).toBe(
      0,
    );
  });
});

describe('a footnote that concerns one year', () => {
  // STRAF42's real footnote has this shape: one paragraph about 2023, one about the table.
  const footnote =
    'Antallet er for lavt i 2023. Der mangler ca. 330 afgørelser.    \r\n \r\n  Reglerne blev ændret.';
  const obs = observations(info({ footnote: { text: footnote, mandatory: true } }));

  it('flags that year with its paragraph', () => {
    const o = find(obs, 't_count', '2023');
    expect(o?.flags).toEqual(['footnote']);
    expect(o?.note).toBe(
      'DST-fodnote: Antallet er for lavt i 2023. Der mangler ca. 330 afgørelser. Reglerne blev ændret.',
    );
  });

  it('gives other years only the paragraph that concerns the whole table', () => {
    const note = find(obs, 't_share', '2022')?.note ?? '';
    expect(note).toMatch(/^DST-fodnote: Reglerne blev ændret\.;/);
    expect(note).not.toContain('2023');
  });
});

describe('a retired table (active: false)', () => {
  let server: FakeStatbank | null = null;
  let out = '';
  afterEach(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('is still imported, with a warning that names it', async () => {
    const retired = { ...JSON.parse(fixture('FOLK1A.tableinfo.json')), active: false };
    server = await startFakeStatbank((req) =>
      req.path === '/tableinfo'
        ? { status: 200, body: JSON.stringify(retired), contentType: 'text/json; charset=utf-8' }
        : undefined,
    );
    out = mkdtempSync(join(tmpdir(), 'statbank-retired-'));
    const report = await runStatbankFetch({
      tables: config.tables.filter((t) => t.id === 'FOLK1A'),
      client: createStatbankClient({ baseUrl: server.baseUrl, retries: 0 }),
      outDir: out,
    });
    expect(report.succeeded[0]?.warnings).toEqual([
      'FOLK1A: Danmarks Statistik har markeret tabellen som ikke længere aktiv (active: false); ' +
        'den opdateres ikke mere, så find dens afløser',
    ]);
  });
});

describe('tables.yaml follows what the recordings showed', () => {
  it('asks NEET3 (NEET1 is retired), with its real codes', () => {
    expect(config.tables.map((t) => t.id)).not.toContain('NEET1');
    const neet3 = config.tables.find((t) => t.id === 'NEET3');
    expect(neet3?.variables).toMatchObject({
      STATUSNEET: ['00', '10'],
      KØN: ['00'],
      ALDER: ['1624'],
    });
    expect(neet3?.metrics.find((m) => m.ratio)?.ratio).toMatchObject({
      numerator: '10',
      denominator: '00',
    });
  });

  it('names AUK01 KH for what it measures: passive recipients only', () => {
    const auk01 = config.tables.find((t) => t.id === 'AUK01');
    const metric = auk01?.metrics.find((m) => m.where.YDELSESTYPE === 'KH');
    const def = metrics.find((m) => m.id === metric?.id);
    expect(def?.title_da).toMatch(/^Passive kontanthjælpsmodtagere/);
    expect(def?.title_en).toMatch(/^Passive recipients/);
    expect(def?.description).toMatch(/neither activated nor net unemployed/);
  });
});
