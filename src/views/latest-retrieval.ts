/**
 * The date the overview gives for the bundled figures. The catalogue carries no date of the
 * extract as such (builtAt is when the site was built, not when any figure was fetched), so the
 * date is the latest retrieval date among the figures it holds: the newest figure a reader sees
 * was fetched then. Older figures keep their own dates next to each chart.
 */
import type { Catalogue } from '../domain/catalogue.ts';
import type { IsoDate } from '../domain/pledge.ts';
import { isIsoDate } from '../domain/period.ts';

/** Null when the catalogue holds no figure with a value and a valid retrieval date. */
export function latestRetrieval(catalogue: Pick<Catalogue, 'series'>): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const series of Object.values(catalogue.series)) {
    for (const o of series.observations) {
      // A cell the producer published as missing is not a figure the reader gets.
      if (typeof o.value !== 'number' || !Number.isFinite(o.value)) continue;
      const retrieved = o.source?.retrieved;
      // ISO dates compare correctly as text.
      if (isIsoDate(retrieved) && (latest === null || retrieved > latest)) latest = retrieved;
    }
  }
  return latest;
}
