/**
 * data/sources/statbank/retrievals.json, written by the StatBank importer: when each table was
 * downloaded. It goes into the manifest as is, so a damaged or tampered file must stop the build
 * with the file's name and line, not crash it with a bare JSON error or reach the pages.
 */
import { z } from 'zod';
import type { Manifest } from '../../src/db/schema.ts';
import { SourceError, SourceErrors } from './source-error.ts';

/** A few hundred bytes per table; a file this big is not the importer's. */
const MAX_BYTES = 1_000_000;

const retrievalsSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_]{1,50}$/, 'is not a StatBank table id'),
  z.object({
    retrieved_at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/, 'retrieved_at is not an ISO timestamp'),
    table_updated: z.string().max(50).optional(),
    rows: z.number().int().nonnegative(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
);

export function readRetrievals(text: string, file: string): Manifest['statbank'] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BYTES)
    throw new SourceError(file, null, `the file is ${bytes} bytes; at most ${MAX_BYTES}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    throw new SourceError(
      file,
      at ? lineAt(text, Number(at[1])) : null,
      `is not valid JSON (${message}); fix it or run npm run data:fetch again`,
    );
  }
  const result = retrievalsSchema.safeParse(json);
  if (result.success) return result.data;
  throw new SourceErrors(
    result.error.issues.map((issue) => {
      const table = issue.path[0];
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      return new SourceError(
        file,
        typeof table === 'string' ? lineOfKey(text, table) : null,
        `${where}${issue.message}`,
      );
    }),
  );
}

function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/** The importer writes one table per key, so the key's first occurrence is its entry. */
function lineOfKey(text: string, key: string): number | null {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? null : lineAt(text, at);
}
