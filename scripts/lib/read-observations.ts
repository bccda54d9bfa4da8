/**
 * Observations from the checked-in sources: the curated transcriptions (each with its source
 * title, URL and quote) and the CSV files the StatBank importer writes. Every figure keeps the
 * text it was read from; nothing is derived or filled in.
 */
import { z } from 'zod';
import { QUALITY_FLAGS } from '../../src/domain/series.ts';
import { parseCsv } from './csv.ts';
import { implausibleValue } from './plausible-value.ts';
import { parsePeriod } from './parse-period.ts';
import { boundedText, MAX_LENGTH, tooLong } from './source-text.ts';
import { unsafeUrlReason } from '../../src/domain/safe-url.ts';
import { readYamlSource } from './yaml-source.ts';
import { SourceError, SourceErrors } from './source-error.ts';

export interface ObservationRow {
  metric_id: string;
  kode: string | null;
  area_label: string;
  period_start: string | null;
  period_label: string;
  value: number | null;
  value_text: string;
  unit_text: string;
  quality: 'primary' | 'secondary';
  flags: string[];
  note: string | null;
  source_title: string;
  source_url: string;
  source_table: string | null;
  quote: string | null;
  /** When the figure entered our sources (for StatBank: when it was downloaded). */
  retrieved: string;
}

export interface Lookups {
  metricIds: Set<string>;
  kommuneNames: Map<string, string>;
  /** Each metric's unit, for plausibility checks. */
  metricUnits?: Map<string, string>;
}

const sourceQualitySchema = z.array(
  z.strictObject({
    title: boundedText(MAX_LENGTH.title),
    quality: z.enum(['primary', 'secondary']),
    publisher: boundedText(MAX_LENGTH.name),
    reason: boundedText(MAX_LENGTH.note),
  }),
);

export function readSourceQuality(
  text: string,
  file: string,
): Map<string, 'primary' | 'secondary'> {
  const source = readYamlSource(text, file, sourceQualitySchema);
  return new Map(source.value.map((s) => [s.title, s.quality]));
}

const CURATED_TEXT_LIMITS: [string, number][] = [
  ['quote', MAX_LENGTH.quote],
  ['kommune', MAX_LENGTH.name],
  ['unit', MAX_LENGTH.name],
  ['period', MAX_LENGTH.name],
  // A number and a remark in brackets: '400 (approx.)'.
  ['value', MAX_LENGTH.name],
];

/** Every observation names its source; the address becomes a link, so only http(s) passes. */
function checkSourceCells(v: Record<string, string>, fail: (reason: string) => void): void {
  const url = v.source_url ?? '';
  const unsafe = unsafeUrlReason(url);
  if (unsafe) fail(`source_url "${url.slice(0, 100)}" ${unsafe}`);
  const title = v.source_title ?? '';
  if (title === '') fail('source_title is empty');
  const long = tooLong(title, MAX_LENGTH.title);
  if (long) fail(`source_title ${long}`);
}

// A number, then nothing or a remark in brackets: '400 (approx.)'. '1e308' or '12abc' is refused.
const NUMBER_AT_START = /^(-?\d+(?:\.\d+)?)(?:\s*(\(.*\)))?$/s;

