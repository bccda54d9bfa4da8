/**
 * The shape of data/statbank/tables.yaml, the one file a journalist edits to import a StatBank
 * table (scripts/statbank/load-tables-config.ts reads the YAML). Beyond its shape, it checks what can be checked without asking DST: every variable named in a
 * mapping is requested, and every variable with several requested values is fixed by each metric,
 * because otherwise two DST rows would land on the same metric, kommune and period.
 */
import { z } from 'zod';
import { QUALITY_FLAGS } from '../domain/series.ts';
import { StatbankFormatError } from './statbank-error.ts';
import { parseStatbankPeriod } from './parse-statbank-period.ts';
import { globToRegExp } from './glob-to-regexp.ts';

export { globToRegExp };

/** Flags a quality rule may set; `missing` comes from the data itself, and the sub-area and
 * undated flags only from curated transcriptions. */
const ruleFlag = z.enum(QUALITY_FLAGS).exclude(['missing', 'sub_area', 'undated']);
export const RULE_FLAGS = ruleFlag.options;

// YAML reads 1 and 000 as numbers; DST codes are text, so say so rather than coerce ("000" → 0).
const code = z
  .string({ error: 'skriv koden som tekst i anførselstegn, fx "000" eller "1"' })
  .min(1);
const selection = z
  .union([code, z.array(code).min(1)], {
    error:
      'skriv "*", én kode eller en liste af koder, som tekst i anførselstegn, fx "1" eller ["16-24", "25-29"]',
  })
  .transform((v) => (Array.isArray(v) ? v : [v]));

const metricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'brug små bogstaver, tal og _'),
  unit: z.string().min(1).optional(),
  where: z.record(z.string(), code).default({}),
  sum_over: z.string().min(1).optional(),
  ratio: z
    .strictObject({
      variable: z.string().min(1),
      numerator: code,
      denominator: code,
      scale: z.number().positive().default(1),
      decimals: z.number().int().min(0).max(10).default(2),
    })
    .optional(),
  note: z.string().min(1).optional(),
});

const qualitySchema = z.strictObject({
  flag: ruleFlag,
  from: code.optional(),
  to: code.optional(),
  kommuner: z
    .array(code.regex(/^\d{3}$/, 'en kommunekode har tre cifre'))
    .min(1)
    .optional(),
  metrics: z.array(z.string().min(1)).min(1).optional(),
  note: z.string().min(1),
});

const tableSchema = z.strictObject({
  id: z.string().regex(/^[A-Z0-9]+$/, 'tabel-id skrives med store bogstaver, fx SMDBV004'),
  title: z.string().min(1),
  geography: z.string().min(1).nullable(),
  time: z.string().min(1),
  unit: z.string().min(1).optional(),
  variables: z.record(z.string(), selection),
  metrics: z.array(metricSchema).min(1),
  quality: z.array(qualitySchema).default([]),
});

const configSchema = z.strictObject({ tables: z.array(tableSchema).min(1) });

export type TablesConfig = z.infer<typeof configSchema>;
export type TableConfig = z.infer<typeof tableSchema>;
export type MetricMapping = z.infer<typeof metricSchema>;
export type QualityRule = z.infer<typeof qualitySchema>;

/** Checks parsed tables.yaml; `file` names it in errors. */
export function validateTablesConfig(raw: unknown, file: string): TablesConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new StatbankFormatError(`${file}: ${path}: ${issue?.message ?? 'ugyldig'}`);
  }
  const problems = result.data.tables.flatMap((t, i) => checkTable(t, `tables.${i} (${t.id})`));
  const seen = new Set<string>();
  for (const table of result.data.tables) {
    if (seen.has(table.id)) problems.push(`tabellen ${table.id} står der to gange`);
    seen.add(table.id);
  }
  const metricIds = result.data.tables.flatMap((t) => t.metrics.map((m) => m.id));
  const dup = metricIds.find((id, i) => metricIds.indexOf(id) !== i);
  if (dup) problems.push(`metrikken ${dup} står der to gange`);
  if (problems.length > 0) throw new StatbankFormatError(`${file}: ${problems[0]}`);
  return result.data;
}

/** Static consistency of one table; returns problems as sentences. */
function checkTable(table: TableConfig, where: string): string[] {
  const problems: string[] = [];
  const requested = new Set(Object.keys(table.variables));
  const need = (variable: string, role: string) => {
    if (!requested.has(variable))
      problems.push(`${where}: ${role} "${variable}" står ikke under variables`);
  };
  if (table.geography !== null) need(table.geography, 'geografivariablen');
  need(table.time, 'tidsvariablen');
  const selectable = (variable: string, value: string) => {
    const values = table.variables[variable] ?? [];
    return values.some((v) => v === value || (v.includes('*') && globToRegExp(v).test(value)));
  };
  for (const metric of table.metrics) {
    const at = `${where}: metrikken ${metric.id}`;
    if (metric.unit === undefined && table.unit === undefined)
      problems.push(`${at} har ingen unit`);
    if (metric.sum_over !== undefined && metric.ratio !== undefined) {
      problems.push(`${at} kan ikke have både sum_over og ratio`);
    }
    const fixed = new Set<string>();
    for (const [variable, value] of Object.entries(metric.where)) {
      need(variable, `where-variablen`);
      if (requested.has(variable) && !selectable(variable, value)) {
        problems.push(`${at}: where ${variable}: "${value}" er ikke blandt de værdier, der hentes`);
      }
      fixed.add(variable);
    }
    for (const variable of [metric.sum_over, metric.ratio?.variable]) {
      if (variable === undefined) continue;
      need(variable, 'variablen');
      if (variable === table.geography || variable === table.time || fixed.has(variable)) {
        problems.push(`${at}: ${variable} kan ikke både lægges sammen/deles og være fast`);
      }
      fixed.add(variable);
    }
    if (metric.ratio) {
      for (const value of [metric.ratio.numerator, metric.ratio.denominator]) {
        if (requested.has(metric.ratio.variable) && !selectable(metric.ratio.variable, value)) {
          problems.push(`${at}: ratio ${metric.ratio.variable}: "${value}" hentes ikke`);
        }
      }
    }
    for (const [variable, values] of Object.entries(table.variables)) {
      if (variable === table.geography || variable === table.time || fixed.has(variable)) continue;
      if (values.length > 1 || values[0]?.includes('*')) {
        problems.push(
          `${at} låser ikke variablen ${variable}, som hentes med flere værdier; ` +
            `tilføj where: { ${variable}: ... }`,
        );
      }
    }
  }
  const metricIds = new Set(table.metrics.map((m) => m.id));
  for (const rule of table.quality) {
    for (const bound of [rule.from, rule.to]) {
      if (bound === undefined) continue;
      try {
        parseStatbankPeriod(bound);
      } catch (e) {
        problems.push(`${where}: quality ${rule.flag}: ${(e as Error).message}`);
      }
    }
    for (const id of rule.metrics ?? []) {
      if (!metricIds.has(id)) problems.push(`${where}: quality ${rule.flag}: ukendt metrik ${id}`);
    }
  }
  return problems;
}
