/**
 * Figures no source would publish: not a finite number, beyond any public statistic or budget,
 * or a negative count. They stop the data build with file, line and reason rather than reach a
 * chart. Units that count people or things cannot be negative; changes and balances can.
 * The StatBank importer applies the same checks before it writes a file, so a fetch can never
 * replace a good file with one the build refuses.
 */
const COUNT_UNITS = new Set(['persons', 'count', 'fulltime_persons', 'housing areas']);
/** Larger than the whole Danish public sector's budget in kroner. */
const LIMIT = 1e13;
/** The row cap lives with the StatBank reader, which the browser's live check shares. */
export { MAX_ROWS_PER_TABLE } from '../../src/statbank/check-row-count.ts';

export function implausibleValue(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return 'is not a finite number';
  if (Math.abs(value) > LIMIT) return `is implausibly large (more than ${LIMIT.toExponential()})`;
  if (value < 0 && COUNT_UNITS.has(unit)) return `is a negative count (unit ${unit})`;
  return null;
}
