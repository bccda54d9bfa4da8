/**
 * Reads every export listed in imports.yaml and returns the text of each output file, in the
 * format data:fetch writes. Nothing is written here: the caller writes all files only after every
 * export has passed, so a failing import leaves the previous files as they were. The result
 * depends on the inputs only (no clock, sorted output), so the same exports give the same bytes.
 */
import { mapObservations, type StatbankObservation } from '../../src/statbank/map-observations.ts';
import { checkBuildLimits } from '../statbank/check-build-limits.ts';
import { formatObservationsCsv, type OutputSource } from '../statbank/format-observations-csv.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import type { ImportConfig } from './load-imports-config.ts';
import { readExportRows } from './read-export-rows.ts';

export interface ImportedFile {
  name: string;
  csv: string;
  rows: number;
}

export interface ImportSummary {
  file: string;
  metric: string;
  rows: number;
  /** Figures another export in the same output already gave, with the same value. */
  duplicates: number;
  skipped: Map<string, number>;
}

interface Sourced extends StatbankObservation {
  source: OutputSource;
  from: string;
}

export function importExports(
  entries: ImportConfig[],
  /** The export's bytes, already checked against its sha256. */
  read: (entry: ImportConfig) => string,
  metricUnits: ReadonlyMap<string, string>,
): { files: ImportedFile[]; summary: ImportSummary[] } {
  const byOutput = new Map<string, Map<string, Sourced>>();
  const metricOrder = new Map<string, number>();
  const summary: ImportSummary[] = [];
  for (const entry of entries) {
    const unit = metricUnits.get(entry.metric);
    if (unit === undefined) {
      throw new StatbankFormatError(
        `${entry.file}: metrikken ${entry.metric} er ikke defineret i data/metrics`,
      );
    }
    if (!metricOrder.has(entry.metric)) metricOrder.set(entry.metric, metricOrder.size);
    const { table, info, rows, skipped } = readExportRows(read(entry), entry, unit);
    if (rows.length === 0)
      throw new StatbankFormatError(`${entry.file}: ingen rækker for kommuner`);
    const observations = mapObservations(table, info, rows);
    checkBuildLimits(table, observations);
    const source = sourceOf(entry);
    const merged = byOutput.get(entry.output) ?? new Map<string, Sourced>();
    byOutput.set(entry.output, merged);
    let duplicates = 0;
    for (const o of observations) {
      const key = `${o.metricId}\u0000${o.kode}\u0000${o.period}`;
      const earlier = merged.get(key);
      if (earlier) {
        if (earlier.value !== o.value) {
          throw new StatbankFormatError(
            `${entry.output}: ${o.metricId} ${o.kode} ${o.period} er ${String(earlier.value)} i ` +
              `${earlier.from}, men ${String(o.value)} i ${entry.file}; ret den, der er forkert`,
          );
        }
        duplicates++;
        continue;
      }
      merged.set(key, { ...o, source, from: entry.file });
    }
    summary.push({
      file: entry.file,
      metric: entry.metric,
      rows: observations.length,
      duplicates,
      skipped,
    });
  }
  const files = [...byOutput.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, merged]) => {
      const observations = [...merged.values()].sort(
        (a, b) =>
          (metricOrder.get(a.metricId) ?? 0) - (metricOrder.get(b.metricId) ?? 0) ||
          a.kode.localeCompare(b.kode) ||
          a.periodStart.localeCompare(b.periodStart) ||
          a.period.localeCompare(b.period),
      );
      return {
        name,
        csv: formatObservationsCsv(observations, (o) => o.source),
        rows: observations.length,
      };
    });
  return { files, summary };
}

/**
 * Provenance on every row: the publisher and table in the title, the repository, commit and path
 * the export was taken from as its address, and the date the export was made.
 */
function sourceOf(entry: ImportConfig): OutputSource {
  const via = entry.retrieved_via;
  const table = entry.publisher === 'Danmarks Statistik' ? `StatBank ${entry.table}` : entry.table;
  return {
    tableId: entry.table,
    sourceTitle: `${entry.publisher}, ${table}: ${entry.title} (eksport hentet via ${via.repository})`,
    sourceUrl: `https://${via.repository}/blob/${via.commit}/${via.path}`,
    retrievedAt: entry.exported,
  };
}
