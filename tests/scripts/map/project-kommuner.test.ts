import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseProjectedMap, type ProjectedMap } from '../../../src/charts/projected-map.ts';
import {
  DAGI_ATTRIBUTION,
  kodeFromKomkode,
  MAP_HEIGHT,
  MAP_WIDTH,
  projectKommuner,
} from '../../../scripts/map/project-kommuner.ts';

// The real DAGI boundaries, projected as the build does.
const topology = JSON.parse(
  readFileSync('data/sources/kommuner.topojson', 'utf8'),
) as unknown as Topology;
const kommuneKoder = readFileSync('data/sources/kommuner.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

const map = projectKommuner(topology, { width: MAP_WIDTH, height: MAP_HEIGHT });

/** The projected map with one change, for the refusal cases; the changes are SYNTHETIC. */
function damaged(change: (m: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(map)) as Record<string, unknown>;
  change(copy);
  return copy;
}

function firstArea(m: Record<string, unknown>): Record<string, unknown> {
  return (m.areas as Record<string, unknown>[])[0]!;
}

describe('projectKommuner', () => {
  it('projects the 98 kommuner, sorted by kode, and leaves Christiansø out', () => {
    expect(map.version).toBe(1);
    expect([map.width, map.height]).toEqual([560, 440]);
    expect(map.areas).toHaveLength(98);
    const koder = map.areas.map((a) => a.kode);
    expect(new Set(koder)).toEqual(new Set(kommuneKoder));
    expect(koder).toEqual([...koder].sort());
    expect(map.areas.some((a) => a.kode === '411' || a.navn === 'Christiansø')).toBe(false);
    expect(map.areas.find((a) => a.kode === '851')?.navn).toBe('Aalborg');
    expect(map.attribution).toBe(DAGI_ATTRIBUTION);
  });

  it('reads DAGI four-digit codes as three-digit kode', () => {
    expect(kodeFromKomkode('0851')).toBe('851');
    expect(kodeFromKomkode('0101')).toBe('101');
    expect(kodeFromKomkode('851')).toBe('851');
  });

  it('writes paths of M, L and Z commands only, on the half-pixel grid, inside the map', () => {
    for (const { kode, d } of map.areas) {
      expect(d, kode).toMatch(/^M[\d.,LMZ-]+Z$/);
      const numbers = d
        .split(/[MLZ,]/)
        .filter((n) => n !== '')
        .map(Number);
      expect(
        numbers.every((n) => Number.isFinite(n) && (n * 2) % 1 === 0),
        kode,
      ).toBe(true);
      expect(Math.min(...numbers), kode).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers), kode).toBeLessThanOrEqual(map.width);
    }
  });

  it('sets Bornholm in an inset box in the map, with its path inside the box', () => {
    expect(map.inset).not.toBeNull();
    const { x, y, width, height } = map.inset!;
    expect(x).toBeGreaterThan(map.width / 2);
    expect(x + width).toBeLessThanOrEqual(map.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + height).toBeLessThanOrEqual(map.height);
    const bornholm = map.areas.find((a) => a.kode === '400')!.d;
    const pairs = [...bornholm.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]);
    expect(
      pairs.every(([px, py]) => px! >= x && px! <= x + width && py! >= y && py! <= y + height),
    ).toBe(true);
  });

  it('is deterministic, small, and does not mutate the topology', () => {
    const before = JSON.stringify(topology);
    expect(projectKommuner(topology, { width: MAP_WIDTH, height: MAP_HEIGHT })).toEqual(map);
    expect(JSON.stringify(topology)).toBe(before);
    // The point of projecting at build time: far less than the 290 KB TopoJSON.
    expect(JSON.stringify(map).length).toBeLessThan(200_000);
  });

  it('fits the map to the size it is given', () => {
    const small = projectKommuner(topology, { width: 300, height: 240 });
    expect([small.width, small.height]).toEqual([300, 240]);
    expect(small.areas).toHaveLength(98);
    expect(small.inset!.x + small.inset!.width).toBeLessThanOrEqual(300);
  });
});

describe('parseProjectedMap', () => {
  it('accepts the projected map, also after a JSON round trip', () => {
    expect(parseProjectedMap(map)).toEqual(map);
    expect(parseProjectedMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
    const noInset = damaged((m) => (m.inset = null));
    expect(parseProjectedMap(noInset).inset).toBeNull();
  });

  it('copies only the known fields', () => {
    const extra = damaged((m) => {
      m.onload = 'alert(1)';
      firstArea(m).style = 'fill:url(javascript:alert(1))';
    });
    const parsed = parseProjectedMap(extra) as ProjectedMap & Record<string, unknown>;
    expect(parsed).not.toHaveProperty('onload');
    expect(Object.keys(parsed.areas[0]!).sort()).toEqual(['d', 'kode', 'navn']);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'M0,0Z', /not a JSON object/],
    ['null', null, /not a JSON object/],
    ['a wrong version', damaged((m) => (m.version = 2)), /version/],
    ['no version', damaged((m) => delete m.version), /version/],
    ['areas that are not an array', damaged((m) => (m.areas = { 0: {} })), /areas is not an array/],
    ['a four-digit kode', damaged((m) => (firstArea(m).kode = '0101')), /areas\[0\]\.kode/],
    ['a numeric kode', damaged((m) => (firstArea(m).kode = 101)), /areas\[0\]\.kode/],
    ['a kode twice', damaged((m) => (firstArea(m).kode = '147')), /147 appears twice/],
    ['an empty navn', damaged((m) => (firstArea(m).navn = ' ')), /areas\[0\]\.navn/],
    [
      'markup in d',
      damaged((m) => (firstArea(m).d = 'M0,0Z"><script>alert(1)</script>')),
      /areas\[0\]\.d/,
    ],
    [
      'a curve command in d',
      damaged((m) => (firstArea(m).d = 'M0,0C1,1,2,2,3,3Z')),
      /areas\[0\]\.d/,
    ],
    ['a d that is not text', damaged((m) => (firstArea(m).d = ['M0,0Z'])), /areas\[0\]\.d/],
    ['a NaN width', { ...map, width: NaN }, /width is not a number/],
    ['an infinite height', { ...map, height: Infinity }, /height is not a number/],
    ['a width given as text', damaged((m) => (m.width = '560')), /width is not a number/],
    ['a zero height', damaged((m) => (m.height = 0)), /height is not positive/],
    ['a missing inset', damaged((m) => delete m.inset), /inset/],
    ['a NaN inset', { ...map, inset: { ...map.inset!, x: NaN } }, /inset\.x/],
    ['no attribution', damaged((m) => delete m.attribution), /attribution/],
  ])('refuses %s', (_, json, reason) => {
    expect(() => parseProjectedMap(json)).toThrow(reason);
    expect(() => parseProjectedMap(json)).toThrow(/^kommune map: /);
  });
});
