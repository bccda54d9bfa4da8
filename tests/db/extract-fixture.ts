/**
 * Builds the real extracts from data/ once into a temp folder and serves them to loadExtracts
 * through a fetch stand-in, so db tests run on exactly what the app ships.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../scripts/build-data.ts';

let built: Promise<string> | null = null;

export function buildExtractsOnce(): Promise<string> {
  built ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'loftetjek-extracts-')), 'data');
    await buildData({ dataDir: 'data', outDir: out, ifStale: false, today: '2026-11-23' });
    return out;
  })();
  return built;
}

export type FileOverride = (name: string, bytes: Uint8Array) => Response | Uint8Array | null;

/** A fetch that reads files from `dir`; `override` may replace a file's answer. */
export function fetchFromDir(dir: string, override?: FileOverride): typeof fetch {
  return (async (input: string | URL | Request) => {
    const name = String(input).replace(/^.*\//, '');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(dir, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const replaced = override?.(name, bytes);
    if (replaced instanceof Response) return replaced;
    return new Response((replaced ?? bytes) as Uint8Array<ArrayBuffer>, { status: 200 });
  }) as typeof fetch;
}
