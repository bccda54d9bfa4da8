/**
 * Turns Arrow record batches from DuckDB-WASM into plain row arrays for the explorer, read by
 * shape so this module needs no Arrow import. The values follow arrow-rows.ts (BigInt → number,
 * lists → arrays) and go further, because a journalist's query can return any type: an integer
 * beyond 2^53 stays exact as a string, dates and timestamps become ISO strings, DECIMAL and
 * HUGEINT become numbers, and INTERVAL is decoded by hand (apache-arrow 13 misreads DuckDB's
 * MONTH_DAY_NANO intervals).
 */

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
    rows.push(fields.map((f, c) => cellValue(vectors[c]!, r, f.type)));
  }
  return rows;
}

function cellValue(vector: ArrowVector, row: number, type: ArrowType): unknown {
  if (!vector.isValid(row)) return null;
  if (type.typeId === T.Interval) return intervalAt(vector, row);
  return plainValue(vector.get(row), type);
}

function plainValue(value: unknown, type: ArrowType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case T.Int:
      return typeof value === 'bigint' ? exactNumber(value) : value;
    case T.Decimal:
      return decimalValue(String(value), type.scale ?? 0);
    case T.Date:
      return type.unit === 0
        ? (value as Date).toISOString().slice(0, 10)
        : formatTimestamp((value as Date).getTime(), false);
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
      const json = (value as { toJSON(): Record<string, unknown> }).toJSON();
      const out: Record<string, unknown> = {};
      for (const f of type.children ?? []) out[f.name] = plainValue(json[f.name], f.type);
      return out;
    }
    case T.Map: {
      const [key, val] = type.children?.[0]?.type.children ?? [];
      const out: Record<string, unknown> = {};
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

function formatTimestamp(ms: number, utc: boolean): string {
  if (!Number.isFinite(ms)) return String(ms);
  let whole = Math.floor(ms);
  let micros = Math.round((ms - whole) * 1000);
  if (micros === 1000) {
    whole += 1;
    micros = 0;
  }
  const iso = new Date(whole).toISOString();
  const fraction = (iso.slice(-4, -1) + String(micros).padStart(3, '0')).replace(/0+$/, '');
  const base = iso.slice(0, -5);
  return base + (fraction ? '.' + fraction : '') + (utc ? 'Z' : '');
}

const UNIT_TO_NANOS = [1_000_000_000n, 1_000_000n, 1_000n, 1n];

function formatTime(value: bigint, unit: number): string {
  return clockText(value * (UNIT_TO_NANOS[unit] ?? 1000n));
}

/** HH:MM:SS with up to six decimals, as DuckDB prints TIME and the time part of INTERVAL. */
function clockText(nanos: bigint): string {
  const sign = nanos < 0n ? '-' : '';
  const abs = nanos < 0n ? -nanos : nanos;
  const seconds = abs / 1_000_000_000n;
  const micros = (abs % 1_000_000_000n) / 1_000n;
  const pad = (n: bigint) => String(n).padStart(2, '0');
  const hms = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  const fraction = micros === 0n ? '' : '.' + String(micros).padStart(6, '0').replace(/0+$/, '');
  return sign + hms + fraction;
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

function intervalText(months: number, days: number, nanos: bigint): string {
  const plural = (n: number, word: string) => `${n} ${word}${Math.abs(n) === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  if (years !== 0) parts.push(plural(years, 'year'));
  if (months % 12 !== 0) parts.push(plural(months % 12, 'month'));
  if (days !== 0) parts.push(plural(days, 'day'));
  if (nanos !== 0n || parts.length === 0) parts.push(clockText(nanos));
  return parts.join(' ');
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
export function arrowTypeName(type: ArrowType): string {
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
