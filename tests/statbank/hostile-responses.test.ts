/**
 * Answers a hostile or broken server can give (issue 12): figures the data build refuses, bodies
 * without end, redirects to another host, runs that never finish and temporary files left by a
 * killed run. Each is served from a loopback server; the previous file must survive every one.
 */
import { describe, it, expect, afterEach, beforeEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTablesConfig, type TableConfig } from '../../scripts/statbank/load-tables-config.ts';
import { createStatbankClient } from '../../scripts/statbank/create-statbank-client.ts';
import { runStatbankFetch } from '../../scripts/statbank/run-statbank-fetch.ts';
import { StatbankDeadlineError, StatbankFormatError } from '../../src/statbank/statbank-error.ts';
import { MAX_ROWS_PER_TABLE } from '../../scripts/lib/plausible-value.ts';
import { fixture, startFakeStatbank, type FakeStatbank, type Override } from './fake-statbank.ts';

const config = parseTablesConfig(readFileSync('data/statbank/tables.yaml', 'utf8'), 'tables.yaml');
const FOLK1A = config.tables.find((t) => t.id === 'FOLK1A') as TableConfig;
const PREVIOUS = 'PREVIOUS\n';

let out: string;
let server: FakeStatbank | null = null;
let other: Server | null = null;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'statbank-hostile-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  if (other) {
    other.closeAllConnections();
    await new Promise((r) => other?.close(r));
    other = null;
  }
  rmSync(out, { recursive: true, force: true });
});

async function fetchFolk1a(override: Override, client: { maxBytes?: number } = {}) {
  server = await startFakeStatbank(override);
  writeFileSync(join(out, 'FOLK1A.csv'), PREVIOUS);
  const report = await runStatbankFetch({
    tables: [FOLK1A],
    client: createStatbankClient({
      baseUrl: server.baseUrl,
      retries: 2,
      backoffMs: 1,
      timeoutMs: 5_000,
      ...client,
    }),
    outDir: out,
  });
  return { report, previous: readFileSync(join(out, 'FOLK1A.csv'), 'utf8') };
}

/** The FOLK1A fixture with its first data row's period or value replaced. */
const folk1aWith = (from: string, to: string): Override => {
  const body = fixture('FOLK1A.data.csv').replace(from, to);
  return (req) => (req.path === '/data' ? { status: 200, body } : undefined);
};

