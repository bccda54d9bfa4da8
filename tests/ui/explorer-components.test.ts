// Synthetic results and schema: names follow the extracts, every value is made up for the test.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ResultsGrid from '../../src/ui/explorer/ResultsGrid.svelte';
import SchemaBrowser from '../../src/ui/explorer/SchemaBrowser.svelte';
import QuickChart from '../../src/ui/explorer/QuickChart.svelte';
import type { ProjectedMap } from '../../src/charts/projected-map.ts';
import type { ChartSpec, ResultColumn } from '../../src/ui/explorer/quick-chart-data.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

function grid(columns: ResultColumn[], rows: unknown[][], lang: 'da' | 'en' = 'da'): string {
  return render(ResultsGrid, { props: { columns, rows, lang, caption: 'Syntetisk resultat' } })
    .body;
}

describe('ResultsGrid', () => {
  const columns: ResultColumn[] = [
    { name: 'kode', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'period_start', type: 'DATE' },
    { name: 'note', type: 'VARCHAR' },
  ];

  it('is a grid with row and column counts, a header row and cells', () => {
    const html = grid(columns, [['101', 1234.5, Date.UTC(2024, 0, 1), 'a']]);
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-rowcount="2"');
    expect(html).toContain('aria-colcount="4"');
    expect(html).toContain('tabindex="0"');
    expect(count(html, /role="columnheader"/g)).toBe(4);
    expect(count(html, /role="gridcell"/g)).toBe(4);
    expect(html).toMatch(/role="row" aria-rowindex="1"/);
    expect(html).toMatch(/role="row" aria-rowindex="2"/);
    expect(html).toContain('data-testid="results-grid"');
    expect(html).toContain('Syntetisk resultat');
  });

  it('renders only a window of a 100,000-row result', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      String(100 + (i % 900)),
      i * 1.5,
      Date.UTC(2000, 0, 1 + (i % 9000)),
      `række ${i}`,
    ]);
    const started = performance.now();
    const html = grid(columns, rows);
    const elapsed = performance.now() - started;
    expect(html).toContain('aria-rowcount="100001"');
    const rendered = count(html, /role="row"/g);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(html).toContain('række 0');
    expect(html).not.toContain('række 99999');
    // The body is as tall as all rows, so the scrollbar matches the result.
    expect(html).toContain(`height: ${100_000 * 28}px`);
    expect(elapsed).toBeLessThan(1000);
  });

  it("shows NULL as '..' and never a filled-in value", () => {
    const html = grid(columns, [['101', null, null, null]]);
    expect(count(html, /aria-hidden="true">\.\.<\/span>/g)).toBe(3);
    expect(html).toContain('mangler (NULL)');
    expect(html).not.toMatch(/>\s*0\s*</);
  });

  it('formats numbers in the reader’s language, right-aligned, and dates as ISO', () => {
    const da = grid(columns, [['101', 1234.5, Date.UTC(2024, 2, 1), 'a']]);
    expect(da).toContain('1.234,5');
    expect(da).toMatch(/class="cell[^"]*\bnum\b[^"]*"[^>]*>(<!--[^>]*-->)?1\.234,5/);
    expect(da).toContain('2024-03-01');
    const en = grid(columns, [['101', 1234.5, Date.UTC(2024, 2, 1), 'a']], 'en');
    expect(en).toContain('1,234.5');
  });

  it('keeps full precision in the tooltip when it rounds', () => {
    const html = grid(columns, [['101', 0.123456789, null, 'a']], 'en');
    expect(html).toContain('0.123457');
    expect(html).toContain('title="0.123456789"');
  });

  it('escapes hostile cell text and gives long text a title', () => {
    const long = `${HOSTILE} ${'x'.repeat(400)}`;
    const html = grid([{ name: HOSTILE, type: 'VARCHAR' }], [[HOSTILE], [long]]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).toMatch(/title="&lt;img src=x onerror=alert\(1\)> x{400}"/);
  });

  it('says so when there are no rows or no columns', () => {
    expect(grid(columns, [])).toContain('Forespørgslen gav ingen rækker.');
    expect(grid([], [], 'en')).toContain('The query returned no columns.');
  });
});

describe('SchemaBrowser', () => {
  const tables = [
    {
      name: 'kommuner',
      rows: 99,
      source: 'Danmarks Statistik og DAGI',
      columns: [
        { name: 'kode', type: 'VARCHAR' },
        { name: 'navn', type: 'VARCHAR' },
      ],
    },
    {
      name: 'observations',
      rows: 12345,
      source: HOSTILE,
      columns: [{ name: 'Odd Name', type: 'DOUBLE' }],
    },
    { name: 'pledges', rows: null, source: 'Kataloget', columns: [] },
  ];
  const html = (lang: 'da' | 'en') =>
    render(SchemaBrowser, { props: { tables, lang, oninsert: () => {} } }).body;

  it('lists each table with its row count, source and columns', () => {
    const da = html('da');
    expect(da).toContain('data-testid="schema-browser"');
    expect(count(da, /<details/g)).toBe(3);
    expect(da).toContain('12.345 rækker');
    expect(da).toContain('antal rækker ukendt');
    expect(da).toContain('2 kolonner');
    expect(da).toMatch(/<button[^>]*>kommuner<\/button>/);
    expect(da).toMatch(/<button[^>]*>navn<\/button>\s*<code class="type[^"]*">VARCHAR<\/code>/);
    expect(html('en')).toContain('12,345 rows');
  });

  it('escapes hostile text', () => {
    const da = html('da');
    expect(da).not.toContain('<img');
    expect(da).toContain('&lt;img src=x onerror=alert(1)>');
  });
});

