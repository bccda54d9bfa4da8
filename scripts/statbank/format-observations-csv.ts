/**
 * Writes observations in the contract the data build reads (scripts/lib/read-observations.ts):
 * metric_id,kode,period,value,flags,note,source_title,source_url,table_id,retrieved_at — comma
 * separated with RFC 4180 quoting, a dot decimal, an empty value for a missing figure, and flags
 * joined by '|'. Keep this exact: the data build rejects anything else.
 */
import type { StatbankObservation } from '../../src/statbank/map-observations.ts';

export const OUTPUT_HEADER = [
  'metric_id',
  'kode',
  'period',
  'value',
  'flags',
  'note',
  'source_title',
  'source_url',
  'table_id',
  'retrieved_at',
] as const;

export interface OutputSource {
  tableId: string;
  sourceTitle: string;
  sourceUrl: string;
  retrievedAt: string;
}

/** `source` is one for the whole file, or per observation when exports are merged into one file. */
export function formatObservationsCsv<T extends StatbankObservation>(
  observations: T[],
  sourceOf: OutputSource | ((o: T) => OutputSource),
): string {
  const lines = [OUTPUT_HEADER.join(',')];
  for (const o of observations) {
    const source = typeof sourceOf === 'function' ? sourceOf(o) : sourceOf;
    const fields = [
      o.metricId,
      o.kode,
      o.period,
      o.value === null ? '' : formatNumber(o.value),
      o.flags.join('|'),
      o.note,
      source.sourceTitle,
      source.sourceUrl,
      source.tableId,
      source.retrievedAt,
    ];
    lines.push(fields.map(quote).join(','));
  }
  return lines.join('\n') + '\n';
}

export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Plain decimal notation with a dot; never an exponent, which not every CSV reader takes. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}
