import { describe, it, expect } from 'vitest';
import { parseStatbankPeriod } from '../../src/statbank/parse-statbank-period.ts';
import { parseStatbankValue } from '../../src/statbank/parse-statbank-value.ts';
import { parseStatbankCsv } from '../../src/statbank/parse-statbank-csv.ts';

describe('parseStatbankPeriod', () => {
  it.each([
    ['2024', '2024-01-01', '2025-01-01'],
    ['2024K1', '2024-01-01', '2024-04-01'],
    ['2024K3', '2024-07-01', '2024-10-01'],
    ['2024K4', '2024-10-01', '2025-01-01'],
    ['2024M07', '2024-07-01', '2024-08-01'],
    ['2024M01', '2024-01-01', '2024-02-01'],
    ['2024M12', '2024-12-01', '2025-01-01'],
    ['2024H1', '2024-01-01', '2024-07-01'],
    ['2024H2', '2024-07-01', '2025-01-01'],
    ['2024M02D29', '2024-02-29', '2024-03-01'],
    ['2020U01', '2019-12-30', '2020-01-06'],
    ['2020U53', '2020-12-28', '2021-01-04'],
  ])('%s starts %s and ends before %s', (code, start, end) => {
    expect(parseStatbankPeriod(code)).toEqual({ code, start, end });
  });

  it('writes an English quarter (2024Q2, lang=en) as DST’s Danish code 2024K2', () => {
    expect(parseStatbankPeriod('2024Q2')).toEqual({
      code: '2024K2',
      start: '2024-04-01',
      end: '2024-07-01',
    });
  });

  it.each(['2024K5', '2024M13', '2024M00', '2023M02D29', '2021U53', '24', '2024-01', 'I alt', ''])(
    'rejects %j and names it',
    (code) => {
      expect(() => parseStatbankPeriod(code, 'SMDBV004: linje 3')).toThrow(
        `SMDBV004: linje 3: ukendt periodekode "${code}"`,
      );
    },
  );
});

describe('parseStatbankValue', () => {
  it.each([
    ['12', 12],
    ['87,5', 87.5],
    ['-0,25', -0.25],
    ['0', 0],
    ['0.125', 0.125], // lang=en writes a decimal dot; DST never groups digits in CSV
    ['1.234', 1.234],
    ['5961249', 5961249],
    [' 42 ', 42],
  ])('reads %j as %d', (raw, value) => {
    expect(parseStatbankValue(raw)).toEqual({ value, symbol: null });
  });

  it.each(['..', '.', '...', '-', 'x', ''])('reads the symbol %j as missing, never as 0', (raw) => {
    const parsed = parseStatbankValue(raw);
    expect(parsed.value).toBeNull();
    expect(parsed.symbol).not.toBeNull();
  });

  it.each(['1.234.567,8', '1 234', '12\u00a0345,5', '1,2,3', 'abc', '12,', '1e5'])(
    'rejects %j instead of guessing',
    (raw) => {
      expect(() => parseStatbankValue(raw, 'X: linje 9')).toThrow(`X: linje 9: værdien "${raw}"`);
    },
  );
});

describe('parseStatbankCsv', () => {
  it('splits on ; and keeps quoted fields, BOM and CRLF aside', () => {
    const text =
      '\uFEFFOMRÅDE;TID;INDHOLD\r\n"Lyngby-Taarbæk; nord";2024;"1,5"\r\n"Say ""hi""";2024;..\r\n\r\n';
    const csv = parseStatbankCsv(text, 'T1');
    expect(csv.header).toEqual(['OMRÅDE', 'TID', 'INDHOLD']);
    expect(csv.records).toEqual([
      { line: 2, fields: ['Lyngby-Taarbæk; nord', '2024', '1,5'] },
      { line: 3, fields: ['Say "hi"', '2024', '..'] },
    ]);
  });

  it('names the table and line of a row with too few fields', () => {
    const text = 'OMRÅDE;TID;INDHOLD\n101;2024;5\n147;2024\n';
    expect(() => parseStatbankCsv(text, 'SMDBV004')).toThrow(
      'SMDBV004: linje 3: 2 felter, forventede 3',
    );
  });

  it('counts lines inside a quoted field when naming a later bad row', () => {
    const text = 'A;INDHOLD\n"two\nlines";1\nx;1;extra\n';
    expect(() => parseStatbankCsv(text, 'T')).toThrow('T: linje 4:');
  });

  it('rejects an unclosed quote and text after a closing quote', () => {
    expect(() => parseStatbankCsv('A;INDHOLD\n"open;1\n', 'T')).toThrow(
      'T: linje 2: et felt i anførselstegn',
    );
    expect(() => parseStatbankCsv('A;INDHOLD\n"a"b;1\n', 'T')).toThrow('T: linje 2: tegn efter');
  });

  it('rejects an empty body and a header without a value column', () => {
    expect(() => parseStatbankCsv('', 'T')).toThrow('T: svaret fra /data er tomt');
    expect(() => parseStatbankCsv('INDHOLD\n5\n', 'T')).toThrow('T: linje 1:');
  });
});
