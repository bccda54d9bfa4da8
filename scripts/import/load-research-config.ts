/**
 * Reads data/statbank/research-imports.yaml: how `npm run data:import` turns the shared research
 * file (one row per figure, each with its own source) into our rows. Every series, area and odd
 * period label must be accounted for here, imported or left out with a reason, so a figure can
 * neither slip in unmapped nor vanish without a stated reason.
 */
import { z } from 'zod';
import { QUALITY_FLAGS } from '../../src/domain/series.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { parseConfigFile } from './parse-config-file.ts';

const text = z.string().min(1);
const flag = z.enum(QUALITY_FLAGS).exclude(['missing', 'sub_area', 'undated']);

const configSchema = z.strictObject({
  file: text.regex(/^[\w-]+(\/[\w.-]+)+$/, 'a path under ../shared/data'),
  sha256: text.regex(/^[0-9a-f]{64}$/, 'the full SHA-256 of the file, 64 hex digits'),
  received: text.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD'),
  output: text.regex(/^[\w-]+\.csv$/, 'a file name ending in .csv'),
  quality: z.record(text, z.enum(['primary', 'secondary'])),
  series: z.record(text, text.regex(/^\w+$/)),
  left_out_series: z.record(text, text).default({}),
  areas: z
    .record(
      text,
      z.strictObject({
        kode: text.regex(/^\d{3}$/),
        flags: z.array(flag).default([]),
        note: text.optional(),
      }),
    )
    .default({}),
  left_out_areas: z.record(text, text).default({}),
  periods: z.record(text, text.regex(/^\d{4}$/, 'a year, YYYY')).default({}),
  left_out_rows: z
    .array(z.strictObject({ line: z.number().int().min(2), reason: text }))
    .default([]),
  row_flags: z
    .array(z.strictObject({ line: z.number().int().min(2), flags: z.array(flag), note: text }))
    .default([]),
});

export type ResearchConfig = z.infer<typeof configSchema>;

export function parseResearchConfig(source: string, file: string): ResearchConfig {
  const config = parseConfigFile(source, file, configSchema);
  const both = Object.keys(config.series).find((s) => s in config.left_out_series);
  if (both !== undefined) {
    throw new StatbankFormatError(`${file}: serien ${both} er både importeret og udeladt`);
  }
  return config;
}
