/**
 * The overview's meter: how the pledges the filters show spread over each verdict, outcome and
 * action counted apart (they are never merged into one score). The statuses come from the domain's
 * own lists, so a status added there gets its segment here without a change; a status the lists
 * do not know (a catalogue newer than the app) is counted as `other`, so the counts always add up
 * to the pledges shown.
 */
import type { PledgeListItem } from '../domain/filter-pledges.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../domain/outcome.ts';
import { ACTION_STATUSES, type ActionStatus } from '../domain/pledge.ts';

export interface MeterSegment<S extends string> {
  status: S;
  count: number;
  /** count / total, 0 when nothing is shown. */
  share: number;
}

export interface MeterRow<S extends string> {
  /** Every known status in the domain's order, zeros included (a 0 is part of the story). */
  segments: MeterSegment<S>[];
  /** Pledges whose status the list does not know. */
  other: number;
}

export interface VerdictMeter {
  total: number;
  outcome: MeterRow<OutcomeStatus>;
  action: MeterRow<ActionStatus>;
}

function row<S extends string>(
  statuses: readonly S[],
  values: readonly string[],
  total: number,
): MeterRow<S> {
  const counts = new Map<string, number>(statuses.map((s) => [s, 0]));
  let other = 0;
  for (const value of values) {
    const n = counts.get(value);
    if (n === undefined) other += 1;
    else counts.set(value, n + 1);
  }
  return {
    segments: statuses.map((status) => {
      const count = counts.get(status) ?? 0;
      return { status, count, share: total === 0 ? 0 : count / total };
    }),
    other,
  };
}

export function verdictMeter(items: readonly PledgeListItem[]): VerdictMeter {
  const total = items.length;
  return {
    total,
    outcome: row(
      OUTCOME_STATUSES,
      items.map((i) => i.outcome),
      total,
    ),
    action: row(
      ACTION_STATUSES,
      items.map((i) => i.action),
      total,
    ),
  };
}

/** The statuses with at least one pledge, largest first (ties in the domain's order). */
export function present<S extends string>(r: MeterRow<S>): MeterSegment<S>[] {
  return r.segments.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
}
