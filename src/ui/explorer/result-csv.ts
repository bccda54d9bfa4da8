/**
 * A query result as CSV: a `#` header that says where it came from (the link that reproduces it,
 * the sources, the query itself, and whether rows were left out), then the rows. Values that are
 * lists or structs are written as JSON.
 */
import { rowsToCsv, UTF8_BOM } from '../../domain/series-csv.ts';

export interface ResultCsvInput {
  columns: { name: string }[];
  rows: unknown[][];
  sql: string;
  pageUrl: string;
  sourceNote: string;
  /** Set when the result was capped: the file then holds only these rows. */
  truncatedNote?: string | null;
}

export function resultToCsv(input: ResultCsvInput): string {
  const header = [
    `# Løftetjek: ${input.pageUrl}`,
    `# ${input.sourceNote}`,
    ...(input.truncatedNote ? [`# ${input.truncatedNote}`] : []),
    // Comment lines can hold any text, but never a line break.
    ...input.sql.split(/\r?\n|\r/).map((line) => `# ${line}`),
  ].join('\r\n');
  const body = rowsToCsv(
    input.columns.map((c) => c.name),
    input.rows.map((row) =>
      row.map((v) =>
        v === null || v === undefined || typeof v === 'number' || typeof v === 'string'
          ? v
          : JSON.stringify(v),
      ),
    ),
  );
  return `${UTF8_BOM}${header}\r\n${body}`;
}
