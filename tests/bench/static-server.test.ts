import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  contentTypeFor,
  isCompressible,
  resolveFile,
  startStaticServer,
  type StaticServer,
} from '../../scripts/bench/static-server.ts';

describe('contentTypeFor and isCompressible', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', true],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8', true],
    ['card.css', 'text/css; charset=utf-8', true],
    ['data/catalogue.json', 'application/json; charset=utf-8', true],
    ['data/kommuner.topojson', 'application/json; charset=utf-8', true],
    ['assets/duckdb-eh.wasm', 'application/wasm', true],
    ['data/observations.parquet', 'application/vnd.apache.parquet', false],
    ['p/x/og.png', 'image/png', false],
    ['LICENSE', 'application/octet-stream', false],
  ])('%s is %s (gzip: %s)', (path, type, gzip) => {
    expect(contentTypeFor(path)).toBe(type);
    expect(isCompressible(type)).toBe(gzip);
  });
});

describe('resolveFile', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(root, 'p', 'some-pledge'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>root</p>');
    writeFileSync(join(root, 'p', 'some-pledge', 'index.html'), '<p>pledge</p>');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves a directory by its index.html, ignoring the query', () => {
    expect(resolveFile(root, '/?p=x')).toBe(join(root, 'index.html'));
    expect(resolveFile(root, '/p/some-pledge/')).toBe(join(root, 'p', 'some-pledge', 'index.html'));
  });

  it.each(['/../etc/passwd', '/p/../../x', '/%2e%2e/x', '/missing.js', '/%zz', '/a%00b'])(
    'serves nothing for %s',
    (path) => {
      expect(resolveFile(root, path)).toBeNull();
    },
  );
});

describe('startStaticServer', () => {
  let root: string;
  let server: StaticServer;
  const html = '<!doctype html><p>' + 'Løftetjek '.repeat(200) + '</p>';
  const parquet = Buffer.from('PAR1' + 'x'.repeat(500) + 'PAR1');
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bench-server-'));
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'x.parquet'), parquet);
    server = await startStaticServer(root);
    server.precompress();
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const fetchRaw = (path: string, gzip = true) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done) => {
      get(
        server.origin + path,
        { headers: gzip ? { 'accept-encoding': 'gzip, deflate, br' } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
    });

  it('gzips HTML for a browser that accepts it, with the compressed length', async () => {
    const r = await fetchRaw('/');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(html));
    expect(gunzipSync(r.body).toString('utf8')).toBe(html);
  });

  it('sends HTML as is to a client that does not accept gzip', async () => {
    const r = await fetchRaw('/', false);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString('utf8')).toBe(html);
  });

  it('sends Parquet uncompressed', async () => {
    const r = await fetchRaw('/x.parquet');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(r.body.equals(parquet)).toBe(true);
  });

  it('answers 404 for a missing file', async () => {
    expect((await fetchRaw('/nope.js')).status).toBe(404);
  });
});
