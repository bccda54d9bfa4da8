// Synthetic query results: column names follow the extracts, the numbers mean nothing.
import { describe, expect, it } from 'vitest';
import {
  BAR_MAX_ROWS,
  LINE_MAX_POINTS,
  suggestChart,
  toBarRows,
  toLineInput,
  toMapValues,
  withKind,
  type ChartSpec,
  type ResultColumn,
} from '../../src/ui/explorer/quick-chart-data.ts';
import {
  isDateType,
  isNumericType,
  toIsoDate,
  toKode,
} from '../../src/ui/explorer/result-values.ts';

const col = (name: string, type: string): ResultColumn => ({ name, type });

describe('type names', () => {
  const numeric = ['DOUBLE', 'INTEGER', 'BIGINT', 'DECIMAL(18,3)', 'HUGEINT', 'Float64', 'Int32'];
  const notNumeric = ['VARCHAR', 'DATE', 'INTERVAL', 'VARCHAR[]', 'BOOLEAN', 'Utf8', ''];
  for (const t of numeric) it(`${t} is numeric`, () => expect(isNumericType(t)).toBe(true));
  for (const t of notNumeric) it(`${t} is not numeric`, () => expect(isNumericType(t)).toBe(false));
  const dates = [
    'DATE',
    'TIMESTAMP',
    'TIMESTAMP WITH TIME ZONE',
    'Date32<DAY>',
    'Timestamp<MICROSECOND>',
  ];
  for (const t of dates) it(`${t} is a date`, () => expect(isDateType(t)).toBe(true));
  for (const t of ['TIME', 'VARCHAR', 'INTERVAL'])
    it(`${t} is not a date`, () => expect(isDateType(t)).toBe(false));
});

describe('toIsoDate', () => {
  const cases: { value: unknown; type: string; expected: string | null }[] = [
    { value: Date.UTC(2024, 2, 1), type: 'DATE', expected: '2024-03-01' },
    { value: new Date(Date.UTC(2019, 0, 1)), type: 'DATE', expected: '2019-01-01' },
    { value: '2024', type: 'VARCHAR', expected: '2024-01-01' },
    { value: '2024-02-29', type: 'VARCHAR', expected: '2024-02-29' },
    { value: '2023-02-29', type: 'VARCHAR', expected: null },
    { value: '2024K3', type: 'VARCHAR', expected: '2024-07-01' },
    { value: '2024Q2', type: 'VARCHAR', expected: '2024-04-01' },
    { value: '2024M11', type: 'VARCHAR', expected: '2024-11-01' },
    { value: '2024H2', type: 'VARCHAR', expected: '2024-07-01' },
    { value: '2024-05-06 13:45:00', type: 'VARCHAR', expected: '2024-05-06' },
    { value: '2016-04 to 2018-10', type: 'VARCHAR', expected: null },
    { value: 'Aalborg', type: 'VARCHAR', expected: null },
    { value: 2021, type: 'INTEGER', expected: '2021-01-01' },
    { value: 21n, type: 'BIGINT', expected: null },
    { value: 3.5, type: 'DOUBLE', expected: null },
    { value: null, type: 'DATE', expected: null },
    { value: Number.NaN, type: 'DATE', expected: null },
  ];
  for (const c of cases) {
    it(`${String(c.value)} (${c.type}) → ${c.expected}`, () => {
      expect(toIsoDate(c.value, c.type)).toBe(c.expected);
    });
  }
});

describe('toKode', () => {
  const cases: [unknown, string | null][] = [
    ['101', '101'],
    [' 851 ', '851'],
    ['0101', null],
    ['85', null],
    [851, '851'],
    [85, null],
    [null, null],
  ];
  for (const [value, expected] of cases)
    it(`${JSON.stringify(value)} → ${expected}`, () => expect(toKode(value)).toBe(expected));
});

