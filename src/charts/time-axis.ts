/**
 * Dates on a chart's time axis: ISO dates as UTC milliseconds, and the whole years the axis spans.
 * Shared by the pledge chart and the explorer's line chart.
 */

/** UTC milliseconds of an ISO date (YYYY-MM-DD); null for no date or any other form. */
export function isoToTime(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function startOfYear(t: number): number {
  return Date.UTC(new Date(t).getUTCFullYear(), 0, 1);
}

/** The start of the next year, so the axis ends after the last year's points. */
export function endOfYear(t: number): number {
  return Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1);
}
