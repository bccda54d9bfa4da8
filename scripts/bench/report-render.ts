/** Number formats and table rendering shared by the console report and docs/benchmarks.md. */

/** Columns after the first hold numbers and align right. */
export interface Table {
  headers: string[];
  rows: string[][];
}

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value >= 100
    ? `${Math.round(value).toLocaleString('en-US')} ms`
    : `${value.toFixed(1)} ms`;
}

export function kb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function times(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value >= 10 ? `${Math.round(value)}×` : `${value.toFixed(1)}×`;
}

export function count(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** 1e4 → "10⁴"; other counts with thousands separators. */
export function rowsLabel(rows: number): string {
  const digits = String(rows);
  if (rows >= 10 && /^10+$/.test(digits)) {
    const exp = String(digits.length - 1);
    return `10${exp.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)}`;
  }
  return rows.toLocaleString('en-US');
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function textTable(table: Table): string {
  const all = [table.headers, ...table.rows];
  const widths = table.headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(table.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)]
    .map((l) => l.trimEnd())
    .join('\n');
}

/** A Markdown table with the same alignment. Pipes in cells are escaped. */
export function markdownTable(table: Table): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const row = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  const rule = `|${table.headers.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [row(table.headers), rule, ...table.rows.map(row)].join('\n');
}