describe('suggestChart', () => {
  const cases: {
    name: string;
    columns: ResultColumn[];
    rows: unknown[][];
    expected: ChartSpec;
  }[] = [
    {
      name: 'a DATE column and a number: line',
      columns: [col('period_start', 'DATE'), col('value', 'DOUBLE')],
      rows: [
        [Date.UTC(2020, 0, 1), 1],
        [Date.UTC(2021, 0, 1), 2],
      ],
      expected: { kind: 'line', x: 'period_start', y: 'value' },
    },
    {
      name: 'period labels and a number: line',
      columns: [col('period_label', 'VARCHAR'), col('value', 'DOUBLE')],
      rows: [
        ['2024K1', 1],
        ['2024K2', 2],
      ],
      expected: { kind: 'line', x: 'period_label', y: 'value' },
    },
    {
      name: 'a year column of integers and a count: line over years',
      columns: [col('aar', 'INTEGER'), col('n', 'BIGINT')],
      rows: [
        [2019, 4n],
        [2020, 5n],
      ],
      expected: { kind: 'line', x: 'aar', y: 'n' },
    },
    {
      name: 'kode with three-digit strings and a number: map',
      columns: [col('kode', 'VARCHAR'), col('navn', 'VARCHAR'), col('value', 'DOUBLE')],
      rows: [
        ['101', 'København', 1],
        ['851', 'Aalborg', 2],
      ],
      expected: { kind: 'map', x: 'kode', y: 'value' },
    },
    {
      name: 'one period only is not a line: falls through to map',
      columns: [col('kode', 'VARCHAR'), col('period_label', 'VARCHAR'), col('value', 'DOUBLE')],
      rows: [
        ['101', '2023', 1],
        ['851', '2023', 2],
      ],
      expected: { kind: 'map', x: 'kode', y: 'value' },
    },
    {
      name: 'text and a number: bar, preferring a name column',
      columns: [col('theme', 'VARCHAR'), col('navn', 'VARCHAR'), col('n', 'BIGINT')],
      rows: [
        ['bolig', 'Aalborg', 3n],
        ['job', 'Aarhus', 2n],
      ],
      expected: { kind: 'bar', x: 'navn', y: 'n' },
    },
    {
      name: 'a kode column that is not kommune codes: bar',
      columns: [col('kode', 'VARCHAR'), col('value', 'DOUBLE')],
      rows: [
        ['0101', 1],
        ['000x', 2],
      ],
      expected: { kind: 'bar', x: 'kode', y: 'value' },
    },
    {
      name: 'text only: none',
      columns: [col('id', 'VARCHAR'), col('quote', 'VARCHAR')],
      rows: [['a', 'b']],
      expected: { kind: 'none' },
    },
    {
      name: 'no columns: none',
      columns: [],
      rows: [],
      expected: { kind: 'none' },
    },
    {
      name: 'untyped numbers are read from the values',
      columns: [col('label', ''), col('v', '')],
      rows: [
        ['a', 1.5],
        ['b', null],
      ],
      expected: { kind: 'bar', x: 'label', y: 'v' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(suggestChart(c.columns, c.rows)).toEqual(c.expected));
  }
});

describe('withKind', () => {
  const columns = [
    col('kode', 'VARCHAR'),
    col('navn', 'VARCHAR'),
    col('period_label', 'VARCHAR'),
    col('value', 'DOUBLE'),
  ];
  const rows = [
    ['101', 'København', '2022', 1],
    ['851', 'Aalborg', '2023', 2],
  ];
  it('picks columns that suit the new kind', () => {
    expect(withKind(columns, rows, { kind: 'bar', x: 'navn', y: 'value' }, 'map')).toEqual({
      kind: 'map',
      x: 'kode',
      y: 'value',
    });
    expect(withKind(columns, rows, { kind: 'map', x: 'kode', y: 'value' }, 'line')).toEqual({
      kind: 'line',
      x: 'period_label',
      y: 'value',
    });
  });
  it('keeps x for a ranking, which any column can label', () => {
    expect(withKind(columns, rows, { kind: 'map', x: 'kode', y: 'value' }, 'bar')).toEqual({
      kind: 'bar',
      x: 'kode',
      y: 'value',
    });
  });
});

describe('toLineInput', () => {
  const columns = [col('period_label', 'VARCHAR'), col('value', 'DOUBLE')];
  const spec: ChartSpec = { kind: 'line', x: 'period_label', y: 'value' };

  it('sorts by date, keeps NULL as a gap and counts what it leaves out', () => {
    const data = toLineInput(
      columns,
      [
        ['2022', 3],
        ['2020', 1],
        ['2021', null],
        ['2021', 9], // same date as the NULL row before it
        ['senere', 4], // not a period
        ['2023', 'mange'], // not a number
        ['2024', Number.POSITIVE_INFINITY],
      ],
      spec,
    );
    expect(data.points.map((p) => [p.date, p.label, p.value])).toEqual([
      ['2020-01-01', '2020', 1],
      ['2021-01-01', '2021', null],
      ['2022-01-01', '2022', 3],
    ]);
    expect(data.skipped).toBe(3);
    expect(data.duplicates).toBe(1);
    expect(data.total).toBe(4);
    expect(data.capped).toBe(0);
    expect(data.points.every((p) => !p.secondary && !p.flagged)).toBe(true);
  });

  it(`caps at ${LINE_MAX_POINTS} points, keeping the result's first rows`, () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [Date.UTC(1900, 0, 1 + i), i]);
    const data = toLineInput([col('d', 'DATE'), col('v', 'DOUBLE')], rows, {
      kind: 'line',
      x: 'd',
      y: 'v',
    });
    expect(data.points).toHaveLength(LINE_MAX_POINTS);
    expect(data.capped).toBe(500);
    expect(data.points.at(-1)?.value).toBe(LINE_MAX_POINTS - 1);
  });

  it('returns nothing for columns that are not in the result', () => {
    const data = toLineInput(columns, [['2020', 1]], { kind: 'line', x: 'nope', y: 'value' });
    expect(data.points).toEqual([]);
  });
});

