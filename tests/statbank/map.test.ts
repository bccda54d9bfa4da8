import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTablesConfig, type TableConfig } from '../../scripts/statbank/load-tables-config.ts';
import type { TableInfo } from '../../scripts/statbank/create-statbank-client.ts';
import { validateTableRequest } from '../../src/statbank/validate-table-request.ts';
import { readStatbankRows } from '../../src/statbank/read-statbank-rows.ts';
import { mapObservations, type StatbankObservation } from '../../src/statbank/map-observations.ts';
import { fixture } from './fake-statbank.ts';

const realConfig = parseTablesConfig(
  readFileSync('data/statbank/tables.yaml', 'utf8'),
  'tables.yaml',
);
const smdbv004 = realConfig.tables.find((t) => t.id === 'SMDBV004') as TableConfig;
const smdbv004Info = JSON.parse(fixture('SMDBV004.tableinfo.json')) as TableInfo;

function run(table: TableConfig, info: TableInfo, csv: string): StatbankObservation[] {
  const request = validateTableRequest(table, info);
  return mapObservations(request.table, info, readStatbankRows(csv, request).rows);
}

function find(
  obs: StatbankObservation[],
  metricId: string,
  kode: string,
  period: string,
): StatbankObservation {
  const found = obs.find((o) => o.metricId === metricId && o.kode === kode && o.period === period);
  if (!found) throw new Error(`no ${metricId} ${kode} ${period}`);
  return found;
}

describe('SMDBV004 with the real tables.yaml entry (synthetic figures)', () => {
  const obs = run(smdbv004, smdbv004Info, fixture('SMDBV004.data.csv'));

  it('maps each VENTETIDGARANTI value to its metric, decimal comma to a number', () => {
    expect(find(obs, 'dst_smdbv004_okpct', '101', '2024').value).toBe(91.3);
    expect(find(obs, 'dst_smdbv004_okpct', '851', '2024').value).toBe(84.6);
    expect(find(obs, 'dst_smdbv004_nybeh', '101', '2024').value).toBe(1100);
    expect(find(obs, 'dst_smdbv004_ok', '101', '2024').value).toBe(1004);
  });

  it('drops the region (084) and keeps kommuner and Hele landet', () => {
    const request = validateTableRequest(smdbv004, smdbv004Info);
    const { skipped } = readStatbankRows(fixture('SMDBV004.data.csv'), request);
    expect(skipped).toEqual(new Map([['084', 30]]));
    expect(new Set(obs.map((o) => o.kode))).toEqual(new Set(['000', '101', '253', '461', '851']));
    expect(obs).toHaveLength(5 * 5 * 6);
  });

  it('keeps ".." as a missing value with the missing flag and a note', () => {
    const o = find(obs, 'dst_smdbv004_okpct', '253', '2019');
    expect(o.value).toBeNull();
    expect(o.flags).toContain('missing');
    expect(o.note).toContain('DST skriver ".."');
  });

  it('sets the quality flags from tables.yaml on the right years and kommuner', () => {
    expect(find(obs, 'dst_smdbv004_okpct', '101', '2015').flags).toEqual([
      'unvalidated',
      'partial_coverage',
      'footnote',
    ]);
    expect(find(obs, 'dst_smdbv004_okpct', '101', '2020').flags).toEqual([
      'partial_coverage',
      'footnote',
    ]);
    expect(find(obs, 'dst_smdbv004_okpct', '101', '2021').flags).toEqual(['footnote']);
    expect(find(obs, 'dst_smdbv004_okpct', '253', '2021').flags).toEqual(['known_gap', 'footnote']);
    expect(find(obs, 'dst_smdbv004_okpct', '461', '2023').flags).toEqual(['known_gap', 'footnote']);
    expect(find(obs, 'dst_smdbv004_okpct', '461', '2024').flags).toEqual(['footnote']);
    expect(find(obs, 'dst_smdbv004_okpct', '000', '2020').flags).toEqual([
      'known_gap',
      'partial_coverage',
      'footnote',
    ]);
    expect(find(obs, 'dst_smdbv004_okpct', '253', '2021').note).toContain('Greve');
  });

  it('keeps the DST footnote as the footnote flag and in the note', () => {
    const o = find(obs, 'dst_smdbv004_nybeh', '851', '2024');
    expect(o.flags).toEqual(['footnote']);
    expect(o.note).toBe('DST-fodnote: Syntetisk fodnote: tallene er opdigtede til test.');
  });

  it('sorts by metric (config order), kommune, period', () => {
    expect(obs[0]).toMatchObject({ metricId: 'dst_smdbv004_nybeh', kode: '000', period: '2015' });
    expect(obs.at(-1)).toMatchObject({
      metricId: 'dst_smdbv004_ejokpct',
      kode: '851',
      period: '2024',
    });
  });
});

// A small table to exercise sum_over, ratio and the error paths.
const info: TableInfo = {
  id: 'TEST1',
  text: 'Test',
  description: 'Syntetisk testtabel',
  footnote: null,
  variables: [
    {
      id: 'OMRÅDE',
      text: 'område',
      elimination: true,
      values: [
        { id: '000', text: 'Hele landet' },
        { id: '101', text: 'København' },
        { id: '910', text: 'Hovedstadskommuner' },
      ],
    },
    {
      id: 'STATUS',
      text: 'status',
      elimination: false,
      values: [
        { id: '0', text: 'I alt' },
        { id: '10', text: 'NEET' },
      ],
    },
    {
      id: 'ALDER',
      text: 'alder',
      elimination: true,
      values: [
        { id: '16-24', text: '16-24 år' },
        { id: '25-29', text: '25-29 år' },
      ],
    },
    { id: 'Tid', text: 'tid', time: true, values: [{ id: '2023K4', text: '2023K4' }] },
  ],
};

