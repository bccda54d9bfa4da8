/**
 * A small RFC 4180 reader that remembers where each record started, so a bad row can be reported
 * by line number (a quoted field may span lines, so record index and line differ).
 */
import { SourceError } from './source-error.ts';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
  const rows = tokenize(text.replace(/^\uFEFF/, ''), file, delimiter);
  const header = rows.shift();
  if (!header) throw new SourceError(file, 1, 'the file is empty');
  const names = header.fields.map((f) => f.trim());
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new SourceError(file, 1, `column "${duplicate}" appears twice in the header`);
  return rows
    .filter((row) => !(row.fields.length === 1 && row.fields[0] === ''))
    .map((row) => {
      if (row.fields.length !== names.length) {
        throw new SourceError(
          file,
          row.line,
          `expected ${names.length} fields (${names.join(', ')}), found ${row.fields.length}`,
        );
      }
      const values: Record<string, string> = {};
      names.forEach((name, i) => (values[name] = row.fields[i] ?? ''));
      return { line: row.line, values };
    });
}

interface RawRow {
  line: number;
  fields: string[];
}

function tokenize(text: string, file: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) throw new SourceError(file, rowLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}
