/** Which periods a comparison offers, in time order, and which of them is best covered. */
import { parsePeriod } from './period.ts';
import type { Observation } from './series.ts';

/** Period labels oldest first, by their start (so '2024M10' follows '2024M09'), then as text. */
export function sortPeriods(labels: string[], observations: readonly Observation[]): string[] {
  const starts = periodStarts(observations);
  return labels.sort((a, b) => comparePeriods(a, b, starts));
}

/** Earliest known start per period label, so labels sort in time rather than as text. */
function periodStarts(observations: readonly Observation[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const o of observations) {
    const start = parsePeriod(o.periodLabel, o.periodStart).start;
    const current = starts.get(o.periodLabel);
    if (start !== null && (current === undefined || start < current)) {
      starts.set(o.periodLabel, start);
    }
  }
  return starts;
}

function comparePeriods(a: string, b: string, starts: Map<string, string>): number {
  const sa = starts.get(a) ?? '';
  const sb = starts.get(b) ?? '';
  return compareText(sa, sb) || compareText(a, b);
}

/** The period with the highest count; among equally covered periods, the latest. */
export function mostCovered(
  periods: readonly string[],
  counts: Map<string, number>,
): string | null {
  let pick: string | null = null;
  for (const p of periods) {
    if ((counts.get(p) ?? 0) === 0) continue;
    if (pick === null || (counts.get(p) ?? 0) >= (counts.get(pick) ?? 0)) pick = p;
  }
  return pick;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
