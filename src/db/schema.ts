/**
 * The extracts the data build writes and the app reads: table names, columns and row types.
 * Shared by the Node build (scripts/build-data.ts) and the browser data layer, so the two cannot
 * drift apart. Bump SCHEMA_VERSION whenever a column changes.
 */
export const SCHEMA_VERSION = 5;

export type TableName = 'kommuner' | 'metrics' | 'observations' | 'documents' | 'pledges';

export interface ColumnSpec {
  name: string;
  type: string;
  nullable?: boolean;
}

export interface ExtractSpec {
  name: TableName;
  file: string;
  columns: ColumnSpec[];
  orderBy: string[];
}

const col = (name: string, type: string, nullable = false): ColumnSpec => ({
  name,
  type,
  nullable,
});

export const EXTRACTS: ExtractSpec[] = [
  {
    name: 'kommuner',
    file: 'kommuner.parquet',
    columns: [
      col('kode', 'VARCHAR'),
      col('navn', 'VARCHAR'),
      col('region', 'VARCHAR', true),
      col('komkode', 'VARCHAR', true),
    ],
    orderBy: ['kode'],
  },
  {
    name: 'metrics',
    file: 'metrics.parquet',
    columns: [
      col('id', 'VARCHAR'),
      col('title_da', 'VARCHAR'),
      col('title_en', 'VARCHAR'),
      col('unit', 'VARCHAR'),
      col('unit_da', 'VARCHAR'),
      col('unit_en', 'VARCHAR'),
      col('description', 'VARCHAR'),
      // Who publishes it, as a Danish page names them; source_en as an English one does.
      col('source', 'VARCHAR'),
      col('source_en', 'VARCHAR'),
      col('table_id', 'VARCHAR', true),
      col('licence', 'VARCHAR'),
      col('higher_is_better', 'BOOLEAN', true),
      // The publisher stopped the series: { last_period, date, note_da, ... } as JSON text.
      col('discontinued_json', 'VARCHAR', true),
    ],
    orderBy: ['id'],
  },
  {
    name: 'observations',
    file: 'observations.parquet',
    columns: [
      col('metric_id', 'VARCHAR'),
      col('kode', 'VARCHAR', true),
      col('area_label', 'VARCHAR'),
      col('period_start', 'DATE', true),
      col('period_label', 'VARCHAR'),
      col('value', 'DOUBLE', true),
      col('value_text', 'VARCHAR'),
      col('unit_text', 'VARCHAR'),
      col('quality', 'VARCHAR'),
      col('flags', 'VARCHAR[]'),
      col('note', 'VARCHAR', true),
      // The source's label as a Danish page shows it; source_title_en as an English one does
      // (scripts/lib/source-label.ts).
      col('source_title', 'VARCHAR'),
      col('source_title_en', 'VARCHAR'),
      col('source_url', 'VARCHAR'),
      col('source_table', 'VARCHAR', true),
      col('quote', 'VARCHAR', true),
      col('retrieved', 'DATE'),
    ],
    orderBy: ['metric_id', 'kode', 'period_start', 'period_label', 'source_title', 'area_label'],
  },
  {
    name: 'documents',
    file: 'documents.parquet',
    columns: [
      col('id', 'VARCHAR'),
      col('title', 'VARCHAR'),
      col('kind', 'VARCHAR'),
      col('publisher', 'VARCHAR'),
      col('date', 'DATE'),
      col('date_precision', 'VARCHAR'),
      col('kode', 'VARCHAR'),
      col('url', 'VARCHAR', true),
      col('seed_file', 'VARCHAR'),
    ],
    orderBy: ['id'],
  },
  {
    name: 'pledges',
    file: 'pledges.parquet',
    columns: [
      col('id', 'VARCHAR'),
      col('document_id', 'VARCHAR'),
      col('quote', 'VARCHAR'),
      col('summary_en', 'VARCHAR'),
      col('actor_type', 'VARCHAR'),
      col('actor_name', 'VARCHAR'),
      col('actor_person', 'VARCHAR', true),
      col('date', 'DATE'),
      col('kode', 'VARCHAR'),
      col('theme', 'VARCHAR'),
      col('kind', 'VARCHAR'),
      col('lever', 'VARCHAR'),
      col('amount_dkk', 'DOUBLE', true),
      col('measure_metric', 'VARCHAR', true),
      col('measure_kode', 'VARCHAR', true),
      col('measure_relation', 'VARCHAR', true),
      col('measure_why_da', 'VARCHAR', true),
      col('measure_why_en', 'VARCHAR', true),
      col('measure_comparator', 'VARCHAR', true),
      col('measure_target', 'DOUBLE', true),
      col('measure_unit', 'VARCHAR', true),
      col('measure_deadline', 'DATE', true),
      col('measure_baseline_period', 'VARCHAR', true),
      col('measure_baseline_value', 'DOUBLE', true),
      col('measure_note_da', 'VARCHAR', true),
      col('measure_note_en', 'VARCHAR', true),
      col('measure_target_from', 'VARCHAR', true),
      col('measure_annotations_json', 'VARCHAR', true),
      // Exactly one of measure_metric and unmeasured_status is set.
      col('unmeasured_status', 'VARCHAR', true),
      col('unmeasured_series_da', 'VARCHAR', true),
      col('unmeasured_series_en', 'VARCHAR', true),
      col('unmeasured_publisher', 'VARCHAR', true),
      col('unmeasured_table', 'VARCHAR', true),
      col('unmeasured_how_da', 'VARCHAR', true),
      col('unmeasured_how_en', 'VARCHAR', true),
      col('unmeasured_reason_da', 'VARCHAR', true),
      col('unmeasured_reason_en', 'VARCHAR', true),
      col('action_status', 'VARCHAR'),
      col('action_reason_da', 'VARCHAR', true),
      col('action_reason_en', 'VARCHAR', true),
      col('action_checked', 'DATE', true),
      col('action_confidence', 'VARCHAR', true),
      // Evidence and right of reply are small nested records; JSON keeps the extract flat.
      col('action_evidence_json', 'VARCHAR'),
      col('right_of_reply_json', 'VARCHAR', true),
      // Only on proposed cuts.
      col('proposal_status', 'VARCHAR', true),
      col('proposal_reason_da', 'VARCHAR', true),
      col('proposal_reason_en', 'VARCHAR', true),
      col('proposal_question_da', 'VARCHAR', true),
      col('proposal_question_en', 'VARCHAR', true),
      col('proposal_evidence_json', 'VARCHAR', true),
    ],
    orderBy: ['id'],
  },
];

/** A row of the metrics extract as a query reads it back (the columns above). */
export interface MetricRow {
  id: string;
  title_da: string;
  title_en: string;
  unit: string;
  unit_da: string;
  unit_en: string;
  description: string;
  source: string;
  source_en: string;
  table_id: string | null;
  licence: string;
  higher_is_better: boolean | null;
  discontinued_json: string | null;
}

/** What manifest.json says about the build; the app checks every extract against it. */
export interface Manifest {
  schema_version: number;
  built_at: string;
  inputs_sha256: string;
  files: {
    table: TableName | 'boundaries';
    file: string;
    rows: number | null;
    bytes: number;
    sha256: string;
  }[];
  sources: { file: string; title: string; origin: string; received: string; licence: string }[];
  statbank: Record<string, { retrieved_at: string; table_updated?: string; rows: number }>;
}
