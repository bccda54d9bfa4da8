import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkPrerequisites,
  DEFAULT_CHROMIUM,
  type Machine,
} from '../../scripts/check-prerequisites.mjs';

// A made-up machine: nothing here looks at the real disk.
const GOOD: Machine = {
  nodeVersion: '22.11.0',
  chromiumPath: '/fake/bin/chromium',
  projectDir: '/fake/project',
  sharedDir: '/fake/shared',
  isExecutable: (p) => p === '/fake/bin/chromium',
  exists: (p) => p === '/fake/project/node_modules/.bin' || p === '/fake/shared',
};

describe('checkPrerequisites', () => {
  it('passes on a machine with Node 20+, node_modules and Chromium', () => {
    const result = checkPrerequisites(GOOD);
    expect(result).toEqual({
      ok: true,
      problems: [],
      notes: ['reference folder /fake/shared found'],
    });
  });

  it('says Chromium is missing and how to install it', () => {
    const result = checkPrerequisites({ ...GOOD, chromiumPath: '/fake/none/chromium' });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^Chromium not found at \/fake\/none\/chromium: .*apt-get install -y chromium/,
      ),
    ]);
  });

  it.each([
    ['18.20.4', false],
    ['19.9.0', false],
    ['20.0.0', true],
    ['24.1.0', true],
    ['not a version', false],
  ])('Node %s is enough: %s', (nodeVersion, ok) => {
    const result = checkPrerequisites({ ...GOOD, nodeVersion });
    expect(result.ok).toBe(ok);
    if (!ok) expect(result.problems[0]).toMatch(/needs Node 20 or newer/);
  });

  it('asks for npm ci when node_modules is missing', () => {
    const result = checkPrerequisites({ ...GOOD, exists: (p) => p === '/fake/shared' });
    expect(result.problems).toEqual([expect.stringMatching(/node_modules is missing: run npm ci/)]);
  });

  it('says what is skipped without ../shared, and does not fail on it', () => {
    const result = checkPrerequisites({ ...GOOD, exists: (p) => p.endsWith('.bin') });
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([
      expect.stringMatching(
        /\/fake\/shared not found: nothing in npm test needs it, so nothing is skipped/,
      ),
    ]);
  });

  it('lists every problem at once', () => {
    const result = checkPrerequisites({
      ...GOOD,
      nodeVersion: '18.0.0',
      exists: () => false,
      isExecutable: () => false,
    });
    expect(result.problems).toHaveLength(3);
  });

  it('defaults to the Chromium that the browser tests launch', () => {
    expect(DEFAULT_CHROMIUM).toBe('/usr/bin/chromium');
  });
});

describe('node scripts/check-prerequisites.mjs', () => {
  it('stops within seconds, naming the install command, when Chromium is missing', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['scripts/check-prerequisites.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium not found at /nonexistent/chromium');
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('runs first in npm test', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { test: string } };
    expect(pkg.scripts.test.startsWith('node scripts/check-prerequisites.mjs && ')).toBe(true);
  });
});
