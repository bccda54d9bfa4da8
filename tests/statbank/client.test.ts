import { describe, it, expect, afterEach } from 'vitest';
import {
  createStatbankClient,
  statbankDataUrl,
} from '../../scripts/statbank/create-statbank-client.ts';
import {
  StatbankHttpError,
  StatbankTimeoutError,
  StatbankUnreachableError,
} from '../../src/statbank/statbank-error.ts';
import {
  closedPort,
  fixture,
  startFakeStatbank,
  type FakeStatbank,
  type Override,
} from './fake-statbank.ts';

let server: FakeStatbank | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function clientFor(
  override?: Override,
  options: { retries?: number; timeoutMs?: number } = {},
) {
  server = await startFakeStatbank(override);
  const retries: string[] = [];
  const client = createStatbankClient({
    baseUrl: server.baseUrl,
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 5_000,
    backoffMs: 1,
    onRetry: (m) => retries.push(m),
  });
  return { client, retries, server };
}

const SELECTION = [
  { code: 'OMRÅDE', values: ['*'] },
  { code: 'VENTETIDGARANTI', values: ['OKPCT'] },
  { code: 'Tid', values: ['*'] },
];

describe('createStatbankClient', () => {
  it('posts the documented request bodies and returns tableinfo and the CSV', async () => {
    const { client, server } = await clientFor();
    const info = await client.tableinfo('SMDBV004');
    expect(info.variables.map((v) => v.id)).toEqual(['OMRÅDE', 'VENTETIDGARANTI', 'Tid']);
    expect(info.updated).toBe('2025-03-27T08:00:00');
    const csv = await client.data('SMDBV004', SELECTION);
    expect(csv).toBe(fixture('SMDBV004.data.csv'));
    expect(server.requests).toEqual([
      { path: '/tableinfo', body: { table: 'SMDBV004', format: 'JSON', lang: 'da' } },
      {
        path: '/data',
        body: {
          table: 'SMDBV004',
          format: 'CSV',
          lang: 'da',
          valuePresentation: 'Code',
          variables: SELECTION,
        },
      },
    ]);
  });

  it('retries a 500 and succeeds on the next attempt', async () => {
    const { client, retries, server } = await clientFor((req, n) =>
      req.path === '/data' && n === 1 ? { status: 500, body: 'Internal Server Error' } : undefined,
    );
    expect(await client.data('SMDBV004', SELECTION)).toBe(fixture('SMDBV004.data.csv'));
    expect(server.requests.filter((r) => r.path === '/data')).toHaveLength(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toContain('SMDBV004: Danmarks Statistik svarede HTTP 500');
  });

  it('retries a 429, honouring Retry-After', async () => {
    const { client, server } = await clientFor((req, n) =>
      n === 1 ? { status: 429, body: '', headers: { 'retry-after': '0' } } : undefined,
    );
    await expect(client.tableinfo('SMDBV004')).resolves.toMatchObject({ id: 'SMDBV004' });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the last retry of a persistent 500, saying how often it tried', async () => {
    const { client, server } = await clientFor(() => ({
      status: 503,
      body: 'Service Unavailable',
    }));
    const error = await client.data('SMDBV004', SELECTION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankHttpError);
    expect((error as Error).message).toBe(
      'SMDBV004: Danmarks Statistik svarede HTTP 503 på /data (Service Unavailable) (3 forsøg)',
    );
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 400 and passes on DST’s message for an unknown table', async () => {
    const { client, server } = await clientFor();
    const error = await client.tableinfo('NOPE1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankHttpError);
    expect((error as Error).message).toBe(
      'NOPE1: Danmarks Statistik afviste forespørgslen på /tableinfo (HTTP 400): EXTRACT-NOTFOUND: Tabel findes ikke: NOPE1',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('times out on a server that never answers, and fails cleanly', async () => {
    const { client, server } = await clientFor(() => 'hang', { retries: 1, timeoutMs: 150 });
    const started = Date.now();
    const error = await client.tableinfo('SMDBV004').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankTimeoutError);
    expect((error as Error).message).toMatch(
      /^SMDBV004: intet svar fra Danmarks Statistik \(127\.0\.0\.1:\d+\/tableinfo\) inden for 150 ms \(2 forsøg\)$/,
    );
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('reports a closed port as unreachable in one line', async () => {
    const port = await closedPort();
    const client = createStatbankClient({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      retries: 1,
      backoffMs: 1,
    });
    const error = await client.tableinfo('SMDBV004').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankUnreachableError);
    expect((error as Error).message).toBe(
      `Kan ikke nå Danmarks Statistik (127.0.0.1:${port}): ECONNREFUSED`,
    );
  });

  it('refuses tableinfo that is not JSON, and JSON where CSV was asked for', async () => {
    const { client } = await clientFor((req) =>
      req.path === '/tableinfo'
        ? { status: 200, body: '<html>' }
        : { status: 200, body: '{"a":1}' },
    );
    await expect(client.tableinfo('SMDBV004')).rejects.toThrow(
      'SMDBV004: /tableinfo svarede ikke med JSON',
    );
    await expect(client.data('SMDBV004', SELECTION)).rejects.toThrow(
      'SMDBV004: /data svarede med JSON/XML',
    );
  });

  it('builds a GET address that reproduces the request', () => {
    expect(statbankDataUrl('https://api.statbank.dk/v1/', 'SMDBV004', SELECTION)).toBe(
      'https://api.statbank.dk/v1/data/SMDBV004/CSV?lang=da&valuePresentation=Code&OMR%C3%85DE=*&VENTETIDGARANTI=OKPCT&Tid=*',
    );
  });
});
