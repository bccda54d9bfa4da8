/**
 * Turns an Arrow result into plain objects. DuckDB hands back lists as Arrow vectors and 64-bit
 * integers as BigInt; the app wants arrays and numbers, so convert once here.
 */
interface ArrowLikeTable {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

export function arrowToRows<T>(table: ArrowLikeTable): T[] {
  return table.toArray().map((row) => {
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.toJSON())) plain[key] = toPlain(value);
    return plain as T;
  });
}

function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (
    value !== null &&
    typeof value === 'object' &&
    'toArray' in value &&
    typeof value.toArray === 'function'
  ) {
    return Array.from(value.toArray() as ArrayLike<unknown>, toPlain);
  }
  return value;
}
