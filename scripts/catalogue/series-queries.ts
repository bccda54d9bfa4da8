/** Questions about measured series: one metric for one kommune, with provenance. */
import type { Db } from '../../src/db/db.ts';
import type { MetricRow } from '../../src/db/schema.ts';
import type {
  Discontinued,
  Metric,
  Observation,
  QualityFlag,
  Series,
} from '../../src/domain/series.ts';

export async function getMetric(db: Db, id: string): Promise<Metric | null> {
  const rows = await db.query<MetricRow>('SELECT * FROM metrics WHERE id = ?', [id]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    titleDa: r.title_da,
    titleEn: r.title_en,
    unit: r.unit,
    unitDa: r.unit_da,
    unitEn: r.unit_en,
    description: r.description,
    source: r.source,
    ...(r.source_en && r.source_en !== r.source ? { sourceEn: r.source_en } : {}),
    ...(r.table_id ? { table: r.table_id } : {}),
    licence: r.licence,
    higherIsBetter: r.higher_is_better,
    ...(r.discontinued_json ? { discontinued: discontinuedFrom(r.discontinued_json) } : {}),
  };
}

/** The metrics extract keeps the YAML's snake_case block as JSON text (read-metrics.ts). */
function discontinuedFrom(json: string): Discontinued {
  const d = JSON.parse(json) as {
    last_period: string;
    date: string;
    note_da: string;
    note_en: string;
    source_title: string;
    source_url?: string;
  };
  return {
    lastPeriod: d.last_period,
    date: d.date,
    note: { da: d.note_da, en: d.note_en },
    sourceTitle: d.source_title,
    ...(d.source_url ? { sourceUrl: d.source_url } : {}),
  };
}

export interface ObservationRow {
  metric_id: string;
  kode: string | null;
  period_start: string | null;
  period_label: string;
  value: number | null;
  quality: 'primary' | 'secondary';
  flags: string[];
  note: string | null;
  source_title: string;
  source_title_en: string;
  source_url: string;
  source_table: string | null;
  quote: string | null;
  retrieved: string;
}

export const OBSERVATION_COLUMNS = `metric_id, kode, strftime(period_start, '%Y-%m-%d') AS period_start,
  period_label, value, quality, flags, note, source_title, source_title_en, source_url, source_table,
  quote,
  strftime(retrieved, '%Y-%m-%d') AS retrieved`;

/** The series of one metric in one kommune; null when the metric is unknown. */
export async function getSeries(db: Db, metricId: string, kode: string): Promise<Series | null> {
  const metric = await getMetric(db, metricId);
  if (!metric) return null;
  const rows = await db.query<ObservationRow>(
    `SELECT ${OBSERVATION_COLUMNS}
     FROM observations
     WHERE metric_id = ? AND kode = ? AND NOT list_contains(flags, 'sub_area')
     ORDER BY period_start NULLS LAST, period_label`,
    [metricId, kode],
  );
  return { metric, kode, observations: rows.map(toObservation) };
}

export function toObservation(r: ObservationRow): Observation {
  return {
    metric: r.metric_id,
    kode: r.kode,
    periodStart: r.period_start,
    periodLabel: r.period_label,
    value: r.value,
    quality: r.quality,
    flags: r.flags as QualityFlag[],
    ...(r.note ? { note: r.note } : {}),
    source: {
      title: r.source_title,
      // Only where it differs, so the catalogue does not carry every label twice.
      ...(r.source_title_en && r.source_title_en !== r.source_title
        ? { titleEn: r.source_title_en }
        : {}),
      url: r.source_url,
      ...(r.source_table ? { table: r.source_table } : {}),
      ...(r.quote ? { quote: r.quote } : {}),
      retrieved: r.retrieved,
    },
  };
}