describe('the importer applies the data build’s checks before it writes', () => {
  it.each([
    ['a negative count', '5000111', '-5', /værdien -5 afvises \(is a negative count/],
    ['an absurd value', '5000111', '99999999999999999', /implausibly large/],
    ['a period in the year 4333', '2024K1', '4333K1', /perioden "4333K1" ligger uden for/],
  ])('refuses %s and keeps the previous file', async (_, from, to, message) => {
    const { report, previous } = await fetchFolk1a(folk1aWith(from, to));
    expect(report.succeeded).toEqual([]);
    expect(report.failed[0]?.message).toMatch(message);
    expect(previous).toBe(PREVIOUS);
  });

  it('refuses more rows than a table may have, before mapping them', async () => {
    const row = '000;TOT;IALT;TOT;2024K1;1\r\n';
    const body = `OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD\r\n${row.repeat(MAX_ROWS_PER_TABLE + 1)}`;
    const { report, previous } = await fetchFolk1a((req) =>
      req.path === '/data' ? { status: 200, body } : undefined,
    );
    expect(report.failed[0]?.message).toBe(
      `FOLK1A: svaret har ${MAX_ROWS_PER_TABLE + 1} rækker, mere end de ${MAX_ROWS_PER_TABLE} ` +
        'en tabel må have; vælg færre værdier i tables.yaml',
    );
    expect(previous).toBe(PREVIOUS);
  });
});

describe('response bodies are read with a byte limit', () => {
  it('stops reading a body without end at the limit, once, without retrying', async () => {
    const started = Date.now();
    const { report, previous } = await fetchFolk1a(
      (req) => (req.path === '/data' ? 'endless' : undefined),
      { maxBytes: 1_000_000 },
    );
    expect(report.failed[0]?.message).toBe(
      'FOLK1A: /data: svaret er større end 1.000.000 bytes (--max-mb); ' +
        'vælg færre værdier i tables.yaml eller hæv grænsen',
    );
    expect(server?.requests.filter((r) => r.path === '/data')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(previous).toBe(PREVIOUS);
  });

  it('treats a body that is not UTF-8 as a format error, not a network error', async () => {
    const raw = await rawServer(Buffer.from([0x4f, 0x4d, 0x52, 0xc3, 0x28, 0x0a]));
    const client = createStatbankClient({ baseUrl: raw, retries: 2, backoffMs: 1 });
    const error = await client.data('FOLK1A', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankFormatError);
    expect((error as Error).message).toBe('FOLK1A: /data: svaret er ikke gyldig UTF-8');
    expect(rawHits).toBe(1);
  });
});

let rawHits = 0;
/** A loopback server that answers every request with the same bytes (or a redirect). */
async function rawServer(body: Buffer | null, location?: string): Promise<string> {
  rawHits = 0;
  other = createServer((req, res) => {
    rawHits++;
    req.resume();
    if (location !== undefined) {
      res.writeHead(307, { location });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(body);
    }
  });
  await new Promise<void>((r) => other?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(other.address() as AddressInfo).port}/v1`;
}

describe('redirects', () => {
  it('refuses a redirect to another origin, which then receives nothing', async () => {
    const elsewhere = await rawServer(Buffer.from(fixture('FOLK1A.data.csv')));
    const { report, previous } = await fetchFolk1a((req) =>
      req.path === '/data'
        ? { status: 307, body: '', headers: { location: `${elsewhere}/data` } }
        : undefined,
    );
    expect(report.failed[0]?.message).toMatch(
      /^127\.0\.0\.1:\d+\/v1\/data omdirigerer \(HTTP 307\) til http:\/\/127\.0\.0\.1:\d+; kun omdirigeringer inden for http:\/\/127\.0\.0\.1:\d+ følges$/,
    );
    expect(rawHits).toBe(0);
    expect(server?.requests.filter((r) => r.path === '/data')).toHaveLength(1);
    expect(previous).toBe(PREVIOUS);
  });

  it('follows a redirect within the same origin', async () => {
    const { report } = await fetchFolk1a((req) =>
      req.path === '/data' && req.body.table === 'FOLK1A'
        ? { status: 307, body: '', headers: { location: '/v1/data2' } }
        : req.path === '/data2'
          ? { status: 200, body: fixture('FOLK1A.data.csv') }
          : undefined,
    );
    expect(report.failed).toEqual([]);
    expect(report.succeeded[0]?.rows).toBe(24);
  });
});

describe('an overall deadline', () => {
  it('ends a run whose server never answers at the deadline, in one line', async () => {
    server = await startFakeStatbank(() => 'hang');
    writeFileSync(join(out, 'FOLK1A.csv'), PREVIOUS);
    const started = Date.now();
    const report = await runStatbankFetch({
      tables: [FOLK1A, FOLK1A],
      client: createStatbankClient({
        baseUrl: server.baseUrl,
        retries: 3,
        backoffMs: 1,
        timeoutMs: 10_000,
        deadlineMs: 300,
      }),
      outDir: out,
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(report.stopped).toBe(
      'FOLK1A: hele hentningen har brugt sin tidsgrænse på 300 ms (--deadline-ms)',
    );
    expect(report.failed).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
    expect(readFileSync(join(out, 'FOLK1A.csv'), 'utf8')).toBe(PREVIOUS);
  });

  it('does not wait for a retry that would end after the deadline', async () => {
    server = await startFakeStatbank(() => ({ status: 503, body: 'busy' }));
    const client = createStatbankClient({
      baseUrl: server.baseUrl,
      retries: 3,
      backoffMs: 5_000,
      deadlineMs: 1_000,
    });
    const error = await client.tableinfo('FOLK1A').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankDeadlineError);
    expect((error as Error).message).toBe(
      'FOLK1A: hele hentningen har brugt sin tidsgrænse på 1 s (--deadline-ms), ' +
        'sidst: FOLK1A: Danmarks Statistik svarede HTTP 503 på /tableinfo (busy)',
    );
  });
});

describe('temporary files', () => {
  it('removes what a killed run left behind, and nothing else', async () => {
    writeFileSync(join(out, '.FOLK1A.csv.4242.0123abcd.tmp'), 'half a file');
    writeFileSync(join(out, '.keep.tmp'), 'not ours');
    const { report } = await fetchFolk1a(() => undefined);
    expect(report.succeeded).toHaveLength(1);
    expect(readdirSync(out).sort()).toEqual(['.keep.tmp', 'FOLK1A.csv', 'retrievals.json']);
  });

  it('are ignored by git', () => {
    const path = 'data/sources/statbank/.FOLK1A.csv.4242.0123abcd.tmp';
    expect(execFileSync('git', ['check-ignore', path], { encoding: 'utf8' }).trim()).toBe(path);
    expect(existsSync(path)).toBe(false);
  });
});
