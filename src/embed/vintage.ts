/**
 * Data vintages: what a chart showed on a given day. Every observation carries the date we
 * retrieved it, so the figures known on a day are those retrieved on or before it. A published
 * embed pinned to a vintage keeps showing them, and says so when newer figures change the verdict.
 */
import type { IsoDate } from '../domain/pledge.ts';
import type { Series } from '../domain/series.ts';

export function seriesAsOf(series: Series, vintage: IsoDate): Series {
  return {
    ...series,
    observations: series.observations.filter((o) => o.source.retrieved <= vintage),
  };
}

/** The days on which the series changed: its distinct retrieval dates, oldest first. */
export function vintagesOf(series: Series | null): IsoDate[] {
  if (!series) return [];
  return [...new Set(series.observations.map((o) => o.source.retrieved))].sort();
}
