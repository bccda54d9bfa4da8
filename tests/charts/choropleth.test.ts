import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import ChoroplethMap from '../../src/charts/ChoroplethMap.svelte';
import {
  layoutChoropleth,
  NO_DATA_COLOR,
  type ChoroplethInput,
} from '../../src/charts/choropleth-layout.ts';
import { kodeFromKomkode, projectKommuner } from '../../scripts/map/project-kommuner.ts';
import { formatNumber } from '../../src/domain/format.ts';
import { checkSnapshot } from './snapshot.ts';

// The real DAGI boundaries; the values below are SYNTHETIC, made up for a few kommuner to
// exercise the colour classes, and mean nothing.
const topology = JSON.parse(
  readFileSync('data/sources/kommuner.topojson', 'utf8'),
) as unknown as Topology;
const kommuneKoder = readFileSync('data/sources/kommuner.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

const values = new Map<string, number | null>([
  ['101', 40],
  ['147', 35],
  ['751', 20],
  ['851', 12],
  ['461', 18],
  ['400', 5],
  ['825', 2],
  ['860', 9],
  ['561', 25],
  ['630', 15],
  ['787', null],
]);

// Projected once, as the build does. 440 × 352 is the map area the old single-step layout left
// for a 440 × 440 chart with a three-row legend, so the snapshot shows the split changed nothing.
const map = projectKommuner(topology, { width: 440, height: 352 });
const input: ChoroplethInput = { map, values, focusKode: '851' };

function renderMap(i: ChoroplethInput, title = 'Syntetisk kort'): string {
  return render(ChoroplethMap, {
    props: {
      input: i,
      title,
      description: 'Syntetiske tal til test.',
      formatValue: (v: number) => formatNumber(v, 'da'),
      labels: { noData: 'Ingen data' },
      attribution: 'Kilde: Klimadatastyrelsen (DAGI)',
    },
  }).body;
}

describe('choropleth layout', () => {
  const layout = layoutChoropleth(input);

  it('draws the 98 kommuner, one area each, and leaves Christiansø out', () => {
    expect(layout.areas).toHaveLength(98);
    expect(new Set(layout.areas.map((a) => a.kode))).toEqual(new Set(kommuneKoder));
    expect(layout.areas.some((a) => a.navn === 'Christiansø')).toBe(false);
    expect(layout.areas.every((a) => /^M[\d.,LMZ-]+Z$/.test(a.d))).toBe(true);
  });

  it('reads DAGI four-digit codes as three-digit kode', () => {
    expect(kodeFromKomkode('0851')).toBe('851');
    expect(kodeFromKomkode('0101')).toBe('101');
    expect(kodeFromKomkode('851')).toBe('851');
  });

  it('draws the focus kommune last', () => {
    const last = layout.areas[layout.areas.length - 1]!;
    expect(last.kode).toBe('851');
    expect(last.isFocus).toBe(true);
    expect(layout.areas.filter((a) => a.isFocus)).toHaveLength(1);
    const rest = layout.areas.slice(0, -1).map((a) => a.kode);
    expect(rest).toEqual([...rest].sort());
  });

  it('counts kommuner without a value, including a published null, as no data', () => {
    // Ten of the synthetic values are numbers; 787 is null and the other 87 are absent.
    expect(layout.noData.count).toBe(88);
    const nulls = layout.areas.filter((a) => a.value === null);
    expect(nulls).toHaveLength(88);
    expect(nulls.every((a) => a.bin === null && a.color === NO_DATA_COLOR)).toBe(true);
    expect(layout.areas.find((a) => a.kode === '787')?.value).toBeNull();
  });

  it('puts the values in five quantile classes, low to high, two kommuner each', () => {
    expect(layout.legend).toHaveLength(5);
    expect(layout.legend.map((l) => l.count)).toEqual([2, 2, 2, 2, 2]);
    expect(layout.legend.map((l) => [l.from, l.to])).toEqual([
      [2, 5],
      [9, 12],
      [15, 18],
      [20, 25],
      [35, 40],
    ]);
    expect(new Set(layout.legend.map((l) => l.color)).size).toBe(5);
    const aalborg = layout.areas.find((a) => a.kode === '851')!;
    expect(aalborg.bin).toBe(1);
    expect(aalborg.color).toBe(layout.legend[1]!.color);
  });

  it('keeps tied values in one class and drops empty classes', () => {
    const tied = layoutChoropleth({
      ...input,
      values: new Map([
        ['101', 1],
        ['147', 1],
        ['751', 1],
        ['851', 2],
      ]),
    });
    expect(tied.legend.map((l) => [l.from, l.to, l.count])).toEqual([
      [1, 1, 3],
      [2, 2, 1],
    ]);
    const none = layoutChoropleth({ ...input, values: new Map() });
    expect(none.legend).toEqual([]);
    expect(none.noData.count).toBe(98);
  });

  it('sets Bornholm in an inset inside the map', () => {
    expect(layout.inset).not.toBeNull();
    const { x, y, width, height } = layout.inset!;
    expect(x + width).toBeLessThanOrEqual(layout.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + height).toBeLessThanOrEqual(map.height);
    expect(height).toBeGreaterThan(10);
  });

  it('places the legend below the map and grows the height with its rows', () => {
    // 440 px fits two 150 px columns: five classes and no data make three rows.
    expect(layout.width).toBe(440);
    expect(layout.height).toBe(352 + 6 + 3 * 20 + 22);
    expect(Math.min(...layout.legend.map((l) => l.y), layout.noData.y)).toBeGreaterThanOrEqual(
      map.height,
    );
    expect(layout.noData.y + 14).toBeLessThan(layout.attributionY - 11);
    expect(layout.attributionY).toBeLessThanOrEqual(layout.height);
    const nine = layoutChoropleth({
      ...input,
      values: new Map(map.areas.map((a, i) => [a.kode, i])),
      bins: 9,
    });
    expect(nine.legend).toHaveLength(9);
    expect(nine.height).toBe(352 + 6 + 5 * 20 + 22);
    // The paths do not move with the number of classes.
    expect(nine.areas.map((a) => a.d)).toEqual(layout.areas.map((a) => a.d));
  });

  it('colours with the ColorBrewer YlGnBu steps, one class and two classes included', () => {
    expect(layout.legend.map((l) => l.color)).toEqual([
      '#ffffcc',
      '#a1dab4',
      '#41b6c4',
      '#2c7fb8',
      '#253494',
    ]);
    const two = layoutChoropleth({
      ...input,
      values: new Map([
        ['101', 1],
        ['147', 9],
      ]),
      bins: 2,
    });
    expect(two.legend.map((l) => l.color)).toEqual(['#edf8b1', '#2c7fb8']);
    const one = layoutChoropleth({ ...input, bins: 1 });
    expect(one.legend.map((l) => [l.from, l.to, l.color])).toEqual([[2, 40, '#7fcdbb']]);
  });

  it('is deterministic and does not mutate its input', () => {
    const before = JSON.stringify(map);
    expect(layoutChoropleth(input)).toEqual(layout);
    expect(JSON.stringify(map)).toBe(before);
  });
});

/** The map's own <svg> in the component's markup (the first one; it holds no other). */
function mapSvg(html: string): string {
  const start = html.indexOf('<svg class="choropleth');
  return html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length);
}

