import { describe, it, expect, afterEach, beforeEach } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  closedPort,
  startFakeStatbank,
  type FakeStatbank,
  type Override,
} from './fake-statbank.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SCRIPT = join(ROOT, 'scripts/fetch-statbank.ts');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run data:fetch` would (through tsx), asynchronously so the fake server can answer. */
function cli(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

let out: string;
let server: FakeStatbank | null = null;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'statbank-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(out, { recursive: true, force: true });
});

async function serve(override?: Override): Promise<string> {
  server = await startFakeStatbank(override);
  return server.baseUrl;
}

describe('scripts/fetch-statbank.ts', () => {
  it('fetches the chosen tables from STATBANK_BASE_URL into --out and exits 0', async () => {
    const base = await serve();
    const r = await cli(['--table', 'SMDBV004', '--table', 'folk1a', '--out', out], {
      STATBANK_BASE_URL: base,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ SMDBV004: 150 observationer');
    expect(r.stdout).toContain('✓ FOLK1A: 24 observationer');
    expect(readdirSync(out).sort()).toEqual(['FOLK1A.csv', 'SMDBV004.csv', 'retrievals.json']);
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toMatch(
      /^metric_id,kode,period,value,flags,note,/,
    );
    expect(server?.requests.map((q) => `${q.path} ${q.body.table}`)).toEqual([
      '/tableinfo SMDBV004',
      '/data SMDBV004',
      '/tableinfo FOLK1A',
      '/data FOLK1A',
    ]);
  });

  it('--base-url wins over STATBANK_BASE_URL', async () => {
    const base = await serve();
    const dead = `http://127.0.0.1:${await closedPort()}/v1`;
    const r = await cli(['--table', 'FOLK1A', '--out', out, '--base-url', base], {
      STATBANK_BASE_URL: dead,
    });
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'FOLK1A.csv'))).toBe(true);
  });

  it('offline: one clear line on stderr even after a retry, exit 1, nothing written', async () => {
    const port = await closedPort();
    writeFileSync(join(out, 'SMDBV004.csv'), 'PREVIOUS\n');
    const r = await cli(['--out', out, '--retries', '1'], {
      STATBANK_BASE_URL: `http://127.0.0.1:${port}/v1`,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Kan ikke nå Danmarks Statistik (127.0.0.1:${port}): ECONNREFUSED — ingen data ændret.\n`,
    );
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['SMDBV004.csv']);
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toBe('PREVIOUS\n');
  });

  it('--deadline-ms ends the whole run with one clear line, exit 1, nothing written', async () => {
    const base = await serve(() => 'hang');
    writeFileSync(join(out, 'SMDBV004.csv'), 'PREVIOUS\n');
    const r = await cli(['--out', out, '--deadline-ms', '500'], { STATBANK_BASE_URL: base });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'SMDBV004: hele hentningen har brugt sin tidsgrænse på 500 ms (--deadline-ms) — ingen data ændret.\n',
    );
    expect(readdirSync(out)).toEqual(['SMDBV004.csv']);
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toBe('PREVIOUS\n');
  });

  it('one line per failed table, exit 1, the other table still written', async () => {
    const base = await serve((req) =>
      req.body.table === 'SMDBV004' && req.path === '/data'
        ? { status: 500, body: 'boom' }
        : undefined,
    );
    writeFileSync(join(out, 'SMDBV004.csv'), 'PREVIOUS\n');
    const r = await cli(
      ['--table', 'SMDBV004', '--table', 'FOLK1A', '--out', out, '--retries', '1'],
      {
        STATBANK_BASE_URL: base,
      },
    );
    expect(r.code).toBe(1);
    const failures = r.stderr.split('\n').filter((l) => l.startsWith('✗'));
    expect(failures).toEqual([
      '✗ SMDBV004: Danmarks Statistik svarede HTTP 500 på /data (boom) (2 forsøg) — tidligere fil uændret.',
    ]);
    expect(r.stdout).toContain('✓ FOLK1A');
    expect(readFileSync(join(out, 'SMDBV004.csv'), 'utf8')).toBe('PREVIOUS\n');
    expect(existsSync(join(out, 'FOLK1A.csv'))).toBe(true);
  });

  it('a table DST does not know: DST’s message, exit 1', async () => {
    const base = await serve();
    const config = join(out, 'tables.yaml');
    writeFileSync(
      config,
      'tables:\n  - { id: NOPE1, title: T, geography: OMRÅDE, time: Tid, unit: count, ' +
        'variables: { OMRÅDE: "*", Tid: "*" }, metrics: [{ id: dst_nope }] }\n',
    );
    const r = await cli(['--config', config, '--out', join(out, 'data')], {
      STATBANK_BASE_URL: base,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '✗ NOPE1: Danmarks Statistik afviste forespørgslen på /tableinfo (HTTP 400): EXTRACT-NOTFOUND: ' +
        'Tabel findes ikke: NOPE1 — tidligere fil uændret.\n',
    );
    expect(existsSync(join(out, 'data'))).toBe(false);
  });

  it('a table that is not in tables.yaml is a usage error (exit 2) and nothing is fetched', async () => {
    const base = await serve();
    const r = await cli(['--table', 'XYZ9', '--out', out], { STATBANK_BASE_URL: base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^Ukendt tabel XYZ9: den står ikke i tables.yaml \(kendte: SMDBV004, /,
    );
    expect(server?.requests).toEqual([]);
  });
});
