/**
 * Which quick chart fits a query result, and which columns it draws. Issue 16: the starter query
 * opened on a map that meant nothing, and a series over the country and two kommuner was drawn as
 * one zig-zag line. So a line is suggested only for a date or period column and gets a series
 * column when several rows share an x; a map only when the result has one row per kommune code;
 * a ranking only when its labels tell the rows apart; otherwise the table speaks alone.
 */
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
  /** Line charts: one line per value of this column, with a legend. */
  series?: string;
}

type Rows = readonly (readonly unknown[])[];

/** Rows looked at to decide what a column holds; enough to be sure, cheap at 100,000 rows. */
const SAMPLE_ROWS = 500;
const YEAR_NAME = /^(year|years|aar|år|aargang|årgang)$/i;
/** Names that say a column is a time axis; other text that happens to parse as dates is not. */
const PERIOD_NAME =
  /(period|periode|dato|date|^aar$|^år$|year|maaned|måned|month|kvartal|quarter|^tid$|^uge$|week)/i;
const NAME_LIKE =
  /^(navn|name|label|title|title_da|title_en|area_label|kommune|omraade|område|maaling|måling)$/i;
/** A ranking's place is an answer, not a value to draw. */
const RANK_NAME = /^(placering|rank|rang|rangering)$/i;

export interface ColumnProfile {
  index: number;
  name: string;
  numeric: boolean;
  /** Values name dates, with at least two different ones (a line needs two). */
  dated: boolean;
  /** Dated, and a date by type or name: a column a line is suggested for. */
  timeAxis: boolean;
  kode: boolean;
  text: boolean;
}

