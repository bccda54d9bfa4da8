/**
 * A sentence ready to paste into an article, naming its source in the sentence itself ("…,
 * ifølge Danmarks Statistik"), then the sources with table and retrieval date, and a link back to
 * the page. A pledge without figures is quoted from its document ("»…«, står der i …"), so the
 * sentence always has a source. Given as parts, then as plain text (one paragraph, survives any
 * CMS or e-mail) and as HTML with links, every value escaped. Its own module because only the
 * councillor tools and the chart downloads, which load on demand, use it.
 */
import type { Metric, Series } from './series.ts';
import type { Pledge, SourceDocument } from './pledge.ts';
import { citedSources, oneLine, sourceTitle, type CitedSource } from './citation.ts';
import { formatDate, formatDateWithPrecision, MISSING, type Lang } from './format.ts';
import { webUrlOrNull } from './safe-url.ts';
import { asLang, t } from '../text/t.ts';
import { exportWords } from '../text/exports.ts';

/** More sources than this are cut to the first ones and "m.fl." / "et al.". */
export const MAX_CITED_SOURCES = 3;

/** "Danmarks Statistik, tabel HJEM1 (hentet 14. jan. 2025)". */
export function citedSourceText(source: CitedSource, lang: Lang): string {
  const w = t(lang).citation;
  const table = source.table ? `, ${w.table} ${oneLine(source.table)}` : '';
  const date = formatDate(source.retrieved, lang);
  const retrieved = date === MISSING ? '' : ` (${w.retrieved} ${date})`;
  return `${sourceTitle(source, lang)}${table}${retrieved}`;
}

/**
 * Who publishes a series, from the metric's source text: "Danmarks Statistik, StatBank AUH01" →
 * "Danmarks Statistik", "VIVE/SFI – Hjemløshed i Danmark …" → "VIVE/SFI". Null when it names none.
 */
export function publisherOf(metric: Pick<Metric, 'source'> | null | undefined): string | null {
  const head =
    oneLine(metric?.source ?? '')
      .split(/\s[–—-]\s|,\s|:\s/)[0]
      ?.trim() ?? '';
  return head === '' ? null : head;
}

