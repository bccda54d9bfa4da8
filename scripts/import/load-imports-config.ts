/**
 * Reads data/statbank/imports.yaml: which published exports `npm run data:import` reads, what
 * each holds and where it came from. Every field a figure's provenance needs is required, so an
 * export cannot enter data/ without publisher, table, export date and the repository it came from.
 */
import { z } from 'zod';
import { QUALITY_FLAGS } from '../../src/domain/series.ts';
import { parseStatbankPeriod } from '../../src/statbank/parse-statbank-period.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { parseConfigFile } from './parse-config-file.ts';

const text = z.string().min(1);
const quality = z.strictObject({
  flag: z.enum(QUALITY_FLAGS).exclude(['missing', 'sub_area', 'undated']),
  from: text.optional(),
  to: text.optional(),
  kommuner: z
    .array(text.regex(/^\d{3}$/))
    .min(1)
    .optional(),
  note: text,
});

const common = {
  file: text.regex(/^[\w-]+(\/[\w.-]+)+$/, 'a path under ../shared/data, e.g. dst-exports/x.csv'),
  sha256: text.regex(/^[0-9a-f]{64}$/, 'the full SHA-256 of the file, 64 hex digits'),
  publisher: text,
  table: text,
  title: text,
  exported: text.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD'),
  retrieved_via: z.strictObject({
    repository: text.regex(/^github\.com\/[\w.-]+\/[\w.-]+$/, 'github.com/owner/name'),
    commit: text.regex(/^[0-9a-f]{7,40}$/, 'a commit hash'),
    path: text,
  }),
  metric: text,
  output: text.regex(/^[\w-]+\.csv$/, 'a file name ending in .csv'),
  quality: z.array(quality).default([]),
};

const importSchema = z.discriminatedUnion('format', [
  z.strictObject({
    ...common,
    format: z.literal('statbank-csv'),
    geography: text,
    time: text,
    /** Every other column and the cell values it may hold (code, English, Danish text). */
    fixed: z.record(text, z.array(text).min(1)).default({}),
  }),
  z.strictObject({
    ...common,
    format: z.literal('delimited'),
    delimiter: z.enum([',', ';']),
    name_column: text,
    code_column: text.optional(),
    /** Value column → the StatBank period it holds. */
    columns: z.record(text, text),
    thousands: z.literal('.').optional(),
    aliases: z.record(text, text.regex(/^\d{3}$/)).default({}),
  }),
  z.strictObject({
    ...common,
    format: z.literal('jobindsats-json'),
    series: text.regex(/^\w+\.\w+$/, 'group.series, e.g. cashAssistance.persons'),
  }),
]);

const configSchema = z.strictObject({ imports: z.array(importSchema).min(1) });

export type ImportConfig = z.infer<typeof importSchema>;

export function parseImportsConfig(source: string, file: string): ImportConfig[] {
  const config = parseConfigFile(source, file, configSchema, { merge: true });
  for (const [i, entry] of config.imports.entries()) {
    const periods = [
      ...entry.quality.flatMap((q) => [q.from, q.to]),
      ...(entry.format === 'delimited' ? Object.values(entry.columns) : []),
    ];
    for (const period of periods) {
      if (period === undefined) continue;
      try {
        parseStatbankPeriod(period);
      } catch (e) {
        throw new StatbankFormatError(
          `${file}: imports.${i} (${entry.file}): ${(e as Error).message}`,
        );
      }
    }
  }
  return config.imports;
}
