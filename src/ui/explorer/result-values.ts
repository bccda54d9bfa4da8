/**
 * How to read one value of a query result: what a column's engine type says it holds, and the
 * number, ISO date or kommune code a value stands for. Null means NULL or "names none"; nothing is
 * guessed, so a value that cannot be read stays unread.
 */
import { parsePeriod } from '../../domain/period.ts';

const typeBase = (type: string): string =>
  String(type ?? '')
    .trim()
    .toUpperCase()
    .replace(/[([<].*$/, '')
    .trim();

/** DuckDB (INTEGER, DECIMAL(18,3)…) and Arrow (Int32, Float64…) names of number types. */
export function isNumericType(type: string): boolean {
  return /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|U?INT(8|16|32|64|128)|FLOAT(16|32|64)?|REAL|DOUBLE|DECIMAL|NUMERIC)$/.test(
    typeBase(type),
  );
}

/** DATE and TIMESTAMP in DuckDB's and Arrow's spelling; their values arrive as epoch ms. */
export function isDateType(type: string): boolean {
  return /^(DATE(32|64|DAY|MILLISECOND)?|DATETIME|TIMESTAMP.*)$/.test(typeBase(type));
}

/** Text types in DuckDB's (VARCHAR, TEXT, STRING) and Arrow's (Utf8, LargeUtf8) spelling. */
export function isTextType(type: string): boolean {
  return /^(VARCHAR|TEXT|STRING|UTF8|LARGEUTF8)$/.test(typeBase(type));
}

/** A number, null for NULL, or undefined for a value that is not a number at all. */
export function readNumber(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}

const MAX_EPOCH_MS = 8.64e15;

function isoFromEpoch(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_EPOCH_MS) return null;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : null;
}

const DATED = new Set(['year', 'half', 'quarter', 'month', 'day']);

/**
 * The ISO date a value stands for: DATE/TIMESTAMP values (epoch ms or Date), whole years, and the
 * labels '2024', '2024-03-01', '2024K1'/'2024Q1', '2024H1', '2024M03'. Null when it names none.
 */
export function toIsoDate(value: unknown, type: string): string | null {
  if (value instanceof Date) return isoFromEpoch(value.getTime());
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = Number(value);
    if (isDateType(type)) return isoFromEpoch(n);
    return Number.isInteger(n) && n >= 1000 && n <= 9999 ? `${n}-01-01` : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  const period = parsePeriod(stamp ? (stamp[1] ?? '') : text);
  return DATED.has(period.freq) ? period.start : null;
}

/** Danmarks Statistik's three-digit kommune code, or null. */
export function toKode(value: unknown): string | null {
  if (typeof value === 'string') return /^\d{3}$/.test(value.trim()) ? value.trim() : null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 999)
    return String(value);
  return null;
}