describe('toBarRows', () => {
  const columns = [col('navn', 'VARCHAR'), col('n', 'BIGINT')];
  const spec: ChartSpec = { kind: 'bar', x: 'navn', y: 'n' };

  it('ranks highest first, ties in result order, and counts NULL and non-numbers apart', () => {
    const data = toBarRows(
      columns,
      [
        ['Aarhus', 2n],
        ['Aalborg', 5n],
        ['Odense', null],
        [null, 2n],
        ['Vejle', 'x'],
      ],
      spec,
      'da',
    );
    expect(data.rows.map((r) => [r.label, r.value, r.kode])).toEqual([
      ['Aalborg', 5, '1'],
      ['Aarhus', 2, '0'],
      ['..', 2, '3'],
    ]);
    expect(data.nulls).toBe(1);
    expect(data.skipped).toBe(1);
    expect(data.omitted).toBe(0);
  });

  it(`shows the top ${BAR_MAX_ROWS} and says how many it left out`, () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`r${i}`, i]);
    const data = toBarRows(columns, rows, spec, 'en');
    expect(data.rows).toHaveLength(BAR_MAX_ROWS);
    expect(data.rows[0]?.value).toBe(149);
    expect(data.omitted).toBe(150 - BAR_MAX_ROWS);
    expect(data.total).toBe(150);
  });

  it('formats number labels and cuts long ones', () => {
    const data = toBarRows(
      [col('x', 'DOUBLE'), col('y', 'DOUBLE')],
      [
        [1234.5, 1],
        ['x'.repeat(60), 2],
      ],
      { kind: 'bar', x: 'x', y: 'y' },
      'da',
    );
    expect(data.rows.map((r) => r.label)).toEqual([`${'x'.repeat(39)}…`, '1.234,5']);
  });
});

describe('toMapValues', () => {
  it('keeps three-digit codes, NULL as no data, and counts the rest', () => {
    const data = toMapValues(
      [col('kode', 'VARCHAR'), col('value', 'DOUBLE')],
      [
        ['101', 1.5],
        ['851', null],
        ['101', 7], // duplicate kode
        ['000', 3], // three digits, not on any map: toMapValues keeps it, the chart counts it
        ['Aalborg', 2],
        ['147', 'mange'],
      ],
      { kind: 'map', x: 'kode', y: 'value' },
    );
    expect([...data.values]).toEqual([
      ['101', 1.5],
      ['851', null],
      ['000', 3],
    ]);
    expect(data.duplicates).toBe(1);
    expect(data.skipped).toBe(2);
    expect(data.total).toBe(4);
  });
});

describe('converters', () => {
  it('do not mutate their input', () => {
    const columns = Object.freeze([
      Object.freeze(col('kode', 'VARCHAR')),
      Object.freeze(col('period_label', 'VARCHAR')),
      Object.freeze(col('value', 'DOUBLE')),
    ]);
    const rows = Object.freeze(
      [
        ['851', '2021', 3],
        ['101', '2020', null],
        ['147', '2022', 1],
      ].map((r) => Object.freeze(r)),
    );
    const before = JSON.stringify(rows);
    const spec = Object.freeze({ kind: 'line', x: 'period_label', y: 'value' } as const);
    suggestChart(columns, rows);
    withKind(columns, rows, spec, 'map');
    toLineInput(columns, rows, spec);
    toBarRows(columns, rows, { ...spec, kind: 'bar' }, 'da');
    toMapValues(columns, rows, { kind: 'map', x: 'kode', y: 'value' });
    expect(JSON.stringify(rows)).toBe(before);
    expect(spec).toEqual({ kind: 'line', x: 'period_label', y: 'value' });
  });
});
