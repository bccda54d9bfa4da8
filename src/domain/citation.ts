/**
 * A sentence ready to paste into an article: the sentence, the sources its figures come from, and
 * a link back to the page. Plain text in one paragraph, so it survives any CMS or e-mail.
 */
import type { Observation, Series } from './series.ts';
import { formatDate, MISSING, type Lang } from './format.ts';
import { asLang, t } from '../text/t.ts';

/** More sources than this are cut to the first ones and "m.fl." / "et al.". */
const MAX_CITED_SOURCES = 3;

export interface CitedSource {
  title: string;
  url: string;
  table?: string;
  /** The latest retrieval of this source among the figures. */
  retrieved: string;
  quality: 'primary' | 'secondary';
  /** periodStart of the newest figure from this source; null when all are undated. */
  newest: string | null;
}

/** One line of text: newlines and runs of spaces become one space. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

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

function sourceText(source: CitedSource, lang: Lang): string {
  const w = t(lang).citation;
  const table = source.table ? `, ${w.table} ${oneLine(source.table)}` : '';
  const date = formatDate(source.retrieved, lang);
  const retrieved = date === MISSING ? '' : ` (${w.retrieved} ${date})`;
  return `${source.title}${table}${retrieved}`;
}

/** Adds a full stop unless the text already ends a sentence. */
function closed(text: string): string {
  return /[.!?…]["'»”)]*$/.test(text) ? text : `${text}.`;
}

/**
 * "<sentence> Kilde: <title>, tabel <table> (hentet 14. jan. 2025). Via Løftetjek: <url>".
 * Several sources are joined with semicolons; more than three end in "m.fl." / "et al.".
 */
export function citeSentence(args: {
  sentence: string;
  series: Series | null;
  pageUrl: string;
  lang: Lang;
}): string {
  const lang = asLang(args.lang);
  const w = t(lang).citation;
  const parts: string[] = [];
  const sentence = oneLine(args.sentence ?? '');
  if (sentence !== '') parts.push(closed(sentence));
  const sources = citedSources(args.series);
  if (sources.length > 0) {
    const shown = sources.slice(0, MAX_CITED_SOURCES).map((s) => sourceText(s, lang));
    const head = sources.length === 1 ? w.one : w.many;
    const more = sources.length > MAX_CITED_SOURCES ? ` ${w.more}` : '';
    parts.push(closed(`${head}: ${shown.join('; ')}${more}`));
  }
  const url = oneLine(args.pageUrl ?? '');
  // No full stop after the address: it would be taken as part of the link.
  parts.push(url === '' ? 'Via Løftetjek.' : `Via Løftetjek: ${url}`);
  return parts.join(' ');
}
