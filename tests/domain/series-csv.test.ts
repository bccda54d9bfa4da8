// CSV output of SYNTHETIC series; titles, tables and values are made up for the tests.
import { describe, it, expect } from 'vitest';
import {
  SERIES_CSV_COLUMNS,
  csvCell,
  machineNumber,
  rowsToCsv,
  seriesToCsv,
} from '../../src/domain/series-csv.ts';
import type { Observation, Series } from '../../src/domain/series.ts';
import { METRIC, obs, series } from './fixtures.ts';

const URL = 'https://loeftetjek.example/?p=synthetic-pledge';

function withSource(o: Observation, source: Partial<Observation['source']>): Observation {
  return { ...o, source: { ...o.source, ...source } };
}

const DST = {
  title: 'Danmarks Statistik',
  url: 'https://statbank.dk/HJEM1',
  table: 'HJEM1',
  retrieved: '2025-01-14',
};

const SERIES: Series = series(
  [
    withSource(obs({ label: '2022', value: 1234.5 }), DST),
    withSource(obs({ label: '2023', value: null, flags: ['missing'] }), DST),
    withSource(
      obs({ label: '2024', value: -3, quality: 'secondary', flags: ['approx', 'sub_area'] }),
      {
        title: 'Avis, "Lokalt"',
        url: 'https://avis.example/a?b=1,2',
        table: undefined,
        retrieved: '2025-02-01',
      },
    ),
  ],
  { ...METRIC, unitDa: 'personer', unitEn: 'people', licence: 'CC BY 4.0' },
);

const lines = (csv: string): string[] => csv.split('\r\n');

describe('rowsToCsv', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(
      rowsToCsv(
        ['a', 'b'],
        [
          ['x', 1],
          [null, 2.5],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\n,2.5\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('quotes %j as %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+45 1234', "'+45 1234"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
  ])('defuses the formula in %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it('never alters a numeric cell', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(rowsToCsv(['v'], [[-1], [1234567.891]])).toBe('v\r\n-1\r\n1234567.891\r\n');
  });

  it('writes null, undefined and non-finite numbers as empty cells', () => {
    expect(rowsToCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, Infinity]])).toBe(
      'a,b,c,d\r\n,,,\r\n',
    );
  });
});

describe('machineNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [12, '12'],
    [1234567, '1234567'],
    [0.1, '0.1'],
    [-12.5, '-12.5'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000'],
    [1.234e-10, '0.0000000001234'],
  ])('%d → %s', (value, text) => {
    expect(machineNumber(value)).toBe(text);
    expect(Number(text)).toBe(value === 0 ? 0 : value);
  });
});