describe('ChoroplethMap', () => {
  const html = renderMap(input);
  const svg = mapSvg(html);

  it('matches its SVG snapshot and stays small', () => {
    const result = checkSnapshot('choropleth', svg);
    expect(result.ok, `snapshot differs: see ${result.path.replace('.svg', '-changed.svg')}`).toBe(
      true,
    );
    expect(svg.length).toBeLessThan(250_000);
  });

  it('renders the same markup twice', () => {
    expect(renderMap(input)).toBe(html);
  });

  it('names each area with its value or no data, and outlines the focus', () => {
    expect(svg).toContain('data-testid="choropleth"');
    expect(svg).toContain('<title>København: 40</title>');
    expect(svg).toContain('<title>Aarhus: 20</title>');
    expect(svg).toContain('<title>Skive: Ingen data</title>');
    expect(svg.match(/<path /g)).toHaveLength(98);
    expect(svg.match(/class="area[^"]*no-data/g)).toHaveLength(88);
    const focus = /<path class="area[^"]*focus[^"]*"[^>]*data-kode="(\d+)"/.exec(svg);
    expect(focus?.[1]).toBe('851');
    // Drawn last, so its outline lies on top of its neighbours'.
    const lastPath = svg.slice(svg.lastIndexOf('<path '));
    expect(lastPath).toContain('data-testid="focus-area"');
  });

  it('has a legend with every class, no data, and the attribution', () => {
    expect(svg).toContain('>2–5</text>');
    expect(svg).toContain('>35–40</text>');
    expect(svg).toContain('>Ingen data</text>');
    expect(svg).toContain('Kilde: Klimadatastyrelsen (DAGI)');
  });

  it('writes the same legend and attribution as text for a narrow box', () => {
    // Shown instead of the SVG's legend below 420 px (a container query), so a phone reads it.
    const text = html.slice(html.indexOf('data-testid="choropleth-legend-text"'));
    const items = [...text.matchAll(/<\/svg>([^<]+)<\/li>/g)].map((m) => m[1]!.trim());
    const classes = layoutChoropleth(input).legend.length;
    expect(items).toHaveLength(classes + 1);
    expect(items).toContain('2–5');
    expect(items).toContain('35–40');
    expect(items.at(-1)).toBe('Ingen data');
    expect(text).toContain('<p class="attribution-text');
    expect(text).toContain('Kilde: Klimadatastyrelsen (DAGI)');
    // The map keeps only its own rows when cut: its aspect ratio without the legend.
    expect(html).toContain(`--map-ratio: ${map.width} / ${map.height}`);
  });

  it('renders accessible SVG with a title and description, and escapes text', () => {
    const hostile = renderMap(input, '<script>alert(1)</script>');
    expect(hostile).toContain('role="img"');
    expect(hostile).toContain('aria-labelledby="choropleth-title choropleth-desc"');
    expect(hostile).toContain('&lt;script>');
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('NaN');
  });
});
