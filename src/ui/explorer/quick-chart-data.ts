/**
 * Turns a query result into the inputs of the app's own charts, and suggests which chart fits.
 * Never invents a value: a NULL stays a gap, and a value that cannot be read (text where a number
 * belongs, an unparseable date, a code that is not a kommune code) is left out and counted, so the
 * chart can say how many rows it does not show.
 */
import type { ChartPoint } from '../../charts/pledge-chart-layout.ts';
import type { DotRow } from '../../charts/ranked-dot-plot-layout.ts';
import { formatNumber, type Lang } from '../../domain/format.ts';
import {
  isDateType,
  isNumericType,
  isTextType,
  readNumber,
  toIsoDate,
  toKode,
} from './result-values.ts';

export interface ResultColumn {
  name: string;
  type: string;
}

export type ChartKind = 'line' | 'bar' | 'map' | 'none';

export interface ChartSpec {
  kind: ChartKind;
  x?: string;
  y?: string;
}

export const LINE_MAX_POINTS = 2000;
/** One row per kommune fits; more rows than that are a ranking nobody can read. */
export const BAR_MAX_ROWS = 98;
/** Rows looked at to decide what a column holds; enough to be sure, cheap at 100,000 rows. */
const SAMPLE_ROWS = 500;
const LABEL_MAX = 40;

interface ColumnProfile {
  index: number;
  name: string;
  numeric: boolean;
  /** Values name dates, with at least two different ones (a line needs two). */
  dated: boolean;
  kode: boolean;
  text: boolean;
}

