/**
 * Loads the extracts listed in manifest.json into DuckDB as named views. Each file is fetched,
 * checked against the manifest's sha256, registered and checked for the expected columns; a file
 * that fails is reported and left out, and the other views still load, so one broken extract
 * never takes the whole app down.
 */
import type { Db } from './db.ts';
import {
  EXTRACTS,
  SCHEMA_VERSION,
  type ExtractSpec,
  type Manifest,
  type TableName,
} from './schema.ts';

export type ProblemKind =
  'manifest' | 'missing' | 'http' | 'timeout' | 'checksum' | 'corrupt' | 'schema';

export interface ExtractProblem {
  file: string;
  kind: ProblemKind;
  detail: string;
}

export interface LoadResult {
  manifest: Manifest | null;
  tables: Set<TableName>;
  problems: ExtractProblem[];
}

export interface LoadOptions {
  /** Where manifest.json and the extracts are served, e.g. '/data/'. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per-file time limit, so a stalled download is reported instead of hanging the page. */
  timeoutMs?: number;
}

export async function loadExtracts(db: Db, options: LoadOptions): Promise<LoadResult> {
  const get = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const result: LoadResult = { manifest: null, tables: new Set(), problems: [] };
  let manifest: Manifest;
  try {
    const bytes = await download(get, options.baseUrl + 'manifest.json', timeoutMs);
    manifest = parseManifest(new TextDecoder().decode(bytes));
  } catch (e) {
    result.problems.push(toProblem('manifest.json', e));
    return result;
  }
  result.manifest = manifest;
  await Promise.all(
    EXTRACTS.map(async (spec) => {
      try {
        await loadOne(db, get, options.baseUrl, manifest, spec, timeoutMs);
        result.tables.add(spec.name);
      } catch (e) {
        result.problems.push(toProblem(spec.file, e));
      }
    }),
  );
  return result;
}

class LoadError extends Error {
  readonly kind: ProblemKind;
  constructor(kind: ProblemKind, detail: string) {
    super(detail);
    this.kind = kind;
  }
}

async function loadOne(
  db: Db,
  get: typeof fetch,
  baseUrl: string,
  manifest: Manifest,
  spec: ExtractSpec,
  timeoutMs: number,
): Promise<void> {
  const entry = manifest.files.find((f) => f.file === spec.file);
  if (!entry) throw new LoadError('manifest', `manifest.json does not list ${spec.file}`);
  const bytes = await download(get, baseUrl + spec.file, timeoutMs);
  const actual = await sha256(bytes);
  if (actual !== entry.sha256) {
    throw new LoadError(
      'checksum',
      `sha256 is ${actual.slice(0, 12)}…, the manifest says ${entry.sha256.slice(0, 12)}…`,
    );
  }
  await db.registerFile(spec.file, bytes);
  let columns: { column_name: string; column_type: string }[];
  try {
    columns = await db.query(`DESCRIBE SELECT * FROM read_parquet('${spec.file}')`);
  } catch (e) {
    throw new LoadError('corrupt', `not a readable Parquet file (${firstLine(e)})`);
  }
  const missing = spec.columns.filter(
    (c) => !columns.some((d) => d.column_name === c.name && d.column_type === c.type),
  );
  if (missing.length > 0) {
    throw new LoadError(
      'schema',
      `missing or mistyped columns: ${missing.map((c) => `${c.name} ${c.type}`).join(', ')}`,
    );
  }
  // spec.name and spec.file come from our own schema, never from user input.
  await db.query(
    `CREATE OR REPLACE VIEW ${spec.name} AS SELECT * FROM read_parquet('${spec.file}')`,
  );
}

async function download(get: typeof fetch, url: string, timeoutMs: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await get(url, { signal: controller.signal });
    if (response.status === 404)
      throw new LoadError('missing', 'the file is not on the server (404)');
    if (!response.ok) throw new LoadError('http', `the server answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    if (controller.signal.aborted)
      throw new LoadError('timeout', `no complete answer within ${timeoutMs / 1000} s`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function parseManifest(text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LoadError('manifest', 'manifest.json is not valid JSON');
  }
  const m = value as Partial<Manifest>;
  if (typeof m !== 'object' || m === null || !Array.isArray(m.files)) {
    throw new LoadError('manifest', 'manifest.json has no file list');
  }
  if (m.schema_version !== SCHEMA_VERSION) {
    throw new LoadError(
      'manifest',
      `schema version ${String(m.schema_version)}, the app expects ${SCHEMA_VERSION}`,
    );
  }
  return m as Manifest;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toProblem(file: string, e: unknown): ExtractProblem {
  if (e instanceof LoadError) return { file, kind: e.kind, detail: e.message };
  return { file, kind: 'http', detail: firstLine(e) };
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0] ?? text;
}
