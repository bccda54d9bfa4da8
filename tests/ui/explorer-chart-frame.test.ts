// Synthetic titles and sources; none of these names a real publication.
import { describe, expect, it } from 'vitest';
import { estimate, wrapText } from '../../src/charts/chart-frame-text.ts';
import { sourceText } from '../../src/ui/explorer/chart-source.ts';
import { explorerText } from '../../src/text/explorer.ts';

const da = explorerText.da;
const count = (n: number) => String(n);

describe('wrapText', () => {
  it('never makes a line longer than the width allows, breaking at spaces', () => {
    const text =
      'Kilde: Danmarks Statistik, Statistikbanken; VIVE, Hjemløshed i Danmark 2024; Københavns Kommune, Socialforvaltningen';
    const lines = wrapText(text, 300, estimate(11));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimate(11)(line)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than a line (a URL) rather than letting it run off', () => {
    const url = `https://example.invalid/${'a'.repeat(120)}`;
    const lines = wrapText(`Kilde: ${url}`, 200, estimate(11));
    for (const line of lines) expect(estimate(11)(line)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace('Kilde:', '')).toBe(url);
  });

  it('wraps by the measure it is given, e.g. a wide bold font', () => {
    const wide = (text: string) => text.length * 20;
    expect(wrapText('ab cd ef', 100, wide)).toEqual(['ab cd', 'ef']);
    expect(wrapText('abcdefghij', 100, wide)).toEqual(['abcde', 'fghij']);
  });
});

describe('sourceText', () => {
  const columns = [
    { name: 'kode', type: 'VARCHAR' },
    { name: 'source_title', type: 'VARCHAR' },
  ];

  it('names the distinct sources of the rows', () => {
    const rows = [
      ['101', 'Kilde A'],
      ['851', 'Kilde B'],
      ['147', 'Kilde A'],
      ['751', null],
    ];
    expect(sourceText(columns, rows, da, '2. dec. 2026', count)).toBe('Kilde: Kilde A; Kilde B');
  });

  it('counts the sources beyond the first four', () => {
    const rows = ['A', 'B', 'C', 'D', 'E', 'F'].map((s) => ['101', `Kilde ${s}`]);
    expect(sourceText(columns, rows, da, '2. dec. 2026', count)).toBe(
      'Kilde: Kilde A; Kilde B; Kilde C; Kilde D og 2 kilder mere (se source_title i resultatet)',
    );
  });

  it('falls back to the extracts and their date without a source_title column', () => {
    expect(sourceText([{ name: 'n', type: 'BIGINT' }], [[1n]], da, '2. dec. 2026', count)).toBe(
      'Kilde: Løftetjeks udtræk, 2. dec. 2026',
    );
    expect(
      sourceText([{ name: 'n', type: 'BIGINT' }], [[1n]], explorerText.en, '2 Dec 2026', count),
    ).toBe('Source: the Løftetjek extracts, 2 Dec 2026');
  });
});
