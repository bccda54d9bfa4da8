/**
 * Maps typed StatBank rows to our metrics, one observation per metric, kommune and period, as
 * tables.yaml says: a plain selection (where), a sum over one variable (sum_over, e.g. the age
 * groups 16-24 and 25-29), or a ratio of two of its values (ratio, e.g. NEET / all 16-24-årige).
 * A figure is never filled in: a missing part makes the result missing, with a note saying which.
 * Two rows landing on the same observation is an error, not a choice, because picking one would
 * hide that a variable was left open in tables.yaml.
 */
import type { TableInfo } from './table-info.ts';
import { QUALITY_FLAGS } from '../domain/series.ts';
import type { MetricMapping, TableConfig } from './tables-config.ts';
import { applyQualityRules } from './apply-quality-rules.ts';
import type { StatbankRow } from './read-statbank-rows.ts';
import { StatbankFormatError } from './statbank-error.ts';

/** The order flags are written in, so files diff cleanly. */
const FLAG_ORDER = QUALITY_FLAGS;

export interface StatbankObservation {
  metricId: string;
  kode: string;
  /** DST's period code, e.g. '2024' or '2024K1'. */
  period: string;
  periodStart: string;
  value: number | null;
  flags: string[];
  note: string;
}

interface Computed {
  value: number | null;
  missing: string[];
}

