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
/**
 * Rows one imported table may have. The largest real table we use (98 kommuner × quarters since
 * 2007 × a few metrics) has well under 20,000; a million rows means a request gone wrong, and
 * would make the build run out of memory.
 */
export const MAX_ROWS_PER_TABLE = 200_000;

export function implausibleValue(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return 'is not a finite number';
  if (Math.abs(value) > LIMIT) return `is implausibly large (more than ${LIMIT.toExponential()})`;
  if (value < 0 && COUNT_UNITS.has(unit)) return `is a negative count (unit ${unit})`;
  return null;
}
