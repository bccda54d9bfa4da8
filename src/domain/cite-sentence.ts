/**
 * A sentence ready to paste into an article: the sentence, the sources its figures come from, and
 * a link back to the page. Plain text in one paragraph, so it survives any CMS or e-mail. Its own
 * module because only the councillor tools, which load on demand, use it.
 */
import type { Series } from './series.ts';
import { citedSources, oneLine, type CitedSource } from './citation.ts';
import { formatDate, MISSING, type Lang } from './format.ts';
import { asLang, t } from '../text/t.ts';

/** More sources than this are cut to the first ones and "m.fl." / "et al.". */
const MAX_CITED_SOURCES = 3;

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
