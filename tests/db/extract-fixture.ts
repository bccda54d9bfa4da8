/**
 * Builds the real extracts from data/ once into a temp folder and serves them to loadExtracts
 * through a fetch stand-in, so db tests run on exactly what the app ships.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../scripts/build-data.ts';

let built: Promise<string> | null = null;

export function buildExtractsOnce(): Promise<string> {
  built ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'loftetjek-extracts-')), 'data');
    await buildData({
      dataDir: 'data',
      outDir: out,
      ifStale: false,
      today: new Date().toISOString().slice(0, 10),
    });
    return out;
  })();
  return built;
}

export { fetchFromDir, type FileOverride } from '../../scripts/lib/file-fetch.ts';
