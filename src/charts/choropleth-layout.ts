/**
 * Geometry of the kommune map: one SVG path per kommune coloured by its value, Bornholm in an
 * inset box, a legend band and room for the attribution under the map. A pure function of the
 * boundaries, the values and the size; coordinates are snapped to a grid so the SVG stays small and
 * identical from run to run.
 */
import { geoPath, geoTransverseMercator, quantileSorted, schemeYlGnBu } from 'd3';
import type { GeoStream } from 'd3';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

export interface ChoroplethInput {
  /** DAGI kommune boundaries; each geometry has properties KOMKODE ('0851') and KOMNAVN. */
  topology: Topology;
  /** By 3-digit kode; null or absent is no data. */
  values: Map<string, number | null>;
  focusKode?: string | null;
  width: number;
  height: number;
  /** Number of colour classes, 1–9; default 5. */
  bins?: number;
  /** The topology object holding the kommuner; default its first object. */
  object?: string;
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
  height: number;
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
/** Christiansø (0411) is administered by the state and belongs to none of the 98 kommuner. */
const NOT_A_KOMMUNE = new Set(['411']);
const BORNHOLM = '400';
const PAD = 8;
const LEGEND_ROW = 20;
const LEGEND_COLUMN = 150;
/** Pixel grid that coordinates snap to; half a pixel is invisible and halves the path size. */
const GRID = 0.5;

interface KommuneProps {
  KOMKODE?: string;
  KOMNAVN?: string;
}

/** '0851' → '851': DAGI pads kommune codes to four digits, Danmarks Statistik uses three. */
export function kodeFromKomkode(komkode: string): string {
  return /^0\d{3}$/.test(komkode) ? komkode.slice(1) : komkode;
}

export function layoutChoropleth(input: ChoroplethInput): ChoroplethLayout {
  const width = Math.max(160, input.width);
  const height = Math.max(160, input.height);
  const shapes = kommuneShapes(input.topology, input.object);

  const present = shapes
    .map((s) => valueOf(input.values, s.kode))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const classes = classify(present, Math.min(9, Math.max(1, Math.round(input.bins ?? 5))));

  const columns = Math.max(1, Math.min(classes.length + 1, Math.floor(width / LEGEND_COLUMN)));
  const legendRows = Math.ceil((classes.length + 1) / columns);
  const mapHeight = height - (legendRows * LEGEND_ROW + 28);
  const item = (i: number) => ({
    x: PAD + (i % columns) * Math.floor((width - 2 * PAD) / columns),
    y: mapHeight + 6 + Math.floor(i / columns) * LEGEND_ROW,
  });

  const mainland: FeatureCollection = {
    type: 'FeatureCollection',
    features: shapes.filter((s) => s.kode !== BORNHOLM).map((s) => s.feature),
  };
  // UTM zone 32, the projection Danish maps use (EPSG:25832); precision 0 turns off resampling,
  // which would only add points at this scale.
  const projection = geoTransverseMercator()
    .rotate([-9, 0])
    .precision(0)
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, mapHeight - PAD],
      ],
      mainland,
    );
  const pathFor = (dx: number, dy: number) =>
    geoPath({ stream: (s: GeoStream) => projection.stream(snap(s, dx, dy)) }).digits(1);

  let inset: ChoroplethLayout['inset'] = null;
  let bornholmOffset: [number, number] = [0, 0];
  const bornholm = shapes.find((s) => s.kode === BORNHOLM);
  if (bornholm && mainland.features.length > 0) {
    // Top right is open sea (Kattegat) in every Danish map, so Bornholm goes there at the same scale.
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(bornholm.feature);
    const [[, my0], [mx1]] = geoPath(projection).bounds(mainland);
    const boxPad = 6;
    bornholmOffset = [round(mx1 - boxPad - x1), round(my0 + boxPad - y0)];
    inset = {
      x: round(x0 + bornholmOffset[0] - boxPad),
      y: round(y0 + bornholmOffset[1] - boxPad),
      width: round(x1 - x0 + 2 * boxPad),
      height: round(y1 - y0 + 2 * boxPad),
    };
  }
  const mainPath = pathFor(0, 0);
  const insetPath = pathFor(...bornholmOffset);

  const focusKode = input.focusKode ?? null;
  const areas: ChoroplethArea[] = shapes.map((s) => {
    const value = valueOf(input.values, s.kode);
    const bin = value === null ? null : classes.findIndex((c) => value >= c.from && value <= c.to);
    const path = s.kode === BORNHOLM ? insetPath : mainPath;
    return {
      kode: s.kode,
      navn: s.navn,
      d: path(s.feature) ?? '',
      value,
      bin: bin === null || bin < 0 ? null : bin,
      color: bin === null || bin < 0 ? NO_DATA_COLOR : (classes[bin]?.color ?? NO_DATA_COLOR),
      isFocus: s.kode === focusKode,
    };
  });
  areas.sort((a, b) => Number(a.isFocus) - Number(b.isFocus) || (a.kode < b.kode ? -1 : 1));

  return {
    width,
    height,
    areas,
    legend: classes.map((c, i) => ({
      ...c,
      count: present.filter((v) => v >= c.from && v <= c.to).length,
      ...item(i),
    })),
    noDataColor: NO_DATA_COLOR,
    noData: { count: areas.filter((a) => a.value === null).length, ...item(classes.length) },
    inset,
    attributionY: height - 6,
  };
}

