/**
 * Reads one export from the shared folder at import time (it is never copied into the project),
 * and refuses it when its bytes are not the ones imports.yaml describes, so a changed upstream
 * file cannot slip new figures in unchecked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import type { ImportConfig } from './load-imports-config.ts';

/** An export's text, refused when the file is not the one imports.yaml describes. */
export function readExportFile(
  shared: string,
  entry: Pick<ImportConfig, 'file' | 'sha256'>,
): string {
  const path = join(shared, entry.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new StatbankFormatError(`${entry.file}: filen findes ikke i ${shared}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== entry.sha256) {
    throw new StatbankFormatError(
      `${entry.file}: filen har ændret sig (sha256 ${sha.slice(0, 12)}…, konfigurationen siger ` +
        `${entry.sha256.slice(0, 12)}…); tjek den og ret sha256`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new StatbankFormatError(`${entry.file}: filen er ikke UTF-8`);
  }
}
