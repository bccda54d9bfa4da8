/**
 * The distinct sources a series' figures come from, as the card's source list and the pasted
 * sentence (cite-sentence.ts) cite them.
 */
import type { Lang } from './format.ts';
import type { Observation, ObservationSource, Series } from './series.ts';
import { pick } from '../text/t.ts';

export interface CitedSource {
  title: string;
  titleEn?: string;
  url: string;
  table?: string;
  /** The latest retrieval of this source among the figures. */
  retrieved: string;
  quality: 'primary' | 'secondary';
  /** periodStart of the newest figure from this source; null when all are undated. */
  newest: string | null;
}

/** The source as a page in `lang` names it: the English label where the data has one. */
export function sourceTitle(
  source: Pick<ObservationSource, 'title' | 'titleEn'>,
  lang: Lang,
): string {
  return pick(lang, source.title, source.titleEn ?? source.title);
}

/** One line of text: newlines and runs of spaces become one space. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

const sourceKey = (o: Observation): string =>
  JSON.stringify([oneLine(o.source.title), o.source.url ?? '', o.source.table ?? '']);

/**
 * The distinct sources of a series' published figures: primary before secondary, then the source
 * of the newest figure first, so the figure a sentence usually quotes is cited first.
 */
export function citedSources(series: Series | null): CitedSource[] {
  const observations = (series?.observations ?? []).filter((o) => o?.source);
  // A cell published as missing is not a figure anyone quotes; cite it only if nothing else.
  const withValue = observations.filter((o) => typeof o.value === 'number');
  const used = withValue.length > 0 ? withValue : observations;
  const byKey = new Map<string, CitedSource>();
  for (const o of used) {
    const key = sourceKey(o);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, {
        title: oneLine(o.source.title),
        ...(o.source.titleEn ? { titleEn: oneLine(o.source.titleEn) } : {}),
        url: o.source.url ?? '',
        ...(o.source.table ? { table: o.source.table } : {}),
        retrieved: o.source.retrieved ?? '',
        quality: o.quality === 'secondary' ? 'secondary' : 'primary',
        newest: o.periodStart,
      });
      continue;
    }
    if ((o.source.retrieved ?? '') > known.retrieved) known.retrieved = o.source.retrieved;
    if (o.quality !== 'secondary') known.quality = 'primary';
    if (o.periodStart !== null && (known.newest === null || o.periodStart > known.newest)) {
      known.newest = o.periodStart;
    }
  }
  return [...byKey.values()].sort((a, b) => {
    if (a.quality !== b.quality) return a.quality === 'primary' ? -1 : 1;
    if (a.newest !== b.newest) {
      if (a.newest === null) return 1;
      if (b.newest === null) return -1;
      return a.newest > b.newest ? -1 : 1;
    }
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
}
