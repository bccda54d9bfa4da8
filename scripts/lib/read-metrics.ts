/** Metric definitions from data/metrics/*.yaml. */
import { z } from 'zod';
import { isIsoDate } from '../../src/domain/period.ts';
import { boundedText, MAX_LENGTH, webUrl } from './source-text.ts';
import { readYamlSource } from './yaml-source.ts';
import { SourceError, SourceErrors } from './source-error.ts';

const metricSchema = z.strictObject({
  id: z
    .string()
    .max(MAX_LENGTH.id, `is longer than ${MAX_LENGTH.id} characters`)
    .regex(/^[A-Za-z0-9_]+$/, 'use letters, digits and _ only'),
  title_da: boundedText(MAX_LENGTH.title),
  title_en: boundedText(MAX_LENGTH.title),
  unit: boundedText(MAX_LENGTH.unit),
  unit_da: boundedText(MAX_LENGTH.unit),
  unit_en: boundedText(MAX_LENGTH.unit),
  description: boundedText(MAX_LENGTH.note),
  source: boundedText(MAX_LENGTH.title),
  table: z.string().max(MAX_LENGTH.short).nullable().optional(),
  licence: boundedText(MAX_LENGTH.title),
  higher_is_better: z.boolean().nullable(),
  /** The publisher stopped the series; a measure past last_period says so instead of "no data yet". */
  discontinued: z
    .strictObject({
      last_period: boundedText(MAX_LENGTH.short),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
        .refine(isIsoDate, 'is not a real calendar date'),
      note_da: boundedText(MAX_LENGTH.note),
      note_en: boundedText(MAX_LENGTH.note),
      source_title: boundedText(MAX_LENGTH.title),
      source_url: webUrl.optional(),
    })
    .optional(),
});

export type MetricRow = z.infer<typeof metricSchema> & { file: string };

export function readMetrics(files: { file: string; text: string }[]): MetricRow[] {
  const rows: MetricRow[] = [];
  const errors: SourceError[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of files) {
    const source = readYamlSource(text, file, z.array(metricSchema));
    source.value.forEach((metric, i) => {
      const earlier = seen.get(metric.id);
      if (earlier) {
        errors.push(
          new SourceError(
            file,
            source.lineOf([i, 'id']),
            `metric "${metric.id}" is already defined in ${earlier}`,
          ),
        );
      }
      seen.set(metric.id, file);
      rows.push({ ...metric, file });
    });
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  return rows;
}
