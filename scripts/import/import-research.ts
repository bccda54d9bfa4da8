/**
 * Turns the shared research file (one row per figure: series, kode, kommune, period, value, unit,
 * source, publisher, primary/secondary, quote) into rows of data/sources/statbank/, keeping each
 * row's own source, quality and quote. Pure and deterministic: it reads text and writes text, so
 * the caller writes nothing unless every row has passed, and the same input gives the same bytes.
 *
 * One figure, one row: a figure curated-observations.csv already gives (same metric, kode,
 * period label and value) is left to that file; of rows in this file that give the same figure,
 * the primary one wins, then the one without approx/lower_bound, then the first in the file.
 * Where the curated file has only a secondary source for a figure this file has from a primary
 * one, the import stops and names the curated row to remove, so a primary source is never lost.
 */
import { parseCsv } from '../lib/csv.ts';
import { implausibleValue } from '../lib/plausible-value.ts';
import { SourceError } from '../lib/source-error.ts';
import { MAX_LENGTH } from '../lib/source-text.ts';
import { unsafeUrlReason } from '../../src/domain/safe-url.ts';
import { formatNumber, OUTPUT_HEADER, quote } from '../statbank/format-observations-csv.ts';
import type { ResearchConfig } from './load-research-config.ts';

/** The observations contract's columns, then each row's own quality and quote. */
export const RESEARCH_HEADER = [...OUTPUT_HEADER, 'quality', 'quote'] as const;

const COLUMNS = [
  'series',
  'kode',
  'kommune',
  'period',
  'value',
  'unit',
  'source_title',
  'source_url_or_repo_path',
  'publisher',
  'published',
  'primary_or_secondary',
  'quote',
];

export interface ResearchRow {
  line: number;
  metric: string;
  kode: string;
  period: string;
  value: number;
  flags: string[];
  note: string;
  sourceTitle: string;
  sourceUrl: string;
  quality: 'primary' | 'secondary';
  quote: string;
}

export interface ResearchSummary {
  metric: string;
  written: number;
  /** Figures curated-observations.csv already gives. */
  inCurated: number;
  /** Figures another row of the research file gives too (the winner is written). */
  repeated: number;
}

export interface LeftOut {
  line: number;
  series: string;
  reason: string;
}

export interface ResearchLookups {
  /** Every kode the data build knows (the 98 kommuner and 000). */
  kodes: ReadonlySet<string>;
  metricUnits: ReadonlyMap<string, string>;
}

const YEAR = /^\d{4}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const APPROX = /approx|'ca\.|\bca\.|næsten|≈|around/i;
const LOWER_BOUND = /mere end|\bover\b|at least/i;

