/**
 * Where the data build writes before it replaces the extracts: never next to the output folder
 * (public/ is copied whole into the site), and nothing left behind by a failed or crashed build.
 * Runs on the SYNTHETIC files of synthetic-sources.ts.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, scratch } from './synthetic-sources.ts';

describe('staging the new extracts', () => {
  it('never creates anything next to the output folder (public/ is deployed whole)', async () => {
    const s = scratch();
    await build(s);
    const seen = new Set<string>();
    const watcher = watch(s.root, (_event, name) => {
      if (name) seen.add(name.toString());
    });
    try {
      await build(s);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      watcher.close();
    }
    expect([...seen].filter((n) => n !== basename(s.outDir) && n !== 'scratch')).toEqual([]);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });

  it('removes folders a crashed build left next to the output, even when nothing else changed', async () => {
    const s = scratch();
    await build(s);
    // What earlier versions of the build left in public/ when they crashed.
    for (const name of ['out.staging-12345', 'out.old-12345']) {
      mkdirSync(join(s.root, name, 'comparisons'), { recursive: true });
      writeFileSync(join(s.root, name, 'manifest.json'), '{}');
    }
    // And a staging folder of a build process that no longer exists.
    mkdirSync(join(s.scratchDir, 'staging-2147483647-abcdef'), { recursive: true });
    const { built } = await build(s, true);
    expect(built).toBe(false);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });

  it('leaves the previous extracts and no staging folder when a build fails late', async () => {
    const s = scratch();
    await build(s);
    const before = readFileSync(join(s.outDir, 'manifest.json'), 'utf8');
    // A broken boundaries file fails at the catalogue step, after the Parquet files are written.
    writeFileSync(s.data('sources/kommuner.topojson'), '{ not json');
    await expect(build(s)).rejects.toThrow();
    expect(readFileSync(join(s.outDir, 'manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(s.outDir, 'catalogue.json'))).toBe(true);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });
});

describe('a built site never carries staging folders', () => {
  it('drops copies of staging, old and incoming extract folders that Vite copied from public/', async () => {
    const { dropLeftoversFromSite } = await import('../../scripts/lib/stage-dir.ts');
    const site = mkdtempSync(join(tmpdir(), 'loftetjek-site-'));
    for (const name of ['data', 'data.staging-1', 'data.old-2', '.data.incoming-3', 'assets'])
      mkdirSync(join(site, name));
    writeFileSync(join(site, 'data', 'manifest.json'), '{}');
    expect(dropLeftoversFromSite(site).sort()).toEqual(
      ['.data.incoming-3', 'data.old-2', 'data.staging-1'].sort(),
    );
    expect(readdirSync(site).sort()).toEqual(['assets', 'data']);
    expect(existsSync(join(site, 'data', 'manifest.json'))).toBe(true);
  });
});
