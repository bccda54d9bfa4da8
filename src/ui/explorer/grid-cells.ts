/**
 * What a cell of the results grid shows and how wide each column must be. Numbers are written in
 * the reader's language with the exact value kept when the text rounds it, NULL is '..' (never
 * filled in), and DATE/TIMESTAMP epoch milliseconds read as ISO, which a WHERE clause takes. Pure,
 * so the formatting is tested without a DOM.
 */
import { decimalMark, formatNumber, type Lang } from '../../domain/format.ts';
import { estimateColumnWidth, sampleIndexes } from './grid-window.ts';
import { isDateType, isNumericType } from './result-values.ts';

const WIDTH_SAMPLE = 200;
const CHAR_WIDTH = 8;
const PADDING = 20;
const YEAR_NAME = /^(year|aar|år|aargang|årgang)$/i;

export interface GridColumn {
  name: string;
  /** The engine's type name (VARCHAR, DOUBLE, DATE …), shown in the header's tooltip. */
  type: string;
}

/** One cell as the grid shows it. */
export interface GridCell {
  text: string;
  numeric: boolean;
  isNull: boolean;
  /** The exact value, when `text` rounds it. */
  exact: string | null;
}

function numberText(
  n: number,
  column: GridColumn,
  lang: Lang,
): { text: string; exact: string | null } {
  if (Number.isInteger(n) && YEAR_NAME.test(column.name)) return { text: String(n), exact: null };
  if (Number.isInteger(n) || Math.abs(n) >= 1e15)
    return { text: formatNumber(n, lang), exact: null };
  // Tiny values would round to 0; show them as the engine gave them rather than lose them.
  if (Math.abs(n) < 1e-6) return { text: String(n), exact: null };
  const digits = /\.(\d+)$/.exec(String(Math.abs(n)))?.[1]?.length ?? 6;
  const decimals = Math.min(6, digits);
  const decimal = decimalMark(lang);
  let text = formatNumber(n, lang, { decimals });
  if (text.includes(decimal)) text = text.replace(/0+$/, '').replace(/[.,]$/, '');
  return { text, exact: digits > decimals ? String(n) : null };
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  // An invalid Date (out of range) would throw and take the whole grid with it.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value))
    return `[${value.map((v) => (v === null ? 'NULL' : plain(v))).join(', ')}]`;
  if (ArrayBuffer.isView(value)) return `BLOB (${value.byteLength} B)`;
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** The text of one value in its column, in the reader's language. */
export function cellOf(value: unknown, column: GridColumn, lang: Lang): GridCell {
  if (value === null || value === undefined)
    return { text: '..', numeric: isNumericType(column.type), isNull: true, exact: null };
  if ((typeof value === 'number' || typeof value === 'bigint') && isDateType(column.type)) {
    // DATE and TIMESTAMP arrive as epoch milliseconds; ISO is what a WHERE clause takes.
    const ms = Number(value);
    const iso = Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(value);
    const text = /^date(32|64)?(?![a-z])/i.test(column.type)
      ? iso.slice(0, 10)
      : iso.replace('T', ' ').replace(/(\.000)?Z$/, '');
    return { text, numeric: false, isNull: false, exact: null };
  }
  if (typeof value === 'number')
    return { ...numberText(value, column, lang), numeric: true, isNull: false };
  if (typeof value === 'bigint') {
    const safe =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
    return {
      ...(safe ? numberText(Number(value), column, lang) : { text: value.toString(), exact: null }),
      numeric: true,
      isNull: false,
    };
  }
  return { text: plain(value), numeric: false, isNull: false, exact: null };
}

/**
 * The widest a number in column `c` can print: its largest magnitude with the most decimals.
 * A sample can miss both, and a cut-off number misleads, so this scans every row; comparing
 * numbers is cheap, and only the first 1,000 fractions are turned into text.
 */
function widestNumber(
  rows: readonly (readonly unknown[])[],
  c: number,
  column: GridColumn,
  lang: Lang,
): string | null {
  let max = -1;
  let negative = false;
  let decimals = 0;
  let fractions = 0;
  for (const row of rows) {
    const v = row[c];
    if (typeof v !== 'number' && typeof v !== 'bigint') continue;
    const n = Number(v);
    if (!Number.isFinite(n)) continue;
    if (Math.abs(n) > max) max = Math.abs(n);
    if (n < 0) negative = true;
    if (!Number.isInteger(n) && fractions++ < 1000) {
      const digits = /\.(\d+)$/.exec(String(Math.abs(n)))?.[1]?.length ?? 6;
      decimals = Math.max(decimals, Math.min(6, digits));
    }
  }
  if (max < 0) return null;
  const whole = cellOf(Math.trunc(max), column, lang).text;
  return `${negative ? '−' : ''}${whole}${decimals > 0 ? '.'.padEnd(decimals + 1, '0') : ''}`;
}

/** Each column's width in px, from its name, a sample of its cells and its widest number. */
export function columnWidths(
  columns: readonly GridColumn[],
  rows: readonly (readonly unknown[])[],
  lang: Lang,
): number[] {
  const sample = sampleIndexes(rows.length, WIDTH_SAMPLE);
  return columns.map((column, c) => {
    const texts = sample.map((r) => cellOf(rows[r]?.[c], column, lang));
    const widest = texts.some((cell) => cell.numeric) ? widestNumber(rows, c, column, lang) : null;
    return estimateColumnWidth(
      column.name,
      [...texts.map((cell) => cell.text), ...(widest === null ? [] : [widest])],
      { charWidth: CHAR_WIDTH, padding: PADDING },
    );
  });
}

/** A cell's tooltip: the exact value when the text rounds it, the full text when it is cut off. */
export function cellTitle(cell: GridCell, width: number): string | undefined {
  return (
    cell.exact ?? ([...cell.text].length * CHAR_WIDTH + PADDING > width ? cell.text : undefined)
  );
}
