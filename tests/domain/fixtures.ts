/**
 * Builders for SYNTHETIC pledges and series used by the domain tests. The numbers are made up to
 * exercise the rules; they are not real figures for any kommune.
 */
import type { Pledge, PledgeMeasure } from '../../src/domain/pledge.ts';
import type { Metric, Observation, QualityFlag, Series } from '../../src/domain/series.ts';

export const METRIC: Metric = {
  id: 'homeless',
  titleDa: 'Personer i hjemløshed',
  titleEn: 'People experiencing homelessness',
  unit: 'persons',
  description: 'Synthetic test metric',
  source: 'Synthetic',
  licence: 'CC0',
  higherIsBetter: false,
};

export interface ObsInput {
  label: string;
  value: number | null;
  quality?: 'primary' | 'secondary';
  flags?: QualityFlag[];
  /** Defaults to the first day of the year given by the label's first four digits. */
  start?: string | null;
}

export function obs(input: ObsInput): Observation {
  const start = input.start === undefined ? `${input.label.slice(0, 4)}-01-01` : input.start;
  return {
    metric: METRIC.id,
    kode: '751',
    periodStart: start,
    periodLabel: input.label,
    value: input.value,
    quality: input.quality ?? 'primary',
    flags: input.flags ?? [],
    source: { title: 'Synthetic', url: 'https://example.org/synthetic', retrieved: '2025-01-01' },
  };
}

/** Annual observations from a year → value map (null = published as missing). */
export function yearly(values: Record<number, number | null>, extra: Partial<ObsInput> = {}) {
  return Object.entries(values).map(([year, value]) => obs({ label: year, value, ...extra }));
}

export function series(observations: Observation[], metric: Metric = METRIC): Series {
  return { metric, kode: '751', observations };
}

export function measure(overrides: Partial<PledgeMeasure> = {}): PledgeMeasure {
  return {
    metric: METRIC.id,
    kode: '751',
    relation: 'direct',
    why: { da: 'Syntetisk begrundelse.', en: 'Synthetic reason.' },
    comparator: 'at_most',
    target: 150,
    unit: 'persons',
    deadline: '2030-12-31',
    ...overrides,
  };
}

export function pledge(
  overrides: Partial<Pledge> = {},
  measureOverrides?: Partial<PledgeMeasure>,
): Pledge {
  return {
    id: 'synthetic-pledge',
    documentId: 'synthetic-doc',
    quote: 'Vi vil have højst 150 hjemløse i 2030.',
    summaryEn: 'At most 150 homeless by 2030.',
    actor: { type: 'party', name: 'Synthetic party' },
    date: '2021-06-01',
    kode: '751',
    theme: 'homelessness',
    kind: 'target_by_deadline',
    lever: 'shared',
    measure: measure(measureOverrides),
    action: { status: 'not_assessed', evidence: [] },
    ...overrides,
  };
}