describe('seriesToCsv', () => {
  const csv = seriesToCsv({ series: SERIES, kommuneName: 'Aarhus', pageUrl: URL, lang: 'da' });
  const all = lines(csv);
  const comments = all.filter((l) => l.startsWith('#'));
  const data = all.filter((l) => !l.startsWith('#'));

  it('uses CRLF throughout and no bare LF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('starts with a header block of "# " comment lines', () => {
    expect(all[0]).toBe('# Personer i hjemløshed');
    expect(comments.every((l) => l.startsWith('# '))).toBe(true);
    expect(comments).toContain('# Kommune: Aarhus (751)');
    expect(comments).toContain('# Enhed: personer');
    expect(comments).toContain(
      '# Kilde: Danmarks Statistik, https://statbank.dk/HJEM1, tabel HJEM1, hentet 14. jan. 2025',
    );
    expect(comments).toContain('# Licens: CC BY 4.0');
    expect(comments).toContain(`# Hentet fra Løftetjek ${URL}`);
    expect(comments.some((l) => l.includes("'..'") && l.includes('ikke er offentliggjort'))).toBe(
      true,
    );
    // The comments come first, then the data.
    expect(all.findIndex((l) => !l.startsWith('#'))).toBe(comments.length);
  });

  it('lists each distinct source once', () => {
    expect(comments.filter((l) => l.startsWith('# Kilde:'))).toHaveLength(2);
  });

  it('keeps a comment line from opening a quoted field or a formula in a spreadsheet', () => {
    const avis = comments.find((l) => l.includes('Avis'));
    expect(avis).toBe('# Kilde: Avis, ”Lokalt”, https://avis.example/a?b=1,2, hentet 1. feb. 2025');
    const hostile = seriesToCsv({
      series: series([withSource(obs({ label: '2024', value: 1 }), { title: 'X,=1+1, -2,@a' })]),
      kommuneName: 'Aarhus',
      pageUrl: URL,
      lang: 'da',
    });
    expect(hostile).toContain("# Kilde: X,'=1+1, '-2,'@a, ");
  });

  it('has the header row and one row per observation in machine format', () => {
    expect(data[0]).toBe(SERIES_CSV_COLUMNS.join(','));
    expect(data[1]).toBe(
      '2022,2022-01-01,1234.5,persons,primary,,Danmarks Statistik,https://statbank.dk/HJEM1,HJEM1,2025-01-14,true',
    );
    expect(data[2]).toBe(
      '2023,2023-01-01,,persons,primary,missing,Danmarks Statistik,https://statbank.dk/HJEM1,HJEM1,2025-01-14,true',
    );
    expect(data[3]).toBe(
      '2024,2024-01-01,-3,persons,secondary,approx;sub_area,"Avis, ""Lokalt""","https://avis.example/a?b=1,2",,2025-02-01,true',
    );
    expect(data[4]).toBe('');
    expect(data).toHaveLength(5);
  });

  it('writes the header block in English', () => {
    const en = seriesToCsv({ series: SERIES, kommuneName: 'Aarhus', pageUrl: URL, lang: 'en' });
    const head = lines(en);
    expect(head[0]).toBe('# People experiencing homelessness');
    expect(head).toContain('# Municipality: Aarhus (751)');
    expect(head).toContain('# Unit: people');
    expect(head).toContain(
      '# Source: Danmarks Statistik, https://statbank.dk/HJEM1, table HJEM1, retrieved 14 Jan 2025',
    );
    expect(head).toContain('# Licence: CC BY 4.0');
    expect(head).toContain(`# Downloaded from Løftetjek ${URL}`);
    // Column names stay the same, so scripts work on either language.
    expect(head).toContain(SERIES_CSV_COLUMNS.join(','));
  });

  it('adds the retrieval note as a comment line', () => {
    const withNote = seriesToCsv({
      series: SERIES,
      kommuneName: 'Aarhus',
      pageUrl: URL,
      lang: 'da',
      retrievedNote: 'Data bygget 2025-03-01\nfra manifest',
    });
    expect(lines(withNote)).toContain('# Data bygget 2025-03-01 fra manifest');
  });

  it('defuses a formula in a text cell but never in the value column', () => {
    const hostile = series([
      withSource(obs({ label: '=cmd|calc', value: -5, start: '2024-01-01' }), {
        title: '@SUM(1)',
        url: '+x',
      }),
    ]);
    const row = lines(
      seriesToCsv({ series: hostile, kommuneName: 'X', pageUrl: URL, lang: 'da' }),
    ).filter((l) => !l.startsWith('#'))[1];
    expect(row).toBe("'=cmd|calc,2024-01-01,-5,persons,primary,,'@SUM(1),'+x,,2025-01-01,true");
  });

  it('marks the one figure per period that counts, the others and undated ones not', () => {
    const twoFor2024 = series([
      withSource(obs({ label: '2024', value: 600, flags: ['provisional'] }), { url: 'https://a' }),
      withSource(obs({ label: '2024', value: 556 }), { url: 'https://b' }),
      obs({ label: 'udateret', value: 1, start: null }),
    ]);
    const rows = lines(
      seriesToCsv({ series: twoFor2024, kommuneName: 'X', pageUrl: URL, lang: 'da' }),
    ).filter((l) => l !== '' && !l.startsWith('#'));
    expect(rows[0]?.split(',').at(-1)).toBe('counts');
    expect(rows.slice(1).map((r) => [r.split(',')[2], r.split(',').at(-1)])).toEqual([
      ['600', 'false'],
      ['556', 'true'],
      ['1', 'false'],
    ]);
    expect(comments.some((l) => l.includes('Kolonnen counts: true'))).toBe(true);
  });

  it('does not mutate the series', () => {
    const copy = structuredClone(SERIES);
    seriesToCsv({ series: SERIES, kommuneName: 'Aarhus', pageUrl: URL, lang: 'en' });
    expect(SERIES).toEqual(copy);
  });

  it('writes only the header for a series without observations', () => {
    const empty = seriesToCsv({
      series: series([]),
      kommuneName: 'Aarhus',
      pageUrl: URL,
      lang: 'da',
    });
    expect(lines(empty).filter((l) => !l.startsWith('#'))).toEqual([
      SERIES_CSV_COLUMNS.join(','),
      '',
    ]);
    expect(empty).not.toContain('# Kilde:');
  });
});
