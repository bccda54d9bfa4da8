/**
 * The data build's own checks, run on a table's observations before the importer writes them:
 * the build's plausibility rule (scripts/lib/plausible-value.ts), the build's reading of a period
 * (scripts/lib/parse-period.ts, which knows only years 1900–2100) and a cap on rows. A file that
 * passes here is one `npm run data` accepts, so a bad answer never replaces a good file.
 */
import { implausibleValue, MAX_ROWS_PER_TABLE } from '../lib/plausible-value.ts';
import { parsePeriod } from '../lib/parse-period.ts';
import type { TableConfig } from './load-tables-config.ts';
import type { StatbankObservation } from './map-observations.ts';
import { StatbankFormatError } from './statbank-error.ts';

/** Refuses an answer with more rows than any table we use could have, before it is mapped. */
export function checkRowCount(tableId: string, rows: number): void {
  if (rows > MAX_ROWS_PER_TABLE) {
    throw new StatbankFormatError(
      `${tableId}: svaret har ${rows} rækker, mere end de ${MAX_ROWS_PER_TABLE} en tabel må have; ` +
        'vælg færre værdier i tables.yaml',
    );
  }
}

export function checkBuildLimits(table: TableConfig, observations: StatbankObservation[]): void {
  checkRowCount(table.id, observations.length);
  const units = new Map(table.metrics.map((m) => [m.id, m.unit ?? table.unit ?? '']));
  for (const o of observations) {
    const at = `${table.id}: ${o.metricId} ${o.kode} ${o.period}`;
    if (parsePeriod(o.period).start === null) {
      throw new StatbankFormatError(
        `${at}: perioden "${o.period}" ligger uden for årene 1900–2100, som data-bygget kender`,
      );
    }
    if (o.value === null) continue;
    const implausible = implausibleValue(o.value, units.get(o.metricId) ?? '');
    if (implausible) {
      throw new StatbankFormatError(`${at}: værdien ${o.value} afvises (${implausible})`);
    }
  }
}
