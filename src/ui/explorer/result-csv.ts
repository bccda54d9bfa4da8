/**
 * A query result as CSV: a `#` header that says where it came from (the link that reproduces it,
 * the sources, the query itself, and whether rows were left out), then the rows. Values that are
 * lists or structs are written as JSON.
 *
 * Spreadsheets split every line, the `#` lines too, at commas, and Excel in a Danish locale at
 * semicolons as well; a piece that then starts with = + - @ would run as a formula (issue 12:
 * `,=WEBSERVICE(…)` in a shared query's text). So data cells with a semicolon are quoted like
 * cells with a comma, and in header lines every piece after a comma, semicolon or tab is defused
 * as csvCell defuses a cell, and a straight double quote, which could open a quoted field running
 * over the following lines, becomes ”. Readers that skip `#` lines (pandas, R) see them whole.
 */
import { csvCell, UTF8_BOM, type CsvCell } from '../../domain/series-csv.ts';

export interface ResultCsvInput {
  columns: { name: string }[];
  rows: unknown[][];
  sql: string;
  /** The canonical link to the result, built from the view state (never location.href). */
  pageUrl: string;
  sourceNote: string;
  /** Set when the result was capped: the file then holds only these rows. */
  truncatedNote?: string | null;
}

const CRLF = '\r\n';

export function resultToCsv(input: ResultCsvInput): string {
  const header = [
    `Løftetjek: ${input.pageUrl}`,
    input.sourceNote,
    ...(input.truncatedNote ? [input.truncatedNote] : []),
    // Comment lines can hold any text, but never a line break.
    ...input.sql.split(/\r\n|\n|\r/),
  ].map(headerLine);
  const cells = [
    input.columns.map((c) => c.name),
    ...input.rows.map((row) =>
      row.map((v) =>
        v === null || v === undefined || typeof v === 'number' || typeof v === 'string'
          ? v
          : JSON.stringify(v),
      ),
    ),
  ];
  const body = cells.map((row) => row.map(cell).join(',') + CRLF).join('');
  return `${UTF8_BOM}${header.join('')}${body}`;
}

/** csvCell, with a semicolon quoted as well (Excel in a Danish locale separates with it). */
function cell(value: CsvCell): string {
  const text = csvCell(value);
  return text.includes(';') && !text.startsWith('"') ? `"${text}"` : text;
}

/** One `# ` line: never a live formula or an open quote in any piece a spreadsheet cuts it into. */
function headerLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/"/g, '”');
  return `# ${flat.replace(/([,;\t])(\s*)([=+\-@])/g, "$1$2'$3")}${CRLF}`;
}
