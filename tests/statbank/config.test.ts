import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseTablesConfig } from '../../scripts/statbank/load-tables-config.ts';
import type { TableInfo } from '../../scripts/statbank/create-statbank-client.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import { KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { fixture } from './fake-statbank.ts';

const config = parseTablesConfig(readFileSync('data/statbank/tables.yaml', 'utf8'), 'tables.yaml');
const metricsFile = 'data/metrics/statbank.yaml';
const metrics = readMetrics([{ file: metricsFile, text: readFileSync(metricsFile, 'utf8') }]);

describe('data/statbank/tables.yaml and data/metrics/statbank.yaml', () => {
  it('has the tables and metric ids the pledge catalogue relies on', () => {
    const ids = config.tables.flatMap((t) => t.metrics.map((m) => m.id));
    for (const id of [
      'dst_smdbv004_nybeh',
      'dst_smdbv004_ok',
      'dst_smdbv004_ejok',
      'dst_smdbv004_okpct',
      'dst_smdbv004_ejokpct',
      'dst_auk01_passiv_kontanthjaelp',
      'dst_auh01_offentlig_forsoergelse_16_29',
      'dst_neet3_share_16_24',
      'dst_regk31_538',
      'dst_folk1a_population',
    ]) {
      expect(ids).toContain(id);
    }
    expect(config.tables.map((t) => t.id)).toEqual(
      expect.arrayContaining(['SMDBV001', 'SMDBV002', 'LABY10', 'BUDK32', 'KYS01']),
    );
  });

  it('defines every imported metric, with the same unit and table, and nothing extra', () => {
    const byId = new Map(metrics.map((m) => [m.id, m]));
    const imported = config.tables.flatMap((t) => t.metrics.map((m) => ({ table: t, metric: m })));
    for (const { table, metric } of imported) {
      const def = byId.get(metric.id);
      expect(def, metric.id).toBeDefined();
      expect(def?.unit, metric.id).toBe(metric.unit ?? table.unit);
      expect(def?.table, metric.id).toBe(table.id);
      expect(def?.source, metric.id).toBe(`Danmarks Statistik, StatBank ${table.id}`);
    }
    expect(metrics.map((m) => m.id).sort()).toEqual(imported.map((i) => i.metric.id).sort());
  });

  it('records the SMDBV004 caveats', () => {
    const rules = config.tables.find((t) => t.id === 'SMDBV004')?.quality ?? [];
    expect(rules.find((r) => r.flag === 'unvalidated')).toMatchObject({ from: '2015', to: '2015' });
    expect(rules.find((r) => r.flag === 'partial_coverage')).toMatchObject({ to: '2020' });
    const gap = rules.find((r) => r.flag === 'known_gap' && r.kommuner?.includes('461'));
    expect(gap).toMatchObject({ from: '2020', to: '2023' });
    expect([...(gap?.kommuner ?? [])].sort()).toEqual([
      '253',
      '360',
      '440',
      '450',
      '461',
      '479',
      '480',
      '482',
    ]);
  });

  it('knows the same 98 kommuner as data/sources/kommuner.csv', () => {
    const file = 'data/sources/kommuner.csv';
    if (!existsSync(file)) return;
    const codes = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(',')[0]);
    expect([...KOMMUNE_CODES.keys()].sort()).toEqual(codes.sort());
  });
});

describe('parseTablesConfig refuses mistakes a journalist could make', () => {
  const base = (variables: string, metrics: string, extra = '') => `
tables:
  - id: T1
    title: T
    geography: OMRÅDE
    time: Tid
    unit: count
    variables: ${variables}
    metrics: ${metrics}
${extra}`;

  it.each([
    [base('{ OMRÅDE: "*", X: [A, B], Tid: "*" }', '[{ id: m1 }]'), 'låser ikke variablen X'],
    [
      base('{ OMRÅDE: "*", X: [A, B], Tid: "*" }', '[{ id: m1, where: { X: C } }]'),
      '"C" er ikke blandt',
    ],
    [base('{ OMRÅDE: "*", DRANST: 1, Tid: "*" }', '[{ id: m1 }]'), 'som tekst i anførselstegn'],
    [
      base('{ OMRÅDE: "*", Tid: "*" }', '[{ id: m1, where: { Y: A } }]'),
      'where-variablen "Y" står ikke',
    ],
    [base('{ Tid: "*" }', '[{ id: m1 }]'), 'geografivariablen "OMRÅDE" står ikke'],
    [
      base('{ OMRÅDE: "*", Tid: "*" }', '[{ id: m1 }, { id: m1 }]'),
      'metrikken m1 står der to gange',
    ],
    [
      base(
        '{ OMRÅDE: "*", Tid: "*" }',
        '[{ id: m1 }]',
        '    quality: [{ flag: dubious, note: n }]',
      ),
      'quality.0.flag',
    ],
    [
      base(
        '{ OMRÅDE: "*", Tid: "*" }',
        '[{ id: m1 }]',
        '    quality: [{ flag: unvalidated, from: "15", note: n }]',
      ),
      'ukendt periodekode "15"',
    ],
    ['tables: [ { id: t1 } ]', 'tabel-id skrives med store bogstaver'],
    ['tables: [ {', 'ikke gyldig YAML'],
  ])('%#', (yaml, message) => {
    expect(() => parseTablesConfig(yaml, 'x.yaml')).toThrow(message);
  });
});

