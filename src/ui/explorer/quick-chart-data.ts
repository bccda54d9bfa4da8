/**
 * Turns a query result into the inputs of the explorer's charts (chart-choice.ts suggests which).
 * Never invents a value: a NULL stays a gap, and a value that cannot be read (text where a number
 * belongs, an unparseable date, a code that is not a kommune code) is left out and counted, so the
 * chart can say how many rows it does not show.
 */
import type { ChartPoint } from '../../charts/pledge-chart-layout.ts';
import type { DotRow } from '../../charts/ranked-dot-plot-layout.ts';
import { formatNumber, type Lang } from '../../domain/format.ts';
import type { ChartSpec, ResultColumn } from './chart-choice.ts';
import { isDateType, readNumber, toIsoDate, toKode } from './result-values.ts';

export {
  suggestChart,
  suggestSeries,
  withKind,
  type ChartKind,
  type ChartSpec,
  type ResultColumn,
} from './chart-choice.ts';

export const LINE_MAX_POINTS = 2000;
/** More lines than this are a tangle nobody can read, whatever the colours. */
export const LINE_MAX_SERIES = 8;
/** One row per kommune fits; more rows than that are a ranking nobody can read. */
export const BAR_MAX_ROWS = 98;
const LABEL_MAX = 40;

interface Counts {
  /** Rows left out: x or the value could not be read. */
  skipped: number;
  /** Rows that can be placed, before de-duplication and caps. */
  total: number;
}

const indexOf = (columns: readonly ResultColumn[], name: string | undefined): number =>
  name === undefined ? -1 : columns.findIndex((c) => c.name === name);

export interface LineSeries {
  /** The series column's value as text; null for NULL, and for the one line without a series. */
  name: string | null;
  /** Sorted by date; a NULL value is a gap. */
  points: ChartPoint[];
}

export interface LineData extends Counts {
  /** One per value of the series column, in the order they first appear in the result. */
  series: LineSeries[];
  /** Every drawn point, of all series; at most LINE_MAX_POINTS. */
  points: ChartPoint[];
  /** Rows whose series and date an earlier row already had; the first one is drawn. */
  duplicates: number;
  /** Points beyond LINE_MAX_POINTS, left out. */
  capped: number;
  /** Series beyond LINE_MAX_SERIES, left out, and the rows they hold. */
  seriesOmitted: number;
  rowsInOmittedSeries: number;
}

function seriesName(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (isDateType(type) || value instanceof Date) return toIsoDate(value, type) ?? String(value);
  return String(value);
}

/** Splits the rows into one line per value of `spec.series` (one line when it is unset). */
export function toLineInput(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  spec: ChartSpec,
): LineData {
  const xi = indexOf(columns, spec.x);
  const yi = indexOf(columns, spec.y);
  const si = indexOf(columns, spec.series);
  const empty: LineData = {
    series: [],
    points: [],
    skipped: 0,
    total: 0,
    duplicates: 0,
    capped: 0,
    seriesOmitted: 0,
    rowsInOmittedSeries: 0,
  };
  if (xi < 0 || yi < 0) return empty;
  const xType = columns[xi]?.type ?? '';
  const sType = si < 0 ? '' : (columns[si]?.type ?? '');
  const lines = new Map<string, { name: string | null; byDate: Map<string, ChartPoint> }>();
  const omitted = new Set<string>();
  let skipped = 0;
  let total = 0;
  let duplicates = 0;
  let kept = 0;
  let capped = 0;
  let rowsInOmittedSeries = 0;
  for (const row of rows) {
    const raw = row[xi];
    const date = toIsoDate(raw, xType);
    const value = readNumber(row[yi]);
    if (date === null || value === undefined) {
      skipped++;
      continue;
    }
    total++;
    const name = si < 0 ? null : seriesName(row[si], sType);
    const key = name === null ? '\u0000' : `s${name}`;
    let line = lines.get(key);
    if (!line) {
      if (lines.size >= LINE_MAX_SERIES) {
        omitted.add(key);
        rowsInOmittedSeries++;
        continue;
      }
      line = { name, byDate: new Map() };
      lines.set(key, line);
    }
    if (line.byDate.has(date)) duplicates++;
    else if (kept >= LINE_MAX_POINTS) capped++;
    else {
      kept++;
      line.byDate.set(date, {
        date,
        label: typeof raw === 'string' ? raw.trim() : date,
        value,
        secondary: false,
        flagged: false,
      });
    }
  }
  const byDate = (a: ChartPoint, b: ChartPoint) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const series = [...lines.values()].map((l) => ({
    name: l.name,
    points: [...l.byDate.values()].sort(byDate),
  }));
  return {
    series,
    points: series.flatMap((l) => l.points).sort(byDate),
    skipped,
    total,
    duplicates,
    capped,
    seriesOmitted: omitted.size,
    rowsInOmittedSeries,
  };
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
