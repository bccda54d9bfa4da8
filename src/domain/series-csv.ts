/**
 * A series as a CSV file a journalist can open in a spreadsheet or load in R or pandas: a block of
 * '# ' comment lines saying what the figures are and where they come from, then one row per
 * observation. RFC 4180 (comma, double quotes, CRLF), with cells that a spreadsheet would run as a
 * formula defused (OWASP "CSV injection"). Column names are the same in both languages so
 * scripts keep working. Every figure is listed; the `counts` column marks the one per period that
 * the verdict and the chart use (figureForPeriod), so a reader can see which one that is.
 */
import { figuresThatCount, periodStartOf } from './figure-for-period.ts';
import type { Series } from './series.ts';
import { sourceTitle } from './citation.ts';
import { csvText } from '../text/csv.ts';
import { asLang, pick } from '../text/t.ts';
import { formatDate, MISSING, type Lang } from './format.ts';

export type CsvCell = string | number | null | undefined;

/** Prepend to the file when it is downloaded, so Excel reads æ, ø and å as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export const SERIES_CSV_COLUMNS = [
  'period',
  'period_start',
  'value',
  'unit',
  'quality',
  'flags',
  'source_title',
  'source_url',
  'source_table',
  'retrieved',
  'counts',
] as const;

const CRLF = '\r\n';
/** A text cell starting with one of these is run as a formula by Excel, Sheets or LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number in machine format: '.' as decimal point, no grouping, no exponent. Non-finite → ''.
 * String(n) is the shortest form that reads back as the same double, but uses an exponent below
 * 1e-6 and from 1e21, which some tools read as text.
 */
export function machineNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = match;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** One cell: numbers as they are, text defused against formulas, then quoted if it must be. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return machineNumber(cell);
  let text = String(cell);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as RFC 4180 CSV with CRLF line endings, ending in CRLF. */
export function rowsToCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + CRLF).join('');
}

/**
 * A comment line. Its text is not quoted, so readers that skip '#' lines (pandas, R) see it
 * whole, but a spreadsheet splits it at commas: a piece that would then start a formula gets an
 * apostrophe, and a straight double quote, which could open a quoted field running over the
 * following lines, becomes ”.
 */
function commentLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/"/g, '”');
  return `# ${flat.replace(/,(\s*)([=+\-@])/g, ",$1'$2")}${CRLF}`;
}

function headerBlock(args: {
  series: Series;
  kommuneName: string;
  pageUrl: string;
  lang: Lang;
  retrievedNote?: string;
}): string[] {
  const { series, lang } = args;
  const w = csvText[lang];
  const metric = series.metric;
  const title = pick(lang, metric?.titleDa, metric?.titleEn) || metric?.id || '';
  const unit = pick(lang, metric?.unitDa, metric?.unitEn) || metric?.unit || '';
  const lines = [title, `${w.kommune}: ${args.kommuneName} (${series.kode})`, `${w.unit}: ${unit}`];

  // Distinct sources in order of first appearance; the latest retrieval of each.
  const sources = new Map<string, { text: string[]; retrieved: string }>();
  for (const o of series.observations ?? []) {
    const s = o.source;
    if (!s) continue;
    const key = JSON.stringify([s.title, s.url, s.table ?? '']);
    const known = sources.get(key);
    if (known) {
      if ((s.retrieved ?? '') > known.retrieved) known.retrieved = s.retrieved;
      continue;
    }
    const text = [
      sourceTitle(s, lang),
      s.url,
      ...(s.table ? [`${w.table} ${s.table}`] : []),
    ].filter((t) => (t ?? '') !== '');
    sources.set(key, { text, retrieved: s.retrieved ?? '' });
  }
  for (const { text, retrieved } of sources.values()) {
    const date = formatDate(retrieved, lang);
    const when = date === MISSING ? [] : [`${w.retrieved} ${date}`];
    lines.push(`${w.source}: ${[...text, ...when].join(', ')}`);
  }
  if ((metric?.licence ?? '').trim() !== '') lines.push(`${w.licence}: ${metric.licence}`);
  if ((args.retrievedNote ?? '').trim() !== '') lines.push(args.retrievedNote ?? '');
  lines.push(`${w.via} ${args.pageUrl}`.trim(), w.missing, w.columns);
  return lines;
}

/** The series as a CSV file with a commented header block; the input is not changed. */
export function seriesToCsv(args: {
  series: Series;
  kommuneName: string;
  pageUrl: string;
  lang: Lang;
  retrievedNote?: string;
}): string {
  const lang: Lang = asLang(args.lang);
  const { series } = args;
  const observations = series.observations ?? [];
  const counting = new Set(figuresThatCount(observations, periodStartOf).values());
  const rows: CsvCell[][] = observations.map((o) => [
    o.periodLabel,
    o.periodStart,
    typeof o.value === 'number' ? o.value : null,
    series.metric?.unit ?? '',
    o.quality,
    (o.flags ?? []).join(';'),
    o.source ? sourceTitle(o.source, lang) : undefined,
    o.source?.url,
    o.source?.table,
    o.source?.retrieved,
    counting.has(o) ? 'true' : 'false',
  ]);
  const comments = headerBlock({ ...args, lang })
    .map(commentLine)
    .join('');
  return comments + rowsToCsv(SERIES_CSV_COLUMNS, rows);
}