function sampleValues(rows: Rows, index: number): unknown[] {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  const values: unknown[] = [];
  for (let r = 0; r < rows.length && values.length < SAMPLE_ROWS; r += step) {
    const value = rows[r]?.[index];
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

export function profileColumns(columns: readonly ResultColumn[], rows: Rows): ColumnProfile[] {
  return columns.map((column, index): ColumnProfile => {
    const values = sampleValues(rows, index);
    const some = values.length > 0;
    // DATE values arrive as epoch milliseconds: numbers, but never a value to draw.
    const numeric =
      !isDateType(column.type) &&
      (isNumericType(column.type) || (some && values.every((v) => readNumber(v) !== undefined)));
    const yearName = YEAR_NAME.test(column.name);
    const datable =
      isDateType(column.type) ||
      (some &&
        values.every(
          (v) =>
            (typeof v === 'string' || v instanceof Date || yearName) && toIsoDate(v, column.type),
        ));
    const dates = new Set(datable ? values.map((v) => toIsoDate(v, column.type)) : []);
    dates.delete(null);
    const dated = datable && dates.size >= 2;
    return {
      index,
      name: column.name,
      numeric,
      dated,
      timeAxis: dated && (isDateType(column.type) || yearName || PERIOD_NAME.test(column.name)),
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

/** A key for a value, so that equal values (also dates and bigints) compare equal. */
function keyOf(value: unknown): string {
  if (value === null || value === undefined) return '\u0000null';
  if (value instanceof Date) return `d${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}

function isUnique(rows: Rows, index: number): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row[index]);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Rows whose (x, series) pair an earlier row already had; series -1 means x alone. */
function duplicatePairs(rows: Rows, xi: number, si: number): number {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const row of rows) {
    const key = `${keyOf(row[xi])}\u0001${si < 0 ? '' : keyOf(row[si])}`;
    if (seen.has(key)) duplicates++;
    else seen.add(key);
  }
  return duplicates;
}

function distinctCount(rows: Rows, index: number): number {
  return new Set(rows.map((row) => keyOf(row[index]))).size;
}

/**
 * The column to split a line by: only when several rows share an x, then the text column that
 * leaves the fewest rows sharing both x and series, with fewer series and a name column (area_label,
 * navn) preferred over codes for a readable legend. Undefined when no column helps.
 */
export function suggestSeries(
  columns: readonly ResultColumn[],
  rows: Rows,
  x: string | undefined,
  y: string | undefined,
  profiles: ColumnProfile[] = profileColumns(columns, rows),
): string | undefined {
  const xi = columns.findIndex((c) => c.name === x);
  if (xi < 0) return undefined;
  const base = duplicatePairs(rows, xi, -1);
  if (base === 0) return undefined;
  let best: { name: string; duplicates: number; count: number; named: boolean } | undefined;
  for (const p of profiles) {
    if (p.name === x || p.name === y || !(p.text || p.kode)) continue;
    const candidate = {
      name: p.name,
      duplicates: duplicatePairs(rows, xi, p.index),
      count: distinctCount(rows, p.index),
      named: NAME_LIKE.test(p.name),
    };
    if (candidate.duplicates >= base || candidate.count < 2) continue;
    if (
      !best ||
      candidate.duplicates < best.duplicates ||
      (candidate.duplicates === best.duplicates &&
        (candidate.count < best.count ||
          (candidate.count === best.count && candidate.named && !best.named)))
    )
      best = candidate;
  }
  return best?.name;
}

function pickY(profiles: ColumnProfile[], x: string | undefined): ColumnProfile | undefined {
  const numbers = profiles.filter((p) => p.numeric && p.name !== x);
  return numbers.find((p) => !RANK_NAME.test(p.name)) ?? numbers[0];
}

function pickX(profiles: ColumnProfile[], kind: ChartKind, rows: Rows): ColumnProfile | undefined {
  if (kind === 'line') return profiles.find((p) => p.timeAxis) ?? profiles.find((p) => p.dated);
  if (kind === 'map') return profiles.find((p) => p.kode);
  if (kind === 'bar') {
    const texts = profiles.filter((p) => p.text);
    const unique = texts.filter((p) => isUnique(rows, p.index));
    return (
      unique.find((p) => NAME_LIKE.test(p.name)) ??
      unique[0] ??
      texts.find((p) => NAME_LIKE.test(p.name)) ??
      texts[0]
    );
  }
  return undefined;
}

/**
 * Line over a date or period column (split into series where rows share a date), else a map when
 * there is one row per kommune code, else a ranking whose labels are unique, else none.
 */
export function suggestChart(columns: readonly ResultColumn[], rows: Rows): ChartSpec {
  const profiles = profileColumns(columns, rows);
  const time = profiles.find((p) => p.timeAxis);
  const value = pickY(profiles, time?.name);
  if (time && value) {
    const series = suggestSeries(columns, rows, time.name, value.name, profiles);
    const lines =
      series === undefined
        ? 1
        : distinctCount(
            rows,
            columns.findIndex((c) => c.name === series),
          );
    // A line needs points: one point per line is a list, not a trend.
    if (rows.length >= 2 * lines)
      return { kind: 'line', x: time.name, y: value.name, ...(series ? { series } : {}) };
  }
  const kode = profiles.find((p) => p.kode);
  const mapValue = kode && pickY(profiles, kode.name);
  if (kode && mapValue && rows.length >= 2 && isUnique(rows, kode.index))
    return { kind: 'map', x: kode.name, y: mapValue.name };
  const label = pickX(profiles, 'bar', rows);
  const barValue = label && pickY(profiles, label.name);
  if (label && barValue && isUnique(rows, label.index))
    return { kind: 'bar', x: label.name, y: barValue.name };
  return { kind: 'none' };
}

/**
 * The spec with another chart kind: keeps x and y where they suit it, otherwise picks columns
 * that do (when the result has none, the old ones stay and the chart says it cannot draw).
 */
export function withKind(
  columns: readonly ResultColumn[],
  rows: Rows,
  spec: ChartSpec,
  kind: ChartKind,
): ChartSpec {
  const profiles = profileColumns(columns, rows);
  const byName = (name: string | undefined) => profiles.find((p) => p.name === name);
  const current = byName(spec.x);
  const fits =
    current !== undefined &&
    (kind === 'line' ? current.dated : kind === 'map' ? current.kode : kind === 'bar');
  const x = fits ? current.name : (pickX(profiles, kind, rows)?.name ?? spec.x);
  const y = byName(spec.y)?.numeric && spec.y !== x ? spec.y : (pickY(profiles, x)?.name ?? spec.y);
  const series =
    kind !== 'line'
      ? undefined
      : spec.series !== undefined && byName(spec.series) && spec.series !== x && spec.series !== y
        ? spec.series
        : suggestSeries(columns, rows, x, y, profiles);
  return {
    kind,
    ...(x !== undefined ? { x } : {}),
    ...(y !== undefined ? { y } : {}),
    ...(series !== undefined ? { series } : {}),
  };
}
