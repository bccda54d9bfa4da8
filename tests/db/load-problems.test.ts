import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtracts } from '../../src/db/load.ts';
import { listPledges } from './pledge-extract.ts';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { buildExtractsOnce, fetchFromDir, type FileOverride } from './extract-fixture.ts';

// Broken extracts are made here from the real ones (truncated, corrupted, re-labelled); none is
// written to data/ or public/.
let dir: string;
// The extract build takes a minute on a loaded machine (it timed out at 10 s in a parallel run).
beforeAll(async () => {
  dir = await buildExtractsOnce();
}, 60_000);

/** Serves the real extracts, with `file` replaced, and a manifest whose checksum matches it. */
function withReplacedFile(file: string, bytes: Uint8Array): FileOverride {
  return (name, original) => {
    if (name === file) return bytes;
    if (name === 'manifest.json') {
      const manifest = JSON.parse(new TextDecoder().decode(original));
      const entry = manifest.files.find((f: { file: string }) => f.file === file);
      entry.sha256 = createHash('sha256').update(bytes).digest('hex');
      return new TextEncoder().encode(JSON.stringify(manifest));
    }
    return null;
  };
}

async function load(override?: FileOverride, timeoutMs?: number) {
  const db = await createNodeDb();
  const result = await loadExtracts(db, {
    baseUrl: 'http://x/data/',
    fetch: fetchFromDir(dir, override),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return { db, result };
}

describe('loading broken extracts', () => {
  it('reports a checksum mismatch and still loads the other tables', async () => {
    const { db, result } = await load((name, bytes) =>
      name === 'observations.parquet' ? bytes.slice().reverse() : null,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'observations.parquet', kind: 'checksum' }),
    ]);
    expect(result.tables.has('observations')).toBe(false);
    expect((await listPledges(db)).length).toBeGreaterThanOrEqual(30);
  });

  it('reports a truncated Parquet file as unreadable', async () => {
    const real = new Uint8Array(readFileSync(join(dir, 'observations.parquet')));
    const { result } = await load(
      withReplacedFile('observations.parquet', real.slice(0, real.length / 2)),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'observations.parquet', kind: 'corrupt' }),
    ]);
    expect(result.tables.has('pledges')).toBe(true);
  });

  it('reports a file that is not Parquet at all', async () => {
    const { result } = await load(
      withReplacedFile('metrics.parquet', new TextEncoder().encode('<html>oops</html>')),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'metrics.parquet', kind: 'corrupt' }),
    ]);
  });

  it('reports a Parquet file with the wrong schema, naming the columns', async () => {
    const kommuner = new Uint8Array(readFileSync(join(dir, 'kommuner.parquet')));
    const { result } = await load(withReplacedFile('pledges.parquet', kommuner));
    const problem = result.problems.find((p) => p.file === 'pledges.parquet');
    expect(problem?.kind).toBe('schema');
    expect(problem?.detail).toContain('quote VARCHAR');
    expect(result.tables.has('kommuner')).toBe(true);
  });

  it('reports a 404 and a 500 with the status', async () => {
    const { result } = await load((name) =>
      name === 'documents.parquet'
        ? new Response('gone', { status: 404 })
        : name === 'metrics.parquet'
          ? new Response('boom', { status: 500 })
          : null,
    );
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'documents.parquet', kind: 'missing' }),
        expect.objectContaining({
          file: 'metrics.parquet',
          kind: 'http',
          detail: expect.stringContaining('500'),
        }),
      ]),
    );
    expect(result.tables.has('pledges')).toBe(true);
  });

  it('gives up on a very slow extract after the time limit', async () => {
    const slow: typeof fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith('observations.parquet')) {
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        );
      }
      return fetchFromDir(dir)(input);
    }) as typeof fetch;
    const db = await createNodeDb();
    const result = await loadExtracts(db, {
      baseUrl: 'http://x/data/',
      fetch: slow,
      timeoutMs: 200,
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'observations.parquet', kind: 'timeout' }),
    ]);
    expect(result.tables.has('pledges')).toBe(true);
  });

  it('reports a broken or missing manifest without throwing', async () => {
    const bad = await load((name) =>
      name === 'manifest.json' ? new TextEncoder().encode('{not json') : null,
    );
    expect(bad.result.problems).toEqual([
      expect.objectContaining({ file: 'manifest.json', kind: 'manifest' }),
    ]);
    const old = await load((name) =>
      name === 'manifest.json' ? new TextEncoder().encode('{"schema_version":0,"files":[]}') : null,
    );
    expect(old.result.problems[0]?.detail).toContain('schema version 0');
    const gone = await load((name) =>
      name === 'manifest.json' ? new Response('', { status: 404 }) : null,
    );
    expect(gone.result.problems[0]?.kind).toBe('missing');
  });
});
