/** How many of the overview's filters are set, for the phone's "Filtre (2 valgte)" button. */
import type { PledgeFilter } from '../domain/filter-pledges.ts';

export function activeFilterCount(filter: PledgeFilter): number {
  return Object.values(filter).filter((v) => typeof v === 'string' && v.trim() !== '').length;
}
