/**
 * The data build's own checks, run on a table's observations before the importer writes them:
 * the build's plausibility rule (scripts/lib/plausible-value.ts), the build's reading of a period
 * (scripts/lib/parse-period.ts, which knows only years 1900–2100) and a cap on rows. A file that
 * passes here is one `npm run data` accepts, so a bad answer never replaces a good file.
 */
import { implausibleValue } from '../lib/plausible-value.ts';
import { checkRowCount } from '../../src/statbank/check-row-count.ts';
import { parsePeriod } from '../lib/parse-period.ts';
import type { TableConfig } from './load-tables-config.ts';
import type { StatbankObservation } from '../../src/statbank/map-observations.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';

export { checkRowCount };

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