/** Reads curated-observations.csv; `received` is the date the transcriptions were handed to us. */
export function readCuratedObservations(
  text: string,
  file: string,
  quality: Map<string, 'primary' | 'secondary'>,
  lookups: Lookups,
  received: string,
): ObservationRow[] {
  const errors: SourceError[] = [];
  const rows: ObservationRow[] = [];
  const metricUnits = lookups.metricUnits ?? new Map<string, string>();
  for (const { line, values: v } of parseCsv(text, file)) {
    const fail = (reason: string) => errors.push(new SourceError(file, line, reason));
    const metric = v.metric ?? '';
    const kode = v.kommunekode ?? '';
    const sourceTitle = v.source_title ?? '';
    if (!lookups.metricIds.has(metric)) fail(`metric "${metric}" is not defined in data/metrics`);
    if (kode !== '' && !lookups.kommuneNames.has(kode))
      fail(`kommunekode "${kode}" is not a known kommune`);
    const sourceQuality = quality.get(sourceTitle);
    if (!sourceQuality)
      fail(`source "${sourceTitle}" has no quality entry in curated-sources.yaml`);
    checkSourceCells(v, fail);
    for (const [column, max] of CURATED_TEXT_LIMITS) {
      const long = tooLong(v[column] ?? '', max);
      if (long) fail(`${column} ${long}`);
    }
    const parsed = (v.value ?? '').trim().match(NUMBER_AT_START);
    if (!parsed) {
      fail(`value "${v.value}" does not start with a number`);
      continue;
    }
    const value = Number(parsed[1]);
    const implausible = implausibleValue(value, metricUnits.get(metric) ?? v.unit ?? '');
    if (implausible) fail(`value "${v.value}" ${implausible}`);
    const remark = (parsed[2] ?? '').replace(/^\((.*)\)$/s, '$1').trim();
    const unit = v.unit ?? '';
    const period = parsePeriod(v.period ?? '');
    const area = (v.kommune ?? '').trim();
    const flags = new Set<string>();
    if (/approx|ca\.|≈|næsten|knap/i.test(`${remark} ${unit}`)) flags.add('approx');
    if (/lower bound|mere end|over /i.test(`${remark} ${unit}`)) flags.add('lower_bound');
    if (period.start === null) flags.add('undated');
    // A figure for part of a kommune (a housing area) must never be read as the kommune's own.
    if (kode !== '' && kode !== '000' && /[(–]/.test(area)) flags.add('sub_area');
    rows.push({
      metric_id: metric,
      kode: kode === '' ? null : kode,
      area_label: area,
      period_start: period.start,
      period_label: period.label,
      value,
      value_text: v.value ?? '',
      unit_text: unit,
      quality: sourceQuality ?? 'secondary',
      flags: [...flags].sort(),
      note: remark === '' ? null : remark,
      source_title: sourceTitle,
      source_url: v.source_url ?? '',
      source_table: null,
      quote: v.quote === '' ? null : (v.quote ?? null),
      retrieved: received,
    });
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  return rows;
}

const STATBANK_FLAGS: ReadonlySet<string> = new Set(QUALITY_FLAGS);

/**
 * Reads one data/sources/statbank/*.csv as written by scripts/fetch-statbank.ts or
 * scripts/import-exports.ts. The research import adds two columns, quality and quote; without
 * them a row is primary (the producer's own table) and has no quote.
 */
export function readStatbankObservations(
  text: string,
  file: string,
  lookups: Lookups,
): ObservationRow[] {
  const errors: SourceError[] = [];
  const rows: ObservationRow[] = [];
  for (const { line, values: v } of parseCsv(text, file)) {
    const fail = (reason: string) => errors.push(new SourceError(file, line, reason));
    const metric = v.metric_id ?? '';
    const kode = v.kode ?? '';
    if (!lookups.metricIds.has(metric)) fail(`metric "${metric}" is not defined in data/metrics`);
    if (!lookups.kommuneNames.has(kode)) fail(`kode "${kode}" is not a known kommune`);
    checkSourceCells(v, fail);
    const longNote = tooLong(v.note ?? '', MAX_LENGTH.note);
    if (longNote) fail(`note ${longNote}`);
    const text = (v.value ?? '').trim();
    const value = text === '' ? null : Number(text);
    if (value !== null && Number.isNaN(value)) fail(`value "${text}" is not a number`);
    const implausible =
      value === null ? null : implausibleValue(value, lookups.metricUnits?.get(metric) ?? '');
    if (implausible) fail(`value "${text}" ${implausible}`);
    const period = parsePeriod(v.period ?? '');
    if (period.start === null) fail(`period "${v.period}" is not a StatBank period code`);
    const flags = (v.flags ?? '').split('|').filter((f) => f !== '');
    const unknown = flags.find((f) => !STATBANK_FLAGS.has(f));
    if (unknown) fail(`flag "${unknown}" is not one of ${[...STATBANK_FLAGS].join(', ')}`);
    // Optional columns the research import writes: a row's own quality and verbatim quote.
    const quality = v.quality === undefined || v.quality === '' ? 'primary' : v.quality;
    if (quality !== 'primary' && quality !== 'secondary')
      fail(`quality "${v.quality}" is not primary or secondary`);
    const longQuote = tooLong(v.quote ?? '', MAX_LENGTH.quote);
    if (longQuote) fail(`quote ${longQuote}`);
    const retrieved = (v.retrieved_at ?? '').slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved))
      fail(`retrieved_at "${v.retrieved_at}" is not a timestamp`);
    rows.push({
      metric_id: metric,
      kode,
      area_label: lookups.kommuneNames.get(kode) ?? kode,
      period_start: period.start,
      period_label: period.label,
      value,
      value_text: text === '' ? '..' : text,
      unit_text: '',
      quality: quality === 'secondary' ? 'secondary' : 'primary',
      flags: [...new Set(flags)].sort(),
      note: v.note === '' ? null : (v.note ?? null),
      source_title: v.source_title ?? '',
      source_url: v.source_url ?? '',
      source_table: v.table_id === '' ? null : (v.table_id ?? null),
      quote: v.quote === '' ? null : (v.quote ?? null),
      retrieved,
    });
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  return rows;
}
