/**
 * The one /data request of a live check and how to read its answer, built the way the importer
 * reads a StatBank export (scripts/import/read-export-rows.ts): a description of the columns in
 * the shape of a /tableinfo, from tables.yaml's codes, the kommune names the importer knows and
 * the export spellings, then the importer's own validateTableRequest, readStatbankRows and
 * mapObservations. No /tableinfo is asked for: one request, and nothing the check cannot read.
 */
import { areaVariable } from '../statbank/area-names.ts';
import { mapObservations, type StatbankObservation } from '../statbank/map-observations.ts';
import { readStatbankRows } from '../statbank/read-statbank-rows.ts';
import { statbankDataUrl } from '../statbank/statbank-data-url.ts';
import type { TableInfo, TableInfoVariable } from '../statbank/table-info.ts';
import type { TableConfig } from '../statbank/tables-config.ts';
import { validateTableRequest, type ValidatedRequest } from '../statbank/validate-table-request.ts';
import type { LiveMetricSpec } from './live-spec.ts';

/** Every real tableinfo says so: DST writes a suppressed or absent cell as "0". */
const DST_SUPPRESSED = '0';

export interface LiveRequest {
  url: string;
  request: ValidatedRequest;
  info: TableInfo;
  kodes: string[];
}

export function liveRequest(spec: LiveMetricSpec, kodes: string[], apiBase: string): LiveRequest {
  const { table: base, spellings } = spec;
  const table: TableConfig =
    base.geography === null
      ? base
      : { ...base, variables: { ...base.variables, [base.geography]: kodes } };
  const variables: TableInfoVariable[] = Object.entries(table.variables).map(([id, codes]) => {
    if (id === table.geography) return areaVariable(id);
    if (id === table.time) return { id, text: 'tid', elimination: false, time: true, values: [] };
    const texts = spellings[id] ?? {};
    const values = codes.flatMap((code) => [
      { id: code, text: code },
      ...(texts[code] ?? []).map((text) => ({ id: code, text })),
    ]);
    return { id, text: id.toLowerCase(), elimination: true, time: false, values };
  });
  const info: TableInfo = {
    id: table.id,
    text: table.title,
    suppressedDataValue: DST_SUPPRESSED,
    footnote: null,
    variables,
  };
  const request = validateTableRequest(table, info);
  return { url: statbankDataUrl(apiBase, table.id, request.selections), request, info, kodes };
}

/** Reads DST's CSV answer into the metric's figures for the asked kommuner; throws on bad input. */
export function readLiveAnswer(text: string, live: LiveRequest): StatbankObservation[] {
  const { rows } = readStatbankRows(text, live.request);
  // An export-shaped answer may hold every kommune; keep the ones asked for.
  const asked = new Set(live.kodes);
  const kept = rows.filter((r) => asked.has(r.kode));
  if (kept.length === 0) return [];
  return mapObservations(live.request.table, live.info, kept);
}
