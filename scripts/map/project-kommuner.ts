/**
 * Projects the DAGI kommune boundaries to SVG path strings, once, at build time: the projection
 * does not depend on the data, so the browser gets the finished paths (a few dozen KB) instead of
 * the TopoJSON and the d3-geo/topojson code, and only colours them (src/charts/choropleth-layout.ts).
 * Build code: src/ may not import it (eslint.config.js), so d3-geo and topojson stay out of the
 * bundle.
 */
import { geoPath, geoTransverseMercator } from 'd3';
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
import type { ProjectedMap } from '../../src/charts/projected-map.ts';
import { snapStream } from './snap-stream.ts';

export interface ProjectOptions {
  width: number;
  height: number;
  /** The topology object holding the kommuner; default its first object. */
  object?: string;
}

/** The map size the app draws; the legend adds rows below it. */
export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 440;
/** The licence (CC BY 4.0) requires naming the source; see data/sources/sources.yaml. */
export const DAGI_ATTRIBUTION = 'Klimadatastyrelsen (DAGI), CC BY 4.0';

/** Christiansø (0411) is administered by the state and belongs to none of the 98 kommuner. */
const NOT_A_KOMMUNE = new Set(['411']);
const BORNHOLM = '400';
const PAD = 8;
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

export function projectKommuner(topology: Topology, options: ProjectOptions): ProjectedMap {
  const width = Math.max(160, options.width);
  const height = Math.max(160, options.height);
  const shapes = kommuneShapes(topology, options.object);

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
        [width - PAD, height - PAD],
      ],
      mainland,
    );
  const pathFor = (dx: number, dy: number) =>
    geoPath({ stream: (s: GeoStream) => projection.stream(snapStream(s, GRID, dx, dy)) }).digits(1);

  let inset: ProjectedMap['inset'] = null;
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

  return {
    version: 1,
    width,
    height,
    areas: shapes.map((s) => ({
      kode: s.kode,
      navn: s.navn,
      d: (s.kode === BORNHOLM ? insetPath : mainPath)(s.feature) ?? '',
    })),
    inset,
    attribution: DAGI_ATTRIBUTION,
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

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
