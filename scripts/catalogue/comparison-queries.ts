/** Questions across kommuner: one metric everywhere it is measured, for ranking and the map. */
import type { Db } from '../../src/db/db.ts';
import type { Observation } from '../../src/domain/series.ts';
import { OBSERVATION_COLUMNS, toObservation, type ObservationRow } from './series-queries.ts';

/** Every observation of a metric, all kommuner and Hele landet; the domain decides what compares. */
export async function getMetricObservations(db: Db, metricId: string): Promise<Observation[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT ${OBSERVATION_COLUMNS}
     FROM observations
     WHERE metric_id = ? AND kode IS NOT NULL
     ORDER BY kode, period_start NULLS LAST, period_label, source_title`,
    [metricId],
  );
  return rows.map(toObservation);
}
