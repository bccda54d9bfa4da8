/**
 * A cap on the rows one StatBank answer may have, checked before anything is mapped, so a request
 * gone wrong (a million rows) fails with a sentence instead of exhausting memory, in the data
 * build and in the reader's browser alike.
 */
import { StatbankFormatError } from './statbank-error.ts';

/**
 * Rows one imported table may have. The largest real table we use (98 kommuner × quarters since
 * 2007 × a few metrics) has well under 20,000; a million rows means a request gone wrong, and
 * would make the build run out of memory.
 */
export const MAX_ROWS_PER_TABLE = 200_000;

/** Refuses an answer with more rows than any table we use could have, before it is mapped. */
export function checkRowCount(tableId: string, rows: number): void {
  if (rows > MAX_ROWS_PER_TABLE) {
    throw new StatbankFormatError(
      `${tableId}: svaret har ${rows} rækker, mere end de ${MAX_ROWS_PER_TABLE} en tabel må have; ` +
        'vælg færre værdier i tables.yaml',
    );
  }
}