describe('QuickChart', () => {
  const columns: ResultColumn[] = [
    { name: 'kode', type: 'VARCHAR' },
    { name: 'navn', type: 'VARCHAR' },
    { name: 'period_label', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
  ];
  const rows: unknown[][] = [
    ['101', 'København', '2021', 10],
    ['851', 'Aalborg', '2022', 12.5],
    ['751', HOSTILE, '2023', null],
    ['147', 'Frederiksberg', '2024', 'mange'],
  ];
  // A two-square stand-in for the projected kommune map.
  const map: ProjectedMap = {
    version: 1,
    width: 200,
    height: 100,
    areas: [
      { kode: '101', navn: 'København', d: 'M0,0L50,0L50,50Z' },
      { kode: '851', navn: 'Aalborg', d: 'M100,0L150,0L150,50Z' },
    ],
    inset: null,
    attribution: 'syntetisk',
  };
  const chart = (spec: ChartSpec, m: ProjectedMap | null = map, lang: 'da' | 'en' = 'da') =>
    render(QuickChart, { props: { columns, rows, spec, lang, map: m, onspec: () => {} } }).body;

  it('draws a line with a title and description, and notes the skipped row', () => {
    const html = chart({ kind: 'line', x: 'period_label', y: 'value' });
    expect(html).toContain('data-testid="quick-chart"');
    expect(html).toContain('data-testid="line-chart"');
    // One line without a series column: no legend to read.
    expect(html).not.toContain('data-testid="chart-legend"');
    expect(html).toMatch(/<title[^>]*>value efter period_label<\/title>/);
    expect(html).toMatch(/<desc[^>]*>Linje med 3 punkter fra 2021 til 2023\./);
    expect(html).toContain('1 række er udeladt');
    expect(html).not.toContain('data-testid="target-line"');
  });

  it('ranks rows with the dot plot and escapes hostile labels', () => {
    const html = chart({ kind: 'bar', x: 'navn', y: 'value' });
    expect(html).toContain('data-testid="ranked-dot-plot"');
    expect(count(html, /class="row /g)).toBe(2);
    expect(html).toContain('1 række uden værdi (NULL) er ikke tegnet.');
    expect(html).not.toContain('<img');
  });

  it('maps three-digit codes, and counts codes that are not on the map', () => {
    const html = chart({ kind: 'map', x: 'kode', y: 'value' });
    expect(html).toContain('data-testid="choropleth"');
    expect(count(html, /data-kode="/g)).toBe(2);
    expect(html).toContain('1 koder findes ikke på kortet');
  });

  it('says so when the map is not loaded', () => {
    const html = chart({ kind: 'map', x: 'kode', y: 'value' }, null, 'en');
    expect(html).toContain('The map is not loaded');
    expect(html).not.toContain('data-testid="choropleth"');
  });

  it('draws one line per series with a legend, each with its own dash (issue 16)', () => {
    const series: unknown[][] = [
      ['000', 'Hele landet', '2021', 100],
      ['000', 'Hele landet', '2022', 110],
      ['851', HOSTILE, '2021', 10],
      ['851', HOSTILE, '2022', 12],
    ];
    const html = render(QuickChart, {
      props: {
        columns,
        rows: series,
        spec: { kind: 'line', x: 'period_label', y: 'value', series: 'navn' },
        lang: 'da',
        map,
        onspec: () => {},
      },
    }).body;
    expect(count(html, /data-testid="series-line"/g)).toBe(2);
    expect(count(html, /data-testid="legend-entry"/g)).toBe(2);
    expect(html).toMatch(/<text[^>]*>Hele landet<\/text>/);
    expect(html).not.toContain('<img');
    expect(html).toMatch(/<desc[^>]*>2 linjer \(Hele landet, &lt;img/);
    expect(html).toContain('stroke-dasharray="7 3"');
    expect(html).toContain('data-testid="chart-download-png"');
  });

  it('labels every control', () => {
    const html = chart({ kind: 'line', x: 'period_label', y: 'value' });
    const ids = [...html.matchAll(/<select[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });

  it('asks for columns that exist instead of drawing from stale ones', () => {
    const html = chart({ kind: 'bar', x: 'gone', y: 'value' }, map, 'en');
    expect(html).toContain('Choose columns that are in the result.');
    expect(html).not.toContain('<svg');
  });
});