export function mapObservations(
  table: TableConfig,
  info: TableInfo,
  rows: StatbankRow[],
): StatbankObservation[] {
  const footnotes = footnoteParts(info.footnote?.text ?? '');
  const out: StatbankObservation[] = [];
  for (const metric of table.metrics) {
    const groups = new Map<string, StatbankRow[]>();
    for (const row of rows) {
      if (!Object.entries(metric.where).every(([k, v]) => row.cells[k] === v)) continue;
      const key = `${row.kode}\u0000${row.period.code}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    if (groups.size === 0) {
      throw new StatbankFormatError(
        `${table.id}: metrikken ${metric.id} fik ingen rækker fra DST; tjek where i tables.yaml`,
      );
    }
    const expectedParts =
      metric.sum_over === undefined ? [] : partsOf(table, metric.sum_over, rows, metric);
    for (const group of groups.values()) {
      const first = group[0] as StatbankRow;
      const computed = metric.ratio
        ? ratio(table, metric, group)
        : metric.sum_over !== undefined
          ? sum(table, metric.sum_over, expectedParts, group)
          : single(table, metric, group);
      const quality = applyQualityRules(table.quality, metric.id, first.kode, first.period);
      const flags = new Set(quality.flags);
      const notes = [...quality.notes];
      if (metric.note) notes.unshift(metric.note);
      const year = first.period.start.slice(0, 4);
      const concerning = footnotes.filter((f) => f.years === null || f.years.has(year));
      if (concerning.length > 0) {
        flags.add('footnote');
        notes.push(`DST-fodnote: ${concerning.map((f) => f.text).join(' ')}`);
      }
      if (computed.value === null) {
        flags.add('missing');
        notes.push(`Ingen værdi: ${computed.missing.join(', ')}`);
      }
      out.push({
        metricId: metric.id,
        kode: first.kode,
        period: first.period.code,
        periodStart: first.period.start,
        value: computed.value,
        flags: FLAG_ORDER.filter((f) => flags.has(f)),
        note: [...new Set(notes)].join('; '),
      });
    }
  }
  const metricOrder = new Map(table.metrics.map((m, i) => [m.id, i]));
  return out.sort(
    (a, b) =>
      (metricOrder.get(a.metricId) ?? 0) - (metricOrder.get(b.metricId) ?? 0) ||
      a.kode.localeCompare(b.kode) ||
      a.periodStart.localeCompare(b.periodStart) ||
      a.period.localeCompare(b.period),
  );
}

interface FootnotePart {
  text: string;
  /** The years a paragraph is about ("… for lavt i 2023"), or null when it concerns the table. */
  years: Set<string> | null;
}

/**
 * DST's footnotes are paragraphs, and a paragraph often concerns one year only (STRAF42: "Antal
 * domme … er for lavt i 2023"). Such a paragraph flags that year; one naming no year "i YYYY"
 * ("in YYYY" in English) flags every figure.
 */
function footnoteParts(text: string): FootnotePart[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => {
      // "i 2023" (lang=da) / "in 2023" (lang=en); "fra 1. juli 2013" concerns every later year.
      const years = [...p.matchAll(/\b(?:i|in) (\d{4})\b/g)].map((m) => m[1] as string);
      return { text: p, years: years.length === 0 ? null : new Set(years) };
    });
}

function describe(row: StatbankRow): string {
  return `${row.kode} ${row.period.code}`;
}

function symbolOf(row: StatbankRow): string {
  if (row.suppressed) {
    return `DST skriver "${row.symbol ?? ''}", som i denne tabel også står for en udeladt celle`;
  }
  return `DST skriver "${row.symbol ?? ''}"`;
}

function single(table: TableConfig, metric: MetricMapping, group: StatbankRow[]): Computed {
  const [row, other] = group as [StatbankRow, StatbankRow | undefined];
  if (other) {
    const open = Object.keys(row.cells).find((k) => row.cells[k] !== other.cells[k]) ?? '?';
    throw new StatbankFormatError(
      `${table.id}: linje ${row.line} og ${other.line} giver begge ${metric.id} for ${describe(row)}; ` +
        `lås variablen ${open} med where i tables.yaml`,
    );
  }
  return { value: row.value, missing: row.value === null ? [symbolOf(row)] : [] };
}

/** The values a sum must have: the requested list, or (for '*' or a pattern) every value seen. */
function partsOf(
  table: TableConfig,
  variable: string,
  rows: StatbankRow[],
  metric: MetricMapping,
): string[] {
  const requested = table.variables[variable] ?? [];
  if (requested.every((v) => !v.includes('*'))) return requested;
  const seen = new Set<string>();
  for (const row of rows) {
    if (Object.entries(metric.where).every(([k, v]) => row.cells[k] === v))
      seen.add(row.cells[variable] ?? '');
  }
  return [...seen].sort();
}

function sum(
  table: TableConfig,
  variable: string,
  parts: string[],
  group: StatbankRow[],
): Computed {
  const byPart = new Map<string, StatbankRow>();
  for (const row of group) {
    const part = row.cells[variable] ?? '';
    const earlier = byPart.get(part);
    if (earlier) {
      throw new StatbankFormatError(
        `${table.id}: linje ${earlier.line} og ${row.line} er begge ${variable}=${part} for ${describe(row)}; ` +
          `lås de øvrige variabler med where i tables.yaml`,
      );
    }
    byPart.set(part, row);
  }
  const missing: string[] = [];
  let total = 0;
  for (const part of parts) {
    const row = byPart.get(part);
    if (!row) missing.push(`${variable}=${part} mangler i svaret`);
    else if (row.value === null) missing.push(`${variable}=${part}: ${symbolOf(row)}`);
    else total += row.value;
  }
  return missing.length > 0 ? { value: null, missing } : { value: round(total, 10), missing };
}

function ratio(table: TableConfig, metric: MetricMapping, group: StatbankRow[]): Computed {
  const spec = metric.ratio as NonNullable<MetricMapping['ratio']>;
  const pick = (code: string): StatbankRow | undefined => {
    const matches = group.filter((r) => r.cells[spec.variable] === code);
    if (matches.length > 1) {
      throw new StatbankFormatError(
        `${table.id}: linje ${matches[0]?.line} og ${matches[1]?.line} er begge ${spec.variable}=${code} ` +
          `for ${describe(matches[0] as StatbankRow)}; lås de øvrige variabler med where i tables.yaml`,
      );
    }
    return matches[0];
  };
  const num = pick(spec.numerator);
  const den = pick(spec.denominator);
  const missing: string[] = [];
  for (const [code, row] of [
    [spec.numerator, num],
    [spec.denominator, den],
  ] as const) {
    if (!row) missing.push(`${spec.variable}=${code} mangler i svaret`);
    else if (row.value === null) missing.push(`${spec.variable}=${code}: ${symbolOf(row)}`);
  }
  if (missing.length > 0 || !num || !den || num.value === null || den.value === null) {
    return { value: null, missing };
  }
  if (den.value === 0)
    return { value: null, missing: [`${spec.variable}=${spec.denominator} er 0`] };
  return { value: round((num.value / den.value) * spec.scale, spec.decimals), missing };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