function sampleValues(rows: readonly (readonly unknown[])[], index: number): unknown[] {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  const values: unknown[] = [];
  for (let r = 0; r < rows.length && values.length < SAMPLE_ROWS; r += step) {
    const value = rows[r]?.[index];
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

function profile(columns: readonly ResultColumn[], rows: readonly (readonly unknown[])[]) {
  return columns.map((column, index): ColumnProfile => {
    const values = sampleValues(rows, index);
    const some = values.length > 0;
    const numeric =
      isNumericType(column.type) || (some && values.every((v) => readNumber(v) !== undefined));
    const yearName = /^(year|years|aar|år|aargang|årgang)$/i.test(column.name);
    const datable =
      isDateType(column.type) ||
      (some &&
        values.every(
          (v) =>
            (typeof v === 'string' || v instanceof Date || yearName) && toIsoDate(v, column.type),
        ));
    const dates = new Set(datable ? values.map((v) => toIsoDate(v, column.type)) : []);
    dates.delete(null);
    return {
      index,
      name: column.name,
      numeric,
      dated: datable && dates.size >= 2,
      kode:
        /^(kode|kommunekode)$/i.test(column.name) &&
        some &&
        values.every((v) => typeof v === 'string' && toKode(v) !== null),
      text:
        !numeric &&
        (isTextType(column.type) || (some && values.every((v) => typeof v === 'string'))),
    };
  });
}

const NAME_LIKE = /^(navn|name|label|title|title_da|title_en|area_label|kommune)$/i;

function pickX(profiles: ColumnProfile[], kind: ChartKind): ColumnProfile | undefined {
  if (kind === 'line') return profiles.find((p) => p.dated);
  if (kind === 'map') return profiles.find((p) => p.kode);
  if (kind === 'bar')
    return profiles.find((p) => p.text && NAME_LIKE.test(p.name)) ?? profiles.find((p) => p.text);
  return undefined;
}

function pickY(profiles: ColumnProfile[], x: string | undefined): ColumnProfile | undefined {
  return profiles.find((p) => p.numeric && p.name !== x);
}

/** Line over a date column, else a map over kode, else a ranking over a text column, else none. */
export function suggestChart(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
): ChartSpec {
  const profiles = profile(columns, rows);
  for (const kind of ['line', 'map', 'bar'] as const) {
    const x = pickX(profiles, kind);
    const y = x && pickY(profiles, x.name);
    if (x && y) return { kind, x: x.name, y: y.name };
  }
  return { kind: 'none' };
}

/**
 * The spec with another chart kind: keeps x and y where they suit it, otherwise picks columns
 * that do (when the result has none, the old ones stay and the chart says it cannot draw).
 */
export function withKind(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  spec: ChartSpec,
  kind: ChartKind,
): ChartSpec {
  const profiles = profile(columns, rows);
  const byName = (name: string | undefined) => profiles.find((p) => p.name === name);
  const current = byName(spec.x);
  const fits =
    current !== undefined &&
    (kind === 'line' ? current.dated : kind === 'map' ? current.kode : kind === 'bar');
  const x = fits ? current.name : (pickX(profiles, kind)?.name ?? spec.x);
  const y = byName(spec.y)?.numeric && spec.y !== x ? spec.y : (pickY(profiles, x)?.name ?? spec.y);
  return { kind, ...(x !== undefined ? { x } : {}), ...(y !== undefined ? { y } : {}) };
}

interface Counts {
  /** Rows left out: x or the value could not be read. */
  skipped: number;
  /** Rows that can be placed, before de-duplication and caps. */
  total: number;
}

const indexOf = (columns: readonly ResultColumn[], name: string | undefined): number =>
  name === undefined ? -1 : columns.findIndex((c) => c.name === name);

export interface LineData extends Counts {
  /** Sorted by date; at most LINE_MAX_POINTS; a NULL value is a gap. */
  points: ChartPoint[];
  /** Rows whose date an earlier row already had; the first one is drawn. */
  duplicates: number;
  /** Points beyond LINE_MAX_POINTS, left out. */
  capped: number;
}

export function toLineInput(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  spec: ChartSpec,
): LineData {
  const xi = indexOf(columns, spec.x);
  const yi = indexOf(columns, spec.y);
  const empty: LineData = { points: [], skipped: 0, total: 0, duplicates: 0, capped: 0 };
  if (xi < 0 || yi < 0) return empty;
  const xType = columns[xi]?.type ?? '';
  const byDate = new Map<string, ChartPoint>();
  let skipped = 0;
  let total = 0;
  let duplicates = 0;
  for (const row of rows) {
    const raw = row[xi];
    const date = toIsoDate(raw, xType);
    const value = readNumber(row[yi]);
    if (date === null || value === undefined) {
      skipped++;
      continue;
    }
    total++;
    if (byDate.has(date)) duplicates++;
    else
      byDate.set(date, {
        date,
        label: typeof raw === 'string' ? raw.trim() : date,
        value,
        secondary: false,
        flagged: false,
      });
  }
  const unique = [...byDate.values()];
  const kept = unique.slice(0, LINE_MAX_POINTS);
  kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points: kept, skipped, total, duplicates, capped: unique.length - kept.length };
}

export interface BarData extends Counts {
  /** Highest value first, at most BAR_MAX_ROWS. `kode` is the row's index in the result. */
  rows: DotRow[];
  /** Rows with a NULL value, which a ranking cannot place. */
  nulls: number;
  /** Rows below the top BAR_MAX_ROWS, left out. */
  omitted: number;
}

/** A ranking label: text as it is, numbers and dates formatted, NULL as '..'. */
function labelText(value: unknown, type: string, lang: Lang): string {
  let text: string;
  if (value === null || value === undefined) text = '..';
  else if (typeof value === 'string') text = value.trim();
  else if (isDateType(type) || value instanceof Date)
    text = toIsoDate(value, type) ?? String(value);
  else if (typeof value === 'number' || typeof value === 'bigint')
    text = formatNumber(Number(value), lang);
  else text = String(value);
  const chars = [...text];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : text;
}

export function toBarRows(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  spec: ChartSpec,
  lang: Lang,
): BarData {
  const xi = indexOf(columns, spec.x);
  const yi = indexOf(columns, spec.y);
  if (xi < 0 || yi < 0) return { rows: [], skipped: 0, total: 0, nulls: 0, omitted: 0 };
  const xType = columns[xi]?.type ?? '';
  const ranked: { index: number; row: DotRow }[] = [];
  let skipped = 0;
  let nulls = 0;
  rows.forEach((row, index) => {
    const value = readNumber(row[yi]);
    if (value === undefined) skipped++;
    else if (value === null) nulls++;
    else
      ranked.push({
        index,
        row: {
          kode: String(index),
          label: labelText(row[xi], xType, lang),
          value,
          isFocus: false,
          inFocusRegion: false,
          secondary: false,
          flagged: false,
        },
      });
  });
  ranked.sort((a, b) => b.row.value - a.row.value || a.index - b.index);
  const shown = ranked.slice(0, BAR_MAX_ROWS).map((r) => r.row);
  return {
    rows: shown,
    skipped,
    total: ranked.length,
    nulls,
    omitted: ranked.length - shown.length,
  };
}

export interface MapData extends Counts {
  /** By three-digit kode; null is a NULL in the result, drawn as no data. */
  values: Map<string, number | null>;
  /** Rows whose kode an earlier row already had; the first one is drawn. */
  duplicates: number;
}

export function toMapValues(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  spec: ChartSpec,
): MapData {
  const xi = indexOf(columns, spec.x);
  const yi = indexOf(columns, spec.y);
  const values = new Map<string, number | null>();
  if (xi < 0 || yi < 0) return { values, skipped: 0, total: 0, duplicates: 0 };
  let skipped = 0;
  let total = 0;
  let duplicates = 0;
  for (const row of rows) {
    const kode = toKode(row[xi]);
    const value = readNumber(row[yi]);
    if (kode === null || value === undefined) {
      skipped++;
      continue;
    }
    total++;
    if (values.has(kode)) duplicates++;
    else values.set(kode, value);
  }
  return { values, skipped, total, duplicates };
}
