/**
 * The GET address of a /data request in CSV with value codes: the source_url the importer writes
 * for every figure, and the address the reader's live check asks. A GET without custom headers is
 * a simple request, so a browser sends it to DST without a CORS preflight.
 */
import type { VariableSelection } from './table-info.ts';

/** A GET address that reproduces a /data request, for source_url. */
export function statbankDataUrl(
  baseUrl: string,
  table: string,
  variables: VariableSelection[],
): string {
  const query = [
    'lang=da',
    'valuePresentation=Code',
    ...variables.map(
      (v) => `${encodeURIComponent(v.code)}=${v.values.map(encodeURIComponent).join(',')}`,
    ),
  ].join('&');
  return `${baseUrl.replace(/\/+$/, '')}/data/${encodeURIComponent(table)}/CSV?${query}`;
}