export function importResearch(
  text: string,
  file: string,
  config: ResearchConfig,
  /** curated-observations.csv and the quality of each of its sources (curated-sources.yaml). */
  curated: { text: string; file: string; quality: ReadonlyMap<string, 'primary' | 'secondary'> },
  lookups: ResearchLookups,
): { name: string; csv: string; rows: number; summary: ResearchSummary[]; leftOut: LeftOut[] } {
  const records = parseCsv(text, file);
  const header = Object.keys(records[0]?.values ?? {});
  const absent = COLUMNS.find((c) => !header.includes(c));
  if (absent !== undefined || records.length === 0) {
    throw new SourceError(
      file,
      1,
      `kolonnen "${absent ?? COLUMNS[0]}" mangler, eller filen er tom`,
    );
  }
  const leftOutRows = new Map(config.left_out_rows.map((r) => [r.line, r.reason]));
  const rowFlags = new Map(config.row_flags.map((r) => [r.line, r]));
  const leftOut: LeftOut[] = [];
  const candidates: ResearchRow[] = [];
  for (const { line, values: v } of records) {
    const fail = (reason: string): never => {
      throw new SourceError(file, line, reason);
    };
    const cell = (name: string) => (v[name] ?? '').trim();
    const series = cell('series');
    const metric = config.series[series];
    const seriesReason = config.left_out_series[series];
    if (metric === undefined) {
      if (seriesReason === undefined) {
        fail(`serien "${series}" er hverken importeret eller udeladt i konfigurationen`);
      }
      leftOut.push({ line, series, reason: seriesReason as string });
      continue;
    }
    const rowReason = leftOutRows.get(line);
    if (rowReason !== undefined) {
      leftOut.push({ line, series, reason: rowReason });
      continue;
    }
    const unit = lookups.metricUnits.get(metric);
    if (unit === undefined) fail(`metrikken ${metric} (for ${series}) findes ikke i data/metrics`);

    const area = cell('kommune');
    const mapped = config.areas[area];
    let kode = cell('kode');
    const flags = new Set<string>(mapped?.flags ?? []);
    const notes: string[] = [];
    if (mapped) {
      kode = mapped.kode;
      if (mapped.note) notes.push(mapped.note);
    } else if (config.left_out_areas[area] !== undefined) {
      leftOut.push({ line, series, reason: config.left_out_areas[area] });
      continue;
    }
    if (!lookups.kodes.has(kode)) {
      fail(
        `"${area}" har ingen kendt kommunekode ("${kode}"); giv den en i areas eller udelad den med en grund`,
      );
    }

    const rawPeriod = cell('period');
    const period = YEAR.test(rawPeriod) ? rawPeriod : config.periods[rawPeriod];
    if (period === undefined) fail(`perioden "${rawPeriod}" er ikke et år; angiv den i periods`);

    const rawValue = cell('value');
    if (!NUMBER.test(rawValue)) fail(`værdien "${rawValue}" er ikke et tal`);
    const value = Number(rawValue);
    const implausible = implausibleValue(value, unit as string);
    if (implausible) fail(`værdien "${rawValue}" ${implausible}`);

    const quality = config.quality[cell('primary_or_secondary')];
    if (quality === undefined) {
      fail(`kildetypen "${cell('primary_or_secondary')}" står ikke i quality`);
    }
    const url = cell('source_url_or_repo_path');
    const unsafe = unsafeUrlReason(url);
    if (unsafe) fail(`adressen "${url.slice(0, 100)}" ${unsafe}`);
    const title = sourceTitle(cell('publisher'), cell('source_title'), cell('published'));
    if (cell('source_title') === '') fail('source_title er tom');
    if (title.length > MAX_LENGTH.title) fail(`kildens titel er over ${MAX_LENGTH.title} tegn`);
    const quoteText = cell('quote');
    if (quoteText.length > MAX_LENGTH.quote) fail(`citatet er over ${MAX_LENGTH.quote} tegn`);

    const unitText = cell('unit');
    if (APPROX.test(unitText) || APPROX.test(rawValue)) flags.add('approx');
    if (LOWER_BOUND.test(unitText)) flags.add('lower_bound');
    const extra = rowFlags.get(line);
    if (extra) {
      extra.flags.forEach((f) => flags.add(f));
      notes.push(extra.note);
    }
    // The source's own unit says what the figure counts ("persons (rounded)", "NB: other
    // sources say 1.014"); its remark is kept verbatim.
    if (unitText.includes('(')) notes.push(`Enhed i kilden: ${unitText}`);
    candidates.push({
      line,
      metric: metric as string,
      kode,
      period: period as string,
      value,
      flags: [...flags].sort(),
      note: notes.join(' '),
      sourceTitle: title,
      sourceUrl: url,
      quality: quality as 'primary' | 'secondary',
      quote: quoteText,
    });
  }
  for (const id of new Set(candidates.map((c) => c.metric))) {
    if (!lookups.metricUnits.has(id)) throw new SourceError(file, null, `ukendt metrik ${id}`);
  }
  return { ...dedupe(candidates, curatedFigures(curated), config, file), leftOut };
}

