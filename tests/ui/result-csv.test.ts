import { describe, expect, it } from 'vitest';
import { resultToCsv } from '../../src/ui/explorer/result-csv.ts';

// Synthetic result rows.
describe('explorer result as CSV', () => {
  it('writes a provenance header, the query as comments, then the rows', () => {
    const csv = resultToCsv({
      columns: [{ name: 'kode' }, { name: 'value' }, { name: 'flags' }],
      rows: [
        ['751', 507, ['approx']],
        ['=cmd', null, null],
      ],
      sql: "SELECT kode, value\r\nFROM observations -- note, with 'quotes'",
      pageUrl: 'https://example.org/?page=explore',
      sourceNote: 'Kilder: Løftetjeks udtræk',
      truncatedNote: 'Viser de første 2 rækker',
    });
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      '\uFEFF# Løftetjek: https://example.org/?page=explore',
      '# Kilder: Løftetjeks udtræk',
      '# Viser de første 2 rækker',
      '# SELECT kode, value',
      "# FROM observations -- note, with 'quotes'",
    ]);
    expect(lines[5]).toBe('kode,value,flags');
    expect(lines[6]).toBe('751,507,"[""approx""]"');
    // A cell that a spreadsheet would run as a formula is defused.
    expect(lines[7]).toBe("'=cmd,,");
  });

  it('has no truncation line when nothing was left out', () => {
    const csv = resultToCsv({
      columns: [{ name: 'a' }],
      rows: [[1]],
      sql: 'SELECT 1 AS a',
      pageUrl: 'u',
      sourceNote: 's',
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF# Løftetjek: u',
      '# s',
      '# SELECT 1 AS a',
      'a',
      '1',
      '',
    ]);
  });
});
