/**
 * What the reader's live check needs to ask Danmarks Statistik for one metric, written by the data
 * build into data/statbank-live.json: the metric's entry in data/statbank/tables.yaml narrowed to
 * that one metric, the other spellings DST may write for its fixed codes (from the exports in
 * data/statbank/imports.yaml), and each kommune's name and region, so the check can ask for the
 * kommune and the kommuner it is compared with. A metric is left out when its request needs DST's
 * /tableinfo to be spelt out (a pattern such as "538*"): the check then offers no button rather
 * than ask for something it cannot read.
 */
import type { TableConfig } from '../statbank/tables-config.ts';

const LIVE_SPEC_VERSION = 1;

export interface LiveMetricSpec {
  /** tables.yaml's table, with only this metric and only the codes it needs. */
  table: TableConfig;
  /** Variable → code → the value texts DST writes for it when it ignores valuePresentation. */
  spellings: Record<string, Record<string, string[]>>;
}

export interface LiveSpec {
  version: number;
  kommuner: Record<string, { navn: string; region: string | null }>;
  metrics: Record<string, LiveMetricSpec>;
}

/** The fixed columns of one StatBank export (imports.yaml `fixed`): code first, then its texts. */
export interface ExportSpellings {
  table: string;
  fixed: Record<string, string[]>;
}

export function buildLiveSpec(
  tables: readonly TableConfig[],
  exports: readonly ExportSpellings[],
  kommuner: readonly { kode: string; navn: string; region: string | null }[],
  metricIds: readonly string[],
): LiveSpec {
  const metrics: Record<string, LiveMetricSpec> = {};
  for (const id of [...new Set(metricIds)].sort()) {
    const table = tables.find((t) => t.metrics.some((m) => m.id === id));
    const narrowed = table ? narrowTable(table, id) : null;
    if (!narrowed) continue;
    metrics[id] = { table: narrowed, spellings: spellingsFor(narrowed, exports) };
  }
  return {
    version: LIVE_SPEC_VERSION,
    kommuner: Object.fromEntries(kommuner.map((k) => [k.kode, { navn: k.navn, region: k.region }])),
    metrics,
  };
}

/** The table with one metric and, for each variable, only the codes that metric reads. */
export function narrowTable(table: TableConfig, metricId: string): TableConfig | null {
  const metric = table.metrics.find((m) => m.id === metricId);
  if (!metric) return null;
  const variables: Record<string, string[]> = {};
  for (const [variable, values] of Object.entries(table.variables)) {
    const picked = metric.where[variable];
    const kept = picked === undefined ? values : [picked];
    const open = variable === table.geography || variable === table.time;
    if (!open && kept.some((v) => v.includes('*'))) return null;
    variables[variable] = kept;
  }
  const quality = table.quality.filter((r) => !r.metrics || r.metrics.includes(metricId));
  return { ...table, variables, metrics: [metric], quality };
}

function spellingsFor(
  table: TableConfig,
  exports: readonly ExportSpellings[],
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const entry of exports) {
    if (entry.table !== table.id) continue;
    for (const [variable, [code, ...texts]] of Object.entries(entry.fixed)) {
      if (code === undefined || !(table.variables[variable] ?? []).includes(code)) continue;
      const known = (out[variable] ??= {});
      known[code] = [...new Set([...(known[code] ?? []), ...texts])];
    }
  }
  return out;
}

/** Checks fetched JSON is a spec this app reads; the build writes it, so the outline suffices. */
export function parseLiveSpec(json: unknown): LiveSpec {
  const spec = json as Partial<LiveSpec> | null;
  if (
    typeof spec !== 'object' ||
    spec === null ||
    spec.version !== LIVE_SPEC_VERSION ||
    typeof spec.metrics !== 'object' ||
    typeof spec.kommuner !== 'object'
  ) {
    throw new Error('statbank-live.json is not a live-check spec of this version');
  }
  return spec as LiveSpec;
}
