/**
 * A local stand-in for api.statbank.dk/v1 on 127.0.0.1 (port 0), replaying the SYNTHETIC fixtures
 * in tests/fixtures/statbank/ with DST's real headers (JSON is served as `text/json`). A test can override any request (fail with 500, hang, serve a
 * broken CSV) and inspect the requests the importer made.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/statbank/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export interface FakeRequest {
  path: string;
  body: {
    table?: string;
    format?: string;
    valuePresentation?: string;
    variables?: { code: string; values: string[] }[];
  };
}

export interface FakeReply {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Return a reply to override the fixture, 'hang' to never answer, 'endless' to send a 200 whose
 * body never ends, or undefined for the default.
 */
export type Override = (
  request: FakeRequest,
  count: number,
) => FakeReply | 'hang' | 'endless' | undefined;

export interface FakeStatbank {
  baseUrl: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeStatbank(override?: Override): Promise<FakeStatbank> {
  const requests: FakeRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').replace(/^\/v1/, '').split('?')[0] ?? '';
      let body: FakeRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeRequest['body'];
      } catch {
        // leave empty; the default reply below turns it into a 400
      }
      const request = { path, body };
      requests.push(request);
      const reply =
        override?.(request, requests.filter((r) => r.path === path).length) ??
        defaultReply(request);
      if (reply === 'hang') return; // keep the socket open and never answer
      if (reply === 'endless') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        const chunk = '101;2024;1\r\n'.repeat(10_000);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
        return;
      }
      res.writeHead(reply.status, {
        'content-type': reply.contentType ?? 'text/plain; charset=utf-8',
        ...reply.headers,
      });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function defaultReply(request: FakeRequest): FakeReply {
  const table = request.body.table ?? '';
  const name =
    request.path === '/tableinfo'
      ? `${table}.tableinfo.json`
      : request.path === '/data'
        ? `${table}.data.csv`
        : '';
  if (name !== '' && existsSync(`${FIXTURES}${name}`)) {
    const json = name.endsWith('.json');
    return {
      status: 200,
      body: fixture(name),
      contentType: json ? 'text/json; charset=utf-8' : 'text/csv; charset=utf-8',
    };
  }
  return {
    status: 400,
    body: fixture('unknown-table.error.json'),
    contentType: 'text/json; charset=utf-8',
  };
}

/** A port on 127.0.0.1 that nothing listens on, for the offline case. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
