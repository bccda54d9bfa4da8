/**
 * Turns the /data CSV into typed rows: the code of every requested variable, the kommune, the
 * period and the value, each checked. DST names columns by variable ('OMRÅDE;TID;INDHOLD'), in
 * upper case or as the Danish text depending on the request, so columns are matched by id, then by
 * text, then by position. Rows for regions, landsdele and kommunegrupper are counted and dropped:
 * the data build only knows kommuner and Hele landet.
 */
import type { TableInfoVariable } from './table-info.ts';
import { isKommuneOrNational, NATIONAL_CODE } from './kommune-codes.ts';
import { parseStatbankCsv } from './parse-statbank-csv.ts';
import { parseStatbankPeriod, type StatbankPeriod } from './parse-statbank-period.ts';
import { parseStatbankValue } from './parse-statbank-value.ts';
import { StatbankFormatError } from './statbank-error.ts';
import { checkRowCount } from './check-row-count.ts';
import type { ValidatedRequest } from './validate-table-request.ts';

export interface StatbankRow {
  line: number;
  kode: string;
  period: StatbankPeriod;
  /** Variable id (DST spelling) → value code. */
  cells: Record<string, string>;
  value: number | null;
  /** DST's symbol for an unpublished cell ('..'), else null. */
  symbol: string | null;
  /** The cell held the table's suppressedDataValue ("0"): maybe a true zero, maybe withheld. */
  suppressed: boolean;
}

export interface StatbankRows {
  rows: StatbankRow[];
  /** Geography codes that are not a kommune or Hele landet, with how many rows each had. */
  skipped: Map<string, number>;
}

/** `source` names the body in errors: the table id for an API answer, file for an export. */
export function readStatbankRows(
  text: string,
  request: ValidatedRequest,
  source: string = request.table.id,
): StatbankRows {
  const { table, variables } = request;
  const csv = parseStatbankCsv(text, source);
  checkRowCount(table.id, csv.records.length);
  const columns = matchColumns(csv.header, request);
  const decoders = columns.map((id) =>
    id === null ? null : decoder(variables.get(id) as TableInfoVariable),
  );
  const rows: StatbankRow[] = [];
  const skipped = new Map<string, number>();
  for (const record of csv.records) {
    const at = `${source}: linje ${record.line}`;
    const cells: Record<string, string> = {};
    columns.forEach((id, i) => {
      if (id === null) return;
      const raw = (record.fields[i] ?? '').trim();
      // Periods are parsed rather than looked up, so a new period DST adds needs no config change.
      cells[id] = id === table.time ? raw : (decoders[i]?.(raw, at) ?? raw);
    });
    const kode = table.geography === null ? NATIONAL_CODE : (cells[table.geography] ?? '');
    if (!isKommuneOrNational(kode)) {
      skipped.set(kode, (skipped.get(kode) ?? 0) + 1);
      continue;
    }
    const period = parseStatbankPeriod(cells[table.time] ?? '', at);
    const raw = (record.fields[record.fields.length - 1] ?? '').trim();
    const parsed = parseStatbankValue(raw, at);
    // DST writes a suppressed cell as the same "0" as a true zero; as we cannot tell them apart,
    // such a zero is kept out of charts and ratios instead of being read as nothing happened.
    const suppressed =
      parsed.value !== null && request.suppressed !== null && raw === request.suppressed;
    const value = suppressed ? null : parsed.value;
    const symbol = suppressed ? raw : parsed.symbol;
    rows.push({ line: record.line, kode, period, cells, value, symbol, suppressed });
  }
  return { rows, skipped };
}

/** For each CSV column, the variable id it holds; null for the value column (the last). */
function matchColumns(header: string[], request: ValidatedRequest): (string | null)[] {
  const { table, selections, variables } = request;
  const fold = (s: string) => s.trim().toLowerCase();
  const variableColumns = header.slice(0, -1);
  const columns = variableColumns.map((name, i) => {
    for (const v of variables.values()) if (fold(v.id) === fold(name)) return v.id;
    for (const v of variables.values()) if (fold(v.text) === fold(name)) return v.id;
    // DST keeps the request's order, so when the count fits, position is a safe last resort.
    if (variableColumns.length === selections.length) return selections[i]?.code ?? null;
    throw new StatbankFormatError(
      `${table.id}: linje 1: kolonnen "${name}" passer ikke på nogen af de hentede variabler ` +
        `(${selections.map((s) => s.code).join(', ')})`,
    );
  });
  for (const { code } of selections) {
    if (!columns.includes(code)) {
      throw new StatbankFormatError(
        `${table.id}: linje 1: svaret har ingen kolonne for variablen ${code} (overskrift: ${header.join(';')})`,
      );
    }
  }
  return [...columns, null];
}

/** Reads a cell as a value code; accepts the value's text too, in case DST ignored valuePresentation. */
function decoder(variable: TableInfoVariable): (raw: string, at: string) => string {
  const ids = new Set(variable.values.map((v) => v.id));
  const byText = new Map<string, string | null>();
  for (const v of variable.values) byText.set(v.text, byText.has(v.text) ? null : v.id);
  return (raw, at) => {
    if (ids.has(raw)) return raw;
    const id = byText.get(raw);
    if (id) return id;
    throw new StatbankFormatError(`${at}: "${raw}" er ikke en kendt værdi af ${variable.id}`);
  };
}
