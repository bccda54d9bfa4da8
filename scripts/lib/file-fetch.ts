/**
 * A fetch that answers from a local folder, so Node code (the catalogue build, tests) can run the
 * browser's loadExtracts unchanged. `override` may replace a file's answer (tests use it to serve
 * broken files).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FileOverride = (name: string, bytes: Uint8Array) => Response | Uint8Array | null;

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
