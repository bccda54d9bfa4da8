/**
 * How the overview orders and explains a filtered list. Pledges with figures to chart come first
 * (a reader looks for measured pledges), each group keeping the catalogue's order. When a status
 * filter leaves nothing, the page must say what is true ("0 holdt: af de 11 er 9 ikke vurderet og
 * 2 i gang"), not that nothing matches, which a reporter would read as "none were kept".
 */
import {
  countActions,
  countOutcomes,
  filterPledges,
  type PledgeFilter,
  type PledgeListItem,
} from './filter-pledges.ts';
import type { OutcomeStatus } from './outcome.ts';
import type { ActionStatus } from './pledge.ts';

export interface OverviewGroups {
  withFigures: PledgeListItem[];
  withoutFigures: PledgeListItem[];
}

export function figuresFirst(items: readonly PledgeListItem[]): OverviewGroups {
  return {
    withFigures: items.filter((i) => i.hasFigures),
    withoutFigures: items.filter((i) => !i.hasFigures),
  };
}

export type EmptyResult =
  | {
      dimension: 'outcome';
      status: OutcomeStatus;
      /** Pledges that pass every other filter. */
      base: number;
      /** How those are spread over the statuses, largest first; zeros left out. */
      spread: [OutcomeStatus, number][];
    }
  | { dimension: 'action'; status: ActionStatus; base: number; spread: [ActionStatus, number][] };

/**
 * Why a status filter gives no pledge: the pledges the other filters leave and their statuses.
 * Null when the list is not empty, no status filter is set, or the other filters already leave
 * nothing (then the plain "no pledge matches" is the truth).
 */
export function whyEmpty(
  items: readonly PledgeListItem[],
  filter: PledgeFilter,
): EmptyResult | null {
  if (filterPledges(items, filter).length > 0) return null;
  if (filter.action !== undefined) {
    const base = filterPledges(items, { ...filter, action: undefined });
    if (base.length === 0) return null;
    return {
      dimension: 'action',
      status: filter.action,
      base: base.length,
      spread: spread(countActions(base)),
    };
  }
  if (filter.outcome !== undefined) {
    const base = filterPledges(items, { ...filter, outcome: undefined });
    if (base.length === 0) return null;
    return {
      dimension: 'outcome',
      status: filter.outcome,
      base: base.length,
      spread: spread(countOutcomes(base)),
    };
  }
  return null;
}

function spread<S extends string>(counts: Record<S, number>): [S, number][] {
  return (Object.entries(counts) as [S, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}
