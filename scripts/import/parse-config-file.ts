/**
 * A YAML config file read against its schema, for the import scripts: the first problem found is
 * the error, in Danish and with the file's name, and nothing is imported from a file that fails.
 */
import { parse as parseYaml, type ParseOptions, type SchemaOptions } from 'yaml';
import type { z } from 'zod';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';

export function parseConfigFile<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
  yamlOptions: ParseOptions & SchemaOptions = {},
): z.output<S> {
  let raw: unknown;
  try {
    raw = parseYaml(source, yamlOptions);
  } catch (e) {
    throw new StatbankFormatError(
      `${file}: ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StatbankFormatError(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}
