/**
 * Splits the body of a StatBank /data CSV response into a header and records. DST separates
 * fields with ';', may quote a field (a value text can contain ';'), may start with a byte order
 * mark and may end lines with CRLF. Each record remembers the line it started on so an error can
 * name it: "SMDBV004: linje 17: ...".
 */
import { StatbankFormatError } from './statbank-error.ts';

export interface StatbankCsvRecord {
  /** 1-based line in the response body where the record starts. */
  line: number;
  fields: string[];
}

export interface StatbankCsv {
  header: string[];
  records: StatbankCsvRecord[];
}

export function parseStatbankCsv(text: string, table: string, delimiter = ';'): StatbankCsv {
  const rows = tokenize(text.replace(/^\uFEFF/, ''), table, delimiter).filter(
    (row) => !(row.fields.length === 1 && row.fields[0]?.trim() === ''),
  );
  const headerRow = rows.shift();
  if (!headerRow) throw new StatbankFormatError(`${table}: svaret fra /data er tomt`);
  const header = headerRow.fields.map((f) => f.trim());
  if (header.length < 2) {
    throw new StatbankFormatError(
      `${table}: linje ${headerRow.line}: overskriften "${header.join(delimiter)}" har ikke ` +
        `mindst én variabel og en værdikolonne adskilt af "${delimiter}"`,
    );
  }
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      throw new StatbankFormatError(
        `${table}: linje ${row.line}: ${row.fields.length} felter, forventede ${header.length} ` +
          `(${header.join(delimiter)})`,
      );
    }
  }
  return { header, records: rows };
}

function tokenize(text: string, table: string, delimiter: string): StatbankCsvRecord[] {
  const rows: StatbankCsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoted = false; // the current field was quoted, so text after the closing quote is an error
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
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
    } else if (c === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (c === delimiter) {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push({ line: rowLine, fields });
      fields = [];
      line++;
      rowLine = line;
    } else if (quoted) {
      throw new StatbankFormatError(
        `${table}: linje ${line}: tegn efter et afsluttende anførselstegn ("${c}")`,
      );
    } else {
      field += c;
    }
  }
  if (inQuotes) {
    throw new StatbankFormatError(
      `${table}: linje ${rowLine}: et felt i anførselstegn lukkes aldrig`,
    );
  }
  if (field !== '' || quoted || fields.length > 0) {
    endField();
    rows.push({ line: rowLine, fields });
  }
  return rows;
}