describe('validateTableRequest against /tableinfo', () => {
  const info = JSON.parse(fixture('SMDBV004.tableinfo.json')) as TableInfo;
  const table = (variables: string, metrics = '[{ id: m1, where: { VENTETIDGARANTI: OKPCT } }]') =>
    parseTablesConfig(
      `tables:\n  - { id: SMDBV004, title: T, geography: OMRÅDE, time: Tid, unit: percent, variables: ${variables}, metrics: ${metrics} }`,
      'x.yaml',
    ).tables[0]!;

  it('accepts a correct request', () => {
    const ok = validateTableRequest(
      table('{ OMRÅDE: "*", VENTETIDGARANTI: OKPCT, Tid: "*" }'),
      info,
    );
    expect(ok.selections).toEqual([
      { code: 'OMRÅDE', values: ['*'] },
      { code: 'VENTETIDGARANTI', values: ['OKPCT'] },
      { code: 'Tid', values: ['*'] },
    ]);
  });

  it('names an unknown variable and lists the real ones', () => {
    expect(() =>
      validateTableRequest(
        table('{ OMRÅDE: "*", VENTETID: OKPCT, Tid: "*" }', '[{ id: m1 }]'),
        info,
      ),
    ).toThrow(
      'SMDBV004: variablen VENTETID findes ikke i tabellen (tabellen har: OMRÅDE, VENTETIDGARANTI, Tid)',
    );
  });

  it('names an unknown value and lists the possible ones', () => {
    expect(() =>
      validateTableRequest(
        table('{ OMRÅDE: "*", VENTETIDGARANTI: OKPROCENT, Tid: "*" }', '[{ id: m1 }]'),
        info,
      ),
    ).toThrow(
      /SMDBV004: værdien "OKPROCENT" findes ikke i variablen VENTETIDGARANTI; mulige: NYBEH .*OKPCT \(Overholdt \(pct\.\)\)/,
    );
  });

  it('requires a variable DST cannot eliminate', () => {
    expect(() =>
      validateTableRequest(table('{ OMRÅDE: "*", Tid: "*" }', '[{ id: m1 }]'), info),
    ).toThrow('SMDBV004: variablen VENTETIDGARANTI skal vælges');
  });

  it('spells a pattern out as the codes it matches, and refuses one that matches nothing', () => {
    const ok = validateTableRequest(
      table(
        '{ OMRÅDE: ["8*", "1*"], VENTETIDGARANTI: "OK*", Tid: "202*" }',
        '[{ id: m1, where: { VENTETIDGARANTI: OKPCT } }]',
      ),
      info,
    );
    expect(ok.selections).toEqual([
      { code: 'OMRÅDE', values: ['851', '101'] },
      { code: 'VENTETIDGARANTI', values: ['OK', 'OKPCT'] },
      { code: 'Tid', values: ['2020', '2021', '2022', '2023', '2024'] },
    ]);
    expect(() =>
      validateTableRequest(table('{ OMRÅDE: "9*", VENTETIDGARANTI: OKPCT, Tid: "*" }'), info),
    ).toThrow('mønsteret "9*" passer ikke');
  });

  it('refuses a where value that passes a pattern but does not exist', () => {
    expect(() =>
      validateTableRequest(
        table(
          '{ OMRÅDE: "*", VENTETIDGARANTI: "OK*", Tid: "*" }',
          '[{ id: m1, where: { VENTETIDGARANTI: OKX } }]',
        ),
        info,
      ),
    ).toThrow('værdien "OKX" findes ikke');
  });

  it('refuses tableinfo for another table', () => {
    expect(() =>
      validateTableRequest(table('{ OMRÅDE: "*", VENTETIDGARANTI: OKPCT, Tid: "*" }'), {
        ...info,
        id: 'FOLK1A',
      }),
    ).toThrow('/tableinfo beskriver tabellen FOLK1A');
  });
});