function dedupe(
  candidates: ResearchRow[],
  curated: ReadonlyMap<string, CuratedFigure[]>,
  config: ResearchConfig,
  file: string,
): { name: string; csv: string; rows: number; summary: ResearchSummary[] } {
  const order = [...new Set(Object.values(config.series))];
  const summary = new Map(
    order.map((m) => [m, { metric: m, written: 0, inCurated: 0, repeated: 0 }]),
  );
  const winners = new Map<string, ResearchRow>();
  for (const row of candidates) {
    const s = summary.get(row.metric) as ResearchSummary;
    const key = figureKey(row.metric, row.kode, row.period, row.value);
    const inCurated = curated.get(key);
    if (inCurated) {
      const first = inCurated[0] as CuratedFigure;
      if (row.quality === 'primary' && inCurated.every((c) => c.quality !== 'primary')) {
        throw new SourceError(
          first.file,
          first.line,
          `giver samme tal som ${file}:${row.line}, men kun fra en sekundær kilde; ` +
            'fjern rækken, så tallet står én gang, med den primære kilde',
        );
      }
      s.inCurated++;
      continue;
    }
    const earlier = winners.get(key);
    if (earlier) s.repeated++;
    if (!earlier || beats(row, earlier)) winners.set(key, row);
  }
  const rows = [...winners.values()].sort(
    (a, b) =>
      order.indexOf(a.metric) - order.indexOf(b.metric) ||
      a.kode.localeCompare(b.kode) ||
      a.period.localeCompare(b.period) ||
      a.line - b.line,
  );
  for (const r of rows) (summary.get(r.metric) as ResearchSummary).written++;
  const lines = [RESEARCH_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.metric,
        r.kode,
        r.period,
        formatNumber(r.value),
        r.flags.join('|'),
        r.note,
        r.sourceTitle,
        r.sourceUrl,
        '',
        config.received,
        r.quality,
        r.quote,
      ]
        .map(quote)
        .join(','),
    );
  }
  return {
    name: config.output,
    csv: lines.join('\n') + '\n',
    rows: rows.length,
    summary: [...summary.values()],
  };
}

/** True when `a` should be written instead of `b`, which gives the same figure earlier in the file. */
function beats(a: ResearchRow, b: ResearchRow): boolean {
  const blocked = (r: ResearchRow) => r.flags.some((f) => f === 'approx' || f === 'lower_bound');
  if (a.quality !== b.quality) return a.quality === 'primary';
  return blocked(b) && !blocked(a);
}

const figureKey = (metric: string, kode: string, period: string, value: number): string =>
  `${metric}\u0000${kode}\u0000${period}\u0000${value}`;

interface CuratedFigure {
  file: string;
  line: number;
  quality: 'primary' | 'secondary';
}

/** The figures curated-observations.csv gives, keyed as figureKey; its value may read '400 (approx.)'. */
function curatedFigures(curated: {
  text: string;
  file: string;
  quality: ReadonlyMap<string, 'primary' | 'secondary'>;
}): Map<string, CuratedFigure[]> {
  const figures = new Map<string, CuratedFigure[]>();
  for (const { line, values: v } of parseCsv(curated.text, curated.file)) {
    const value = /^-?\d+(\.\d+)?/.exec((v.value ?? '').trim());
    if (!value) continue;
    const key = figureKey(v.metric ?? '', v.kommunekode ?? '', v.period ?? '', Number(value[0]));
    const quality = curated.quality.get(v.source_title ?? '') ?? 'secondary';
    figures.set(key, [...(figures.get(key) ?? []), { file: curated.file, line, quality }]);
  }
  return figures;
}

/** "Publisher: title (published)", so the sources line names who published what, and when. */
function sourceTitle(publisher: string, title: string, published: string): string {
  const when = /^\d{4}(-\d{2}){0,2}$/.test(published)
    ? published
    : (/^n\/a \((\d{4})\)$/.exec(published)?.[1] ?? '');
  return `${publisher}: ${title}${when ? ` (${when})` : ''}`;
}
