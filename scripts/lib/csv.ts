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

// Fields are cut out with slice() between separators rather than built a character at a time:
// the StatBank sources hold megabytes of text, and per-character concatenation made the data
// build spend seconds in garbage collection.
function tokenize(text: string, file: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  const separator = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}\\r\\n]`, 'g');
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i < text.length) {
    let field = '';
    // A quote opens a quoted part only at the start of a field (or right after an empty one).
    while (text[i] === '"' && field === '') {
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) throw new SourceError(file, rowLine, 'a quoted field is never closed');
        const part = text.slice(from, close);
        for (let n = part.indexOf('\n'); n >= 0; n = part.indexOf('\n', n + 1)) line++;
        field += part;
        if (text[close + 1] === '"') {
          field += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    }
    separator.lastIndex = i;
    const end = separator.exec(text)?.index ?? text.length;
    field += text.slice(i, end);
    i = end;
    fields.push(field);
    if (i >= text.length) {
      // A last line that is only "" holds no field at all, as before.
      if (field !== '' || fields.length > 1) rows.push({ line: rowLine, fields });
      return rows;
    }
    const c = text[i];
    i++;
    if (c === delimiter) {
      if (i >= text.length) {
        fields.push('');
        rows.push({ line: rowLine, fields });
        return rows;
      }
      continue;
    }
    if (c === '\r' && text[i] === '\n') i++;
    rows.push({ line: rowLine, fields });
    fields = [];
    line++;
    rowLine = line;
  }
  return rows;
}