const endsSentence = (text: string): boolean => /[.!?…]["'»”)]*$/.test(text);

/** Adds a full stop unless the text already ends a sentence. */
function closed(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

/**
 * Where the first sentence ends: the first full stop followed by a space and a capital letter.
 * Abbreviations in the figures' wording ("4. kvt. 2025", "ca. 5", "mio. kr.") are followed by a
 * digit or a small letter, so they are passed over.
 */
function firstSentenceEnd(text: string): number {
  const match = /[.!?](?=\s+[\p{Lu}»“"])/u.exec(text);
  if (match) return match.index;
  return /[.!?]$/.test(text) ? text.length - 1 : text.length;
}

/**
 * The sentence with the series' publisher named in its first sentence, where the figure is:
 * "…, ifølge Danmarks Statistik." A figure that "ifølge en sekundær kilde" comes from says whom
 * that source cites, so the figure is not credited to the publisher directly.
 */
export function withPublisher(sentence: string, publisher: string, lang: Lang): string {
  const w = t(lang);
  const end = firstSentenceEnd(sentence);
  const first = sentence.slice(0, end);
  const rest = sentence.slice(end);
  const secondary = w.sentence.secondary.trim();
  const at = first.indexOf(secondary);
  if (at >= 0) {
    const after = at + secondary.length;
    return `${first.slice(0, after)}${exportWords(lang).citing(publisher)}${first.slice(after)}${rest}`;
  }
  return `${first}, ${exportWords(lang).according(publisher)}${rest === '' ? '.' : rest}`;
}

/** A piece of the pasted sentence; with an address it is a link in the HTML. */
export interface CitePart {
  text: string;
  href?: string;
  /** How it reads in the plain text, when not as `text`. */
  plain?: string;
}

export interface CitedSentence {
  parts: CitePart[];
  text: string;
  html: string;
}

export interface CiteArgs {
  sentence: string;
  series: Series | null;
  pageUrl: string;
  lang: Lang;
  /** The pledge and its document: the source of a sentence without figures. */
  pledge?: Pick<Pledge, 'quote' | 'date' | 'documentId'>;
  document?: Pick<SourceDocument, 'title' | 'publisher' | 'datePrecision' | 'url'>;
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The parts as one paragraph of HTML: text escaped, links only to web addresses. */
export function partsToHtml(parts: readonly CitePart[]): string {
  const body = parts
    .map((p) => {
      const href = webUrlOrNull(p.href);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(p.text)}</a>` : escapeHtml(p.text);
    })
    .join('');
  return `<p>${body}</p>`;
}

/** "»…«, står der i <dokument> (<udgiver>, <dato>)." for a sentence with no figures behind it. */
function documentParts(args: CiteArgs, lang: Lang): CitePart[] {
  const { pledge, document } = args;
  const quote = oneLine(pledge?.quote ?? '');
  if (!pledge || quote === '') return [];
  const title = oneLine(document?.title ?? pledge.documentId);
  const publisher = oneLine(document?.publisher ?? '');
  const date = formatDateWithPrecision(pledge.date, document?.datePrecision ?? 'day', lang);
  // The data writes 'unknown' when a document names no publisher.
  const by = [publisher === '' || publisher === 'unknown' ? '' : publisher, date]
    .filter((s) => s !== '' && s !== MISSING)
    .join(', ');
  const marker = '\u0000';
  const [before = '', after = ''] = exportWords(lang).inDocument(quote, marker, by).split(marker);
  const url = document?.url;
  return [{ text: before }, { text: title, ...(url ? { href: url } : {}) }, { text: `${after} ` }];
}

/**
 * "<sentence with ', ifølge <publisher>'> Kilde: <title>, tabel <table> (hentet 14. jan. 2025).
 * Via Løftetjek: <url>", and without figures "»<quote>«, står der i <document> (<publisher>,
 * <date>). <sentence> Via Løftetjek: <url>". Several sources are joined with semicolons; more than
 * three end in "m.fl." / "et al.".
 */
export function citeSentence(args: CiteArgs): CitedSentence {
  const lang = asLang(args.lang);
  const w = t(lang).citation;
  const parts: CitePart[] = [];
  const sources = citedSources(args.series);
  const publisher = publisherOf(args.series?.metric);
  let sentence = oneLine(args.sentence ?? '');
  if (sources.length === 0) parts.push(...documentParts(args, lang));
  else if (publisher && sentence !== '') sentence = withPublisher(sentence, publisher, lang);
  if (sentence !== '') parts.push({ text: `${closed(sentence)} ` });
  if (sources.length > 0) {
    parts.push({ text: `${sources.length === 1 ? w.one : w.many}: ` });
    let last = '';
    sources.slice(0, MAX_CITED_SOURCES).forEach((s, i) => {
      if (i > 0) parts.push({ text: '; ' });
      const full = citedSourceText(s, lang);
      // The title is the link; table and retrieval date follow it as text.
      const title = sourceTitle(s, lang);
      parts.push({ text: title, ...(s.url ? { href: s.url } : {}) });
      parts.push({ text: full.slice(title.length) });
      last = full;
    });
    const more = sources.length > MAX_CITED_SOURCES ? ` ${w.more}` : '';
    parts.push({ text: `${more}${endsSentence(last + more) ? '' : '.'} ` });
  }
  const url = oneLine(args.pageUrl ?? '');
  // No full stop after the address in the text: it would be taken as part of the link.
  if (url === '') parts.push({ text: 'Via Løftetjek.' });
  else {
    parts.push(
      { text: 'Via ' },
      { text: 'Løftetjek', href: url, plain: `Løftetjek: ${url}` },
      { text: '.', plain: '' },
    );
  }
  const text = parts
    .map((p) => p.plain ?? p.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return { parts, text, html: partsToHtml(parts) };
}
