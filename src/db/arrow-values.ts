/**
 * Turns Arrow record batches from DuckDB-WASM into plain row arrays for the explorer, read by
 * shape so this module needs no Arrow import. The values follow arrow-rows.ts (BigInt → number,
 * lists → arrays) and go further, because a journalist's query can return any type: an integer
 * beyond 2^53 stays exact as a string, dates and timestamps become ISO strings, DECIMAL and
 * HUGEINT become numbers, and INTERVAL is decoded by hand (apache-arrow 13 misreads DuckDB's
 * MONTH_DAY_NANO intervals). Dates beyond what a JavaScript Date holds (DuckDB's infinity, the
 * year 294247) are written out by calendar arithmetic, struct and map values are objects without
 * a prototype (a `__proto__` key stays a key), and a value that still cannot be read fails the
 * query with ValueReadError, not the engine.
 */

import { dateText, DAY_MS, formatTime, formatTimestamp, intervalText } from './arrow-time.ts';

/** A value in a result that could not be turned into a plain one. */
export class ValueReadError extends Error {
  constructor(column: string, cause: unknown) {
    super(`column ${column}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ValueReadError';
  }
}

/** The parts of an Arrow data type read here. */
export interface ArrowType {
  typeId: number;
  bitWidth?: number;
  isSigned?: boolean;
  precision?: number;
  scale?: number;
  unit?: number;
  timezone?: string | null;
  listSize?: number;
  children?: ArrowField[] | null;
  dictionary?: ArrowType;
  toString(): string;
}

export interface ArrowField {
  name: string;
  type: ArrowType;
}

export interface ArrowVector {
  length: number;
  get(index: number): unknown;
  isValid(index: number): boolean;
  data: readonly { length: number; offset: number; values: ArrayLike<number> }[];
}

export interface ArrowBatch {
  numRows: number;
  schema: { fields: ArrowField[] };
  getChildAt(index: number): ArrowVector | null;
}

export interface ResultColumnInfo {
  name: string;
  type: string;
}

// apache-arrow's Type enum (stable across versions).
const T = {
  Null: 1,
  Int: 2,
  Float: 3,
  Binary: 4,
  Utf8: 5,
  Bool: 6,
  Decimal: 7,
  Date: 8,
  Time: 9,
  Timestamp: 10,
  Interval: 11,
  List: 12,
  Struct: 13,
  FixedSizeBinary: 15,
  FixedSizeList: 16,
  Map: 17,
  Dictionary: -1,
} as const;

/** Column names with DuckDB-style type names derived from the Arrow schema. */
export function arrowColumns(fields: ArrowField[]): ResultColumnInfo[] {
  return fields.map((f) => ({ name: f.name, type: arrowTypeName(f.type) }));
}

/** Every row of a batch as an array of plain values, in column order. */
export function arrowBatchRows(batch: ArrowBatch): unknown[][] {
  const fields = batch.schema.fields;
  const vectors = fields.map((_, i) => batch.getChildAt(i));
  const rows: unknown[][] = [];
  for (let r = 0; r < batch.numRows; r++) {
    rows.push(
      fields.map((f, c) => {
        try {
          return cellValue(vectors[c]!, r, f.type);
        } catch (e) {
          throw new ValueReadError(f.name, e);
        }
      }),
    );
  }
  return rows;
}

function cellValue(vector: ArrowVector, row: number, type: ArrowType): unknown {
  if (!vector.isValid(row)) return null;
  if (type.typeId === T.Interval) return intervalAt(vector, row);
  // apache-arrow's getter makes a Date of the day count, which is invalid past ±275 760 years.
  if (type.typeId === T.Date && type.unit === 0) {
    const days = rawInt32At(vector, row);
    if (days !== null) return dateText(days);
  }
  return plainValue(vector.get(row), type);
}

/** The int32 at `row` in a vector's own buffers (DATE is days since 1970-01-01). */
function rawInt32At(vector: ArrowVector, row: number): number | null {
  let index = row;
  for (const chunk of vector.data) {
    if (index >= chunk.length) {
      index -= chunk.length;
      continue;
    }
    return chunk.values[chunk.offset + index] ?? null;
  }
  return null;
}

function plainValue(value: unknown, type: ArrowType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case T.Int:
      return typeof value === 'bigint' ? exactNumber(value) : value;
    case T.Decimal:
      return decimalValue(String(value), type.scale ?? 0);
    case T.Date: {
      // Nested dates come only through the getter: an invalid Date has lost its day count.
      const ms = (value as Date).getTime();
      if (Number.isNaN(ms)) return '(date out of range)';
      return type.unit === 0 ? dateText(Math.floor(ms / DAY_MS)) : formatTimestamp(ms, false);
    }
    case T.Timestamp:
      return formatTimestamp(Number(value), Boolean(type.timezone));
    case T.Time:
      return formatTime(BigInt(value as number | bigint), type.unit ?? 2);
    case T.Interval:
      // Nested intervals reach us only through apache-arrow's broken getter.
      return '(interval)';
    case T.Binary:
    case T.FixedSizeBinary:
      return blobText(value as Uint8Array);
    case T.List:
    case T.FixedSizeList: {
      const child = type.children?.[0]?.type;
      return Array.from(value as Iterable<unknown>, (v) => (child ? plainValue(v, child) : v));
    }
    case T.Struct: {
      // Field by field in order: toJSON() assigns into a plain object, where `__proto__` is lost.
      const out = Object.create(null) as Record<string, unknown>;
      const children = type.children ?? [];
      let i = 0;
      for (const [name, v] of value as Iterable<[string, unknown]>) {
        const field = children[i++];
        out[name] = field ? plainValue(v, field.type) : v;
      }
      return out;
    }
    case T.Map: {
      const [key, val] = type.children?.[0]?.type.children ?? [];
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of value as Iterable<[unknown, unknown]>) {
        out[String(key ? plainValue(k, key.type) : k)] = val ? plainValue(v, val.type) : v;
      }
      return out;
    }
    default:
      return typeof value === 'bigint' ? exactNumber(value) : value;
  }
}

/** A number when it is exact, else the digits as a string (a count never gets near 2^53). */
function exactNumber(value: bigint): number | string {
  const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  return safe ? Number(value) : value.toString();
}

/** DuckDB sends DECIMAL as the unscaled integer; put the point back by the column's scale. */
function decimalValue(digits: string, scale: number): number | string {
  if (scale === 0) return exactNumber(BigInt(digits));
  const negative = digits.startsWith('-');
  const abs = (negative ? digits.slice(1) : digits).padStart(scale + 1, '0');
  const text = `${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}

/** MONTH_DAY_NANO read from the raw buffer: months and days as int32, then int64 nanoseconds. */
function intervalAt(vector: ArrowVector, row: number): string {
  let index = row;
  for (const chunk of vector.data) {
    if (index >= chunk.length) {
      index -= chunk.length;
      continue;
    }
    const at = (chunk.offset + index) * 4;
    const v = chunk.values;
    const nanos = (BigInt(v[at + 3]!) << 32n) + BigInt(v[at + 2]! >>> 0);
    return intervalText(v[at]!, v[at + 1]!, nanos);
  }
  return '(interval)';
}

/** BLOB as DuckDB prints it: printable ASCII as is, every other byte as \xNN. */
function blobText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out +=
      b >= 0x20 && b < 0x7f && b !== 0x5c
        ? String.fromCharCode(b)
        : '\\x' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** A DuckDB-style name for an Arrow type, e.g. BIGINT, DECIMAL(10,2), VARCHAR[]. */
function arrowTypeName(type: ArrowType): string {
  const child = (i = 0) => type.children?.[i]?.type;
  switch (type.typeId) {
    case T.Null:
      return 'NULL';
    case T.Int: {
      const base = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' }[
        type.bitWidth ?? 32
      ];
      return (type.isSigned === false ? 'U' : '') + (base ?? 'INTEGER');
    }
    case T.Float:
      return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
    case T.Binary:
    case T.FixedSizeBinary:
      return 'BLOB';
    case T.Utf8:
      return 'VARCHAR';
    case T.Bool:
      return 'BOOLEAN';
    case T.Decimal:
      return `DECIMAL(${type.precision},${type.scale})`;
    case T.Date:
      // castTimestampToDate turns TIMESTAMP into a millisecond date.
      return type.unit === 0 ? 'DATE' : 'TIMESTAMP';
    case T.Time:
      return 'TIME';
    case T.Timestamp:
      return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
    case T.Interval:
      return 'INTERVAL';
    case T.List:
      return `${child() ? arrowTypeName(child()!) : '?'}[]`;
    case T.FixedSizeList:
      return `${child() ? arrowTypeName(child()!) : '?'}[${type.listSize ?? ''}]`;
    case T.Struct:
      return `STRUCT(${(type.children ?? []).map((f) => `${fieldName(f.name)} ${arrowTypeName(f.type)}`).join(', ')})`;
    case T.Map: {
      const [k, v] = child()?.children ?? [];
      return `MAP(${k ? arrowTypeName(k.type) : '?'}, ${v ? arrowTypeName(v.type) : '?'})`;
    }
    case T.Dictionary:
      return type.dictionary ? arrowTypeName(type.dictionary) : 'VARCHAR';
    default:
      return String(type);
  }
}

function fieldName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
