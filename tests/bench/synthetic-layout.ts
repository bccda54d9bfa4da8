/**
 * How the SYNTHETIC benchmark extracts are laid out (see generate-observations.ts). Pure, so the
 * bench page in the browser and the generator in Node agree on codes, metrics and dates.
 */
export const SYNTHETIC_KOMMUNER = 98;
export const SYNTHETIC_METRICS = 20;
export const FIRST_DAY = '2010-01-01';

export interface SyntheticLayout {
  rows: number;
  kommuner: number;
  metrics: number;
  /** Daily periods per kommune and metric, from FIRST_DAY. */
  periods: number;
}

/** How `rows` rows are spread: 98 kommuner × 20 metrics × as many days as it takes. */
export function syntheticLayout(rows: number): SyntheticLayout {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be ≥ 1, got ${rows}`);
  const periods = Math.ceil(rows / (SYNTHETIC_KOMMUNER * SYNTHETIC_METRICS));
  return { rows, kommuner: SYNTHETIC_KOMMUNER, metrics: SYNTHETIC_METRICS, periods };
}

/** The synthetic code of kommune i (0-based): S001, S002, … */
export function syntheticKode(i: number): string {
  return `S${String(i + 1).padStart(3, '0')}`;
}

/** The synthetic id of metric i (0-based): syn-00, syn-01, … */
export function syntheticMetric(i: number): string {
  return `syn-${String(i).padStart(2, '0')}`;
}
