/**
 * Geometry of the kommune map: the pre-projected kommune paths (scripts/map/project-kommuner.ts, run at build
 * time) coloured by their values, with a legend band and room for the attribution below the map.
 * No projection happens here, so the browser needs neither the boundaries nor d3-geo: a pure
 * function of the projected map and the values.
 */
import type { ProjectedMap } from './projected-map.ts';

export interface ChoroplethInput {
  /** Kommune paths projected at build time; parse fetched files with parseProjectedMap. */
  map: ProjectedMap;
  /** By 3-digit kode; null or absent is no data. */
  values: Map<string, number | null>;
  focusKode?: string | null;
  /** Number of colour classes, 1–9; default 5. */
  bins?: number;
}

export interface ChoroplethArea {
  kode: string;
  navn: string;
  d: string;
  value: number | null;
  /** Index into `legend`; null for no data. */
  bin: number | null;
  color: string;
  isFocus: boolean;
}

export interface LegendEntry {
  /** Lowest and highest value among the kommuner in this class. */
  from: number;
  to: number;
  color: string;
  count: number;
  x: number;
  y: number;
}

export interface ChoroplethLayout {
  width: number;
  /** The map's height plus the legend rows and the attribution line. */
  height: number;
  /** The map's own height, above the legend. */
  mapHeight: number;
  /** Sorted by kode, the focus kommune last so its outline is drawn on top. */
  areas: ChoroplethArea[];
  legend: LegendEntry[];
  noDataColor: string;
  noData: { count: number; x: number; y: number };
  /** The box around Bornholm, drawn closer to the rest of the country than it is. */
  inset: { x: number; y: number; width: number; height: number } | null;
  attributionY: number;
}

/** Light neutral, clearly lighter than the palette's darker steps; no-data areas also get an outline. */
export const NO_DATA_COLOR = '#e4e4e4';
const PAD = 8;
const LEGEND_ROW = 20;
const LEGEND_COLUMN = 150;
/** Gap between the map and the first legend row. */
const LEGEND_TOP = 6;
/** Room under the last legend row for the attribution line. */
const ATTRIBUTION_ROOM = 22;

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, colorbrewer2.org, Apache-2.0), by number of classes; the
 * same values as d3-scale-chromatic's schemeYlGnBu, copied so the browser does not load that
 * package. ColorBrewer starts at three classes: one class takes the middle of three, two classes
 * its ends, so they stay apart.
 */
const YL_GN_BU: readonly (readonly string[])[] = [
  [],
  ['#7fcdbb'],
  ['#edf8b1', '#2c7fb8'],
  ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  [
    '#ffffd9',
    '#edf8b1',
    '#c7e9b4',
    '#7fcdbb',
    '#41b6c4',
    '#1d91c0',
    '#225ea8',
    '#253494',
    '#081d58',
  ],
];

export function layoutChoropleth(input: ChoroplethInput): ChoroplethLayout {
  const { width, height: mapHeight } = input.map;
  const present = input.map.areas
    .map((a) => valueOf(input.values, a.kode))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const classes = classify(present, Math.min(9, Math.max(1, Math.round(input.bins ?? 5))));

  // The legend goes under the map, so the projection never depends on the number of classes.
  const columns = Math.max(1, Math.min(classes.length + 1, Math.floor(width / LEGEND_COLUMN)));
  const legendRows = Math.ceil((classes.length + 1) / columns);
  const height = mapHeight + LEGEND_TOP + legendRows * LEGEND_ROW + ATTRIBUTION_ROOM;
  const item = (i: number) => ({
    x: PAD + (i % columns) * Math.floor((width - 2 * PAD) / columns),
    y: mapHeight + LEGEND_TOP + Math.floor(i / columns) * LEGEND_ROW,
  });

  const focusKode = input.focusKode ?? null;
  const areas: ChoroplethArea[] = input.map.areas.map((a) => {
    const value = valueOf(input.values, a.kode);
    const bin = value === null ? -1 : classes.findIndex((c) => value >= c.from && value <= c.to);
    return {
      kode: a.kode,
      navn: a.navn,
      d: a.d,
      value,
      bin: bin < 0 ? null : bin,
      color: classes[bin]?.color ?? NO_DATA_COLOR,
      isFocus: a.kode === focusKode,
    };
  });
  areas.sort((a, b) => Number(a.isFocus) - Number(b.isFocus) || (a.kode < b.kode ? -1 : 1));

  return {
    width,
    height,
    mapHeight,
    areas,
    legend: classes.map((c, i) => ({
      ...c,
      count: present.filter((v) => v >= c.from && v <= c.to).length,
      ...item(i),
    })),
    noDataColor: NO_DATA_COLOR,
    noData: { count: areas.filter((a) => a.value === null).length, ...item(classes.length) },
    inset: input.map.inset,
    attributionY: height - 6,
  };
}

function valueOf(values: Map<string, number | null>, kode: string): number | null {
  const v = values.get(kode);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

interface Class {
  from: number;
  to: number;
  color: string;
}

/**
 * Quantile classes: kommune counts are very skewed (København against Læsø), so equal-interval
 * classes would put nearly every kommune in the lowest colour. Quantiles give each colour about
 * as many kommuner, so the map shows where a kommune stands; the dot plot shows the distances.
 * Each class is labelled with the lowest and highest value in it, so ties never straddle a
 * boundary and empty classes are dropped. YlGnBu is sequential and colour-blind safe.
 */
function classify(sorted: number[], bins: number): Class[] {
  if (sorted.length === 0) return [];
  const groups: number[][] = [];
  let current: number[] = [];
  let boundary = 1;
  for (const v of sorted) {
    while (boundary < bins && v >= quantile(sorted, boundary / bins)) {
      boundary++;
      if (current.length > 0 && current[current.length - 1] !== v) {
        groups.push(current);
        current = [];
      }
    }
    current.push(v);
  }
  groups.push(current);
  const colors = YL_GN_BU[groups.length] ?? [];
  return groups.map((g, i) => ({
    from: g[0] ?? 0,
    to: g[g.length - 1] ?? 0,
    color: colors[i] ?? NO_DATA_COLOR,
  }));
}

/** Linear interpolation between closest ranks (R-7), as d3's quantileSorted; 0 < p < 1. */
function quantile(sorted: number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0] ?? Infinity;
  const v1 = sorted[i0 + 1] ?? v0;
  return v0 + (v1 - v0) * (i - i0);
}
