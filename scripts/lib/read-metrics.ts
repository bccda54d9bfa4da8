/** Metric definitions from data/metrics/*.yaml. */
import { z } from 'zod';
import { readYamlSource } from './yaml-source.ts';
import { SourceError, SourceErrors } from './source-error.ts';

const metricSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_]+$/, 'use letters, digits and _ only'),
  title_da: z.string().min(1),
  title_en: z.string().min(1),
  unit: z.string().min(1),
  unit_da: z.string().min(1),
  unit_en: z.string().min(1),
  description: z.string().min(1),
  source: z.string().min(1),
  table: z.string().nullable().optional(),
  licence: z.string().min(1),
  higher_is_better: z.boolean().nullable(),
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
