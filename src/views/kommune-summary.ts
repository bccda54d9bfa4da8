/**
 * The overview's summary per kommune: every kommune the catalogue has pledges for, in Danish
 * order, with how many of its pledges the filters show, how many of those have figures, and their
 * verdicts. A kommune the filters leave out keeps its row with 0, so the summary never hides a
 * kommune and its scorecard link is always there.
 */
import type { PledgeListItem } from '../domain/filter-pledges.ts';
import { compareDanish } from '../domain/danish-collation.ts';
import type { Kode } from '../domain/pledge.ts';
import { verdictMeter, type VerdictMeter } from './verdict-meter.ts';

export interface KommuneSummaryRow {
  kode: Kode;
  navn: string;
  /** The kommune's pledges in the catalogue, whatever the filters. */
  total: number;
  /** Of those, the ones the filters show. */
  shown: number;
  /** Of the shown ones, those with figures to chart. */
  withFigures: number;
  /** The verdicts of the shown ones. */
  verdicts: VerdictMeter;
}

export function kommuneSummary(
  all: readonly PledgeListItem[],
  shown: readonly PledgeListItem[],
): KommuneSummaryRow[] {
  const names = new Map<Kode, string>();
  for (const item of all)
    if (!names.has(item.pledge.kode)) names.set(item.pledge.kode, item.kommuneName);
  return [...names]
    .map(([kode, navn]) => {
      const mine = shown.filter((i) => i.pledge.kode === kode);
      return {
        kode,
        navn,
        total: all.filter((i) => i.pledge.kode === kode).length,
        shown: mine.length,
        withFigures: mine.filter((i) => i.hasFigures).length,
        verdicts: verdictMeter(mine),
      };
    })
    .sort((a, b) => compareDanish(a.navn, b.navn));
}
