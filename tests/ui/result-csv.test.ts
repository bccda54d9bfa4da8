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

  it('defuses the header lines as it defuses cells: no formula after a comma or semicolon (issue 12)', () => {
    const csv = resultToCsv({
      columns: [{ name: 'a' }],
      rows: [[1]],
      sql: `SELECT 1 AS a -- ,=WEBSERVICE("http://127.0.0.1:9/?"&A1);+cmd|' /C calc'!A0\n--\t@SUM(1)`,
      pageUrl: 'https://example.org/?page=explore#x,=HYPERLINK("http://evil")',
      sourceNote: 'Kilder; -2+3',
    });
    const header = csv.split('\r\n').filter((l) => l.replace('\uFEFF', '').startsWith('#'));
    expect(header).toHaveLength(4);
    for (const line of header) {
      // Every piece a spreadsheet cuts the line into at , ; or tab is inert text.
      for (const piece of line.split(/[,;\t]/).slice(1)) expect(piece).not.toMatch(/^\s*[=+\-@]/);
      expect(line).not.toContain('"');
    }
    expect(header[0]).toBe(
      `\uFEFF# Løftetjek: https://example.org/?page=explore#x,'=HYPERLINK(”http://evil”)`,
    );
    expect(header[2]).toContain(`-- ,'=WEBSERVICE(”http://127.0.0.1:9/?”&A1);'+cmd|`);
  });

  it('quotes cells with a semicolon, which Excel in a Danish locale splits at', () => {
    const csv = resultToCsv({
      columns: [{ name: 'a;b' }, { name: 'c' }],
      rows: [
        ['x;=1+1', 'plain'],
        ['=2;3', 'say "hi"; bye'],
      ],
      sql: 'SELECT 1',
      pageUrl: 'u',
      sourceNote: 's',
    });
    expect(csv.split('\r\n').slice(3, 6)).toEqual([
      '"a;b",c',
      '"x;=1+1",plain',
      `"'=2;3","say ""hi""; bye"`,
    ]);
  });
});
