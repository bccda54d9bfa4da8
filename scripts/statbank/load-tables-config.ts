/**
 * Reads data/statbank/tables.yaml from disk; its shape and checks are src/statbank/tables-config.ts,
 * shared with the reader's live check.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { validateTablesConfig, type TablesConfig } from '../../src/statbank/tables-config.ts';

export {
  globToRegExp,
  RULE_FLAGS,
  type MetricMapping,
  type QualityRule,
  type TableConfig,
  type TablesConfig,
} from '../../src/statbank/tables-config.ts';

export async function loadTablesConfig(path: string): Promise<TablesConfig> {
  return parseTablesConfig(await readFile(path, 'utf8'), path);
}

export function parseTablesConfig(text: string, file: string): TablesConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new StatbankFormatError(
      `${file}: ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  return validateTablesConfig(raw, file);
}