interface Shape {
  kode: string;
  navn: string;
  feature: Feature<Polygon | MultiPolygon>;
}

/**
 * One feature per kommune: DAGI splits a kommune into one polygon per island. The islands share
 * no arcs, so their polygons are simply collected; topojson's `merge` is not used because it
 * returns some of these rings wound the wrong way, which d3 reads as the whole globe.
 */
function kommuneShapes(topology: Topology, objectName?: string): Shape[] {
  const name = objectName ?? Object.keys(topology.objects)[0] ?? '';
  const object = topology.objects[name];
  const geometries = object && object.type === 'GeometryCollection' ? object.geometries : [];
  const groups = new Map<string, { navn: string; parts: Part[] }>();
  for (const g of geometries) {
    if (!isPart(g)) continue;
    const props: KommuneProps = g.properties ?? {};
    const kode = kodeFromKomkode(props.KOMKODE ?? '');
    if (kode === '' || NOT_A_KOMMUNE.has(kode)) continue;
    const group = groups.get(kode) ?? { navn: props.KOMNAVN ?? kode, parts: [] };
    group.parts.push(g);
    groups.set(kode, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kode, { navn, parts }]) => ({
      kode,
      navn,
      feature: {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPolygon',
          coordinates: parts.flatMap((g) => polygonsOf(topology, g)),
        },
      },
    }));
}

type Part = TopoPolygon<KommuneProps> | TopoMultiPolygon<KommuneProps>;

function isPart(g: GeometryObject<GeoJsonProperties>): g is Part {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function polygonsOf(topology: Topology, g: Part): Position[][][] {
  if (g.type === 'Polygon') return [feature(topology, g).geometry.coordinates];
  return feature(topology, g).geometry.coordinates;
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
 * boundary and empty classes are dropped. YlGnBu (ColorBrewer) is sequential and colour-blind safe.
 */
function classify(sorted: number[], bins: number): Class[] {
  if (sorted.length === 0) return [];
  const groups: number[][] = [];
  let current: number[] = [];
  let boundary = 1;
  const threshold = (k: number) => quantileSorted(sorted, k / bins) ?? Infinity;
  for (const v of sorted) {
    while (boundary < bins && v >= threshold(boundary)) {
      boundary++;
      if (current.length > 0 && current[current.length - 1] !== v) {
        groups.push(current);
        current = [];
      }
    }
    current.push(v);
  }
  groups.push(current);
  const colors = palette(groups.length);
  return groups.map((g, i) => ({
    from: g[0] ?? 0,
    to: g[g.length - 1] ?? 0,
    color: colors[i] ?? NO_DATA_COLOR,
  }));
}

function palette(n: number): readonly string[] {
  if (n >= 3) return schemeYlGnBu[Math.min(9, n)] ?? [];
  const three = schemeYlGnBu[3] ?? [];
  return n === 2 ? [three[0] ?? '', three[2] ?? ''] : [three[1] ?? ''];
}

/**
 * Snaps projected points to GRID (after an optional shift, for the inset), drops points that
 * land on the one before, and drops rings that shrink below a triangle: islands smaller than the
 * grid vanish instead of leaving specks.
 */
function snap(sink: GeoStream, dx: number, dy: number): GeoStream {
  let ring: [number, number][] | null = null;
  const at = (v: number, d: number) => Math.round((v + d) / GRID) * GRID;
  return {
    point(x, y) {
      const p: [number, number] = [at(x, dx), at(y, dy)];
      if (!ring) return sink.point(p[0], p[1]);
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const points = ring ?? [];
      ring = null;
      const first = points[0];
      const last = points[points.length - 1];
      if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) {
        points.pop();
      }
      const kept = dropCollinear(points);
      if (kept.length < 3) return;
      sink.lineStart();
      for (const [x, y] of kept) sink.point(x, y);
      sink.lineEnd();
    },
    polygonStart: () => sink.polygonStart(),
    polygonEnd: () => sink.polygonEnd(),
    sphere: () => sink.sphere?.(),
  };
}

/**
 * Drops points that lie exactly on the line through their neighbours: after snapping, straight
 * runs are common, and dropping an exactly collinear point cannot open a gap between neighbours.
 */
function dropCollinear(ring: [number, number][]): [number, number][] {
  if (ring.length < 4) return ring;
  const out: [number, number][] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = out[out.length - 1] ?? ring[n - 1]!;
    const b = ring[i]!;
    const c = ring[(i + 1) % n]!;
    if ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) !== 0) out.push(b);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
