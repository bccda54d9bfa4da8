/**
 * The site the benchmark serves, in a temp dir: a copy of dist/ (the production build), the
 * engine-first bench page built beside it in bench/ (same origin, same data), and the SYNTHETIC
 * query sets in syn/<rows>/. Nothing is written into dist/ or data/.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { writeSyntheticSet, type SyntheticSet } from '../../tests/bench/generate-observations.ts';

export interface BenchSite {
  dir: string;
  /** URL path of the bench page, relative to the site root. */
  benchPath: string;
  /** The floor page (tests/bench/floor.html): one response, a paragraph and an SVG. */
  floorPath: string;
  remove(): void;
}

export async function prepareSite(repo: string): Promise<BenchSite> {
  const dist = join(repo, 'dist');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'p')))
    throw new Error('dist/ is incomplete: run `npm run build:site` first (npm run bench does)');
  const dir = mkdtempSync(join(tmpdir(), 'loftetjek-bench-'));
  cpSync(dist, dir, { recursive: true });
  await build({
    configFile: false,
    root: join(repo, 'tests/bench/page'),
    base: './',
    logLevel: 'warn',
    plugins: [svelte({ configFile: join(repo, 'svelte.config.js') })],
    build: {
      outDir: join(dir, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 30_000,
      reportCompressedSize: false,
    },
    worker: { format: 'es' },
  });
  copyFileSync(join(repo, 'tests/bench/floor.html'), join(dir, 'bench/floor.html'));
  return {
    dir,
    benchPath: '/bench/',
    floorPath: '/bench/floor.html',
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes the synthetic set of `rows` rows into the site, at syn/<rows>/. */
export function addSyntheticSet(
  site: BenchSite,
  rows: number,
  seed: number,
): Promise<SyntheticSet> {
  return writeSyntheticSet(join(site.dir, 'syn', String(rows)), rows, seed);
}

/** Frees the disk a set used once its runs are done (10⁷ rows is ~60 MB). */
export function removeSyntheticSet(site: BenchSite, rows: number): void {
  rmSync(join(site.dir, 'syn', String(rows)), { recursive: true, force: true });
}
