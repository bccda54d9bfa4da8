/**
 * The projected kommune map as the browser receives it (kommuner-map.json, written by the data
 * build's scripts/map/project-kommuner.ts), and the check it passes before anything in it reaches
 * the page.
 */
export interface ProjectedArea {
  /** Danmarks Statistik's three-digit kommune code, e.g. '851'. */
  kode: string;
  navn: string;
  /** SVG path data in map pixels: only M, L and Z commands with numbers. */
  d: string;
}

export interface ProjectedMap {
  version: 1;
  /** Size of the map itself; the legend goes below it. */
  width: number;
  height: number;
  /** Sorted by kode; Christiansø is not a kommune and is left out. */
  areas: ProjectedArea[];
  /** The box around Bornholm, drawn closer to the rest of the country than it is. */
  inset: { x: number; y: number; width: number; height: number } | null;
  /** Where the boundaries come from, for the file's provenance. */
  attribution: string;
}

/**
 * Checks a projected map fetched at run time before anything in it reaches the page: a damaged or
 * hostile file is refused with the reason, and only the known fields are copied out.
 */
export function parseProjectedMap(json: unknown): ProjectedMap {
  if (!isRecord(json)) return refuse('not a JSON object');
  if (json.version !== 1) return refuse('unknown version, expected 1');
  const width = positive(json.width, 'width');
  const height = positive(json.height, 'height');
  if (!Array.isArray(json.areas)) return refuse('areas is not an array');
  const seen = new Set<string>();
  const areas = json.areas.map((a: unknown, i): ProjectedArea => {
    if (!isRecord(a)) return refuse(`areas[${i}] is not an object`);
    const { kode, navn, d } = a;
    if (typeof kode !== 'string' || !/^\d{3}$/.test(kode)) {
      return refuse(`areas[${i}].kode is not a three-digit kommune code`);
    }
    if (seen.has(kode)) return refuse(`areas[${i}].kode ${kode} appears twice`);
    seen.add(kode);
    if (typeof navn !== 'string' || navn.trim() === '') {
      return refuse(`areas[${i}].navn is not a name`);
    }
    if (typeof d !== 'string' || !/^[MLZmlz0-9.,\- ]*$/.test(d)) {
      return refuse(`areas[${i}].d holds more than SVG path commands and numbers`);
    }
    return { kode, navn, d };
  });
  let inset: ProjectedMap['inset'] = null;
  if (json.inset !== null) {
    if (!isRecord(json.inset)) return refuse('inset is neither a box nor null');
    const box = json.inset;
    inset = {
      x: finite(box.x, 'inset.x'),
      y: finite(box.y, 'inset.y'),
      width: positive(box.width, 'inset.width'),
      height: positive(box.height, 'inset.height'),
    };
  }
  if (typeof json.attribution !== 'string') return refuse('attribution is not text');
  return { version: 1, width, height, areas, inset, attribution: json.attribution };
}

function refuse(why: string): never {
  throw new Error(`kommune map: ${why}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown, name: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : refuse(`${name} is not a number`);
}

function positive(v: unknown, name: string): number {
  const n = finite(v, name);
  return n > 0 ? n : refuse(`${name} is not positive`);
}