function table(yaml: string): TableConfig {
  return parseTablesConfig(yaml, 'test.yaml').tables[0] as TableConfig;
}

const sumAndRatio = table(`
tables:
  - id: TEST1
    title: Test
    geography: OMRÅDE
    time: tid
    unit: persons
    variables: { OMRÅDE: "*", STATUS: ["0", "10"], ALDER: ["16-24", "25-29"], tid: "*" }
    metrics:
      - id: t_sum
        where: { STATUS: "10" }
        sum_over: ALDER
      - id: t_share
        unit: percent
        where: { ALDER: "16-24" }
        ratio: { variable: STATUS, numerator: "10", denominator: "0", scale: 100, decimals: 1 }
`);

describe('sum_over and ratio', () => {
  const csv = [
    'OMRÅDE;STATUS;ALDER;TID;INDHOLD',
    '000;0;16-24;2023K4;600000',
    '000;10;16-24;2023K4;45000',
    '000;10;25-29;2023K4;30000,5',
    '101;0;16-24;2023K4;80000',
    '101;10;16-24;2023K4;..',
    '101;10;25-29;2023K4;4000',
    '910;10;25-29;2023K4;4000',
  ].join('\n');
  const obs = run(sumAndRatio, info, csv);

  it('sums the parts', () => {
    expect(find(obs, 't_sum', '000', '2023K4').value).toBe(75000.5);
  });

  it('leaves a sum missing when one part is unpublished, and says which', () => {
    const o = find(obs, 't_sum', '101', '2023K4');
    expect(o.value).toBeNull();
    expect(o.flags).toEqual(['missing']);
    expect(o.note).toBe('Ingen værdi: ALDER=16-24: DST skriver ".."');
  });

  it('computes a share rounded as configured, missing when a part is missing', () => {
    expect(find(obs, 't_share', '000', '2023K4').value).toBe(7.5);
    expect(find(obs, 't_share', '101', '2023K4').value).toBeNull();
  });

  it('resolves a lower-case variable name to DST spelling (tid → Tid)', () => {
    expect(validateTableRequest(sumAndRatio, info).selections.map((s) => s.code)).toEqual([
      'OMRÅDE',
      'STATUS',
      'ALDER',
      'Tid',
    ]);
  });
});

describe('errors name the table and the line', () => {
  const plain = table(`
tables:
  - id: TEST1
    title: Test
    geography: OMRÅDE
    time: Tid
    unit: persons
    variables: { OMRÅDE: "*", STATUS: "10", Tid: "*" }
    metrics: [{ id: t_plain }]
`);

  it('a malformed row', () => {
    const csv = 'OMRÅDE;STATUS;TID;INDHOLD\n000;10;2023K4;5\n101;10;2023K4\n';
    expect(() => run(plain, info, csv)).toThrow('TEST1: linje 3: 3 felter, forventede 4');
  });

  it('a value that is not a number', () => {
    const csv = 'OMRÅDE;STATUS;TID;INDHOLD\n000;10;2023K4;5\n101;10;2023K4;n/a\n';
    expect(() => run(plain, info, csv)).toThrow('TEST1: linje 3: værdien "n/a"');
  });

  it('an unknown period code', () => {
    const csv = 'OMRÅDE;STATUS;TID;INDHOLD\n000;10;2023X4;5\n';
    expect(() => run(plain, info, csv)).toThrow('TEST1: linje 2: ukendt periodekode "2023X4"');
  });

  it('a code that is not in tableinfo', () => {
    const csv = 'OMRÅDE;STATUS;TID;INDHOLD\n000;99;2023K4;5\n';
    expect(() => run(plain, info, csv)).toThrow(
      'TEST1: linje 2: "99" er ikke en kendt værdi af STATUS',
    );
  });

  it('two rows landing on one observation, naming the variable left open', () => {
    const csv = 'OMRÅDE;STATUS;ALDER;TID;INDHOLD\n000;10;16-24;2023K4;5\n000;10;25-29;2023K4;6\n';
    const open = { ...plain, variables: { ...plain.variables, ALDER: ['*'] } };
    // tables.yaml would refuse this; here the runtime check is the safety net.
    expect(() => run(open, info, csv)).toThrow(
      'TEST1: linje 2 og 3 giver begge t_plain for 000 2023K4; lås variablen ALDER',
    );
  });

  it('reads Danish texts when DST sends them instead of codes, matching columns by text', () => {
    const csv = 'område;status;tid;INDHOLD\nHele landet;NEET;2023K4;5\nKøbenhavn;NEET;2023K4;7\n';
    const obs = run(plain, info, csv);
    expect(obs.map((o) => [o.kode, o.value])).toEqual([
      ['000', 5],
      ['101', 7],
    ]);
  });

  it('a metric that gets no rows at all', () => {
    const csv = 'OMRÅDE;STATUS;TID;INDHOLD\n910;10;2023K4;5\n';
    const request = validateTableRequest(plain, info);
    expect(() => mapObservations(request.table, info, readStatbankRows(csv, request).rows)).toThrow(
      'TEST1: metrikken t_plain fik ingen rækker fra DST',
    );
  });
});
