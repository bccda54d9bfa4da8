/**
 * A small static file server for the benchmark, so transfer sizes are what a real static host
 * sends: text types and the wasm gzip-compressed (level 9, cached after the first request, so
 * compressing never shows up in a timing), Parquet as is (it is ZSTD inside already). vite
 * preview is not used for timing because its compression and caching are not a host's.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.parquet': 'application/vnd.apache.parquet',
};

/** The Content-Type for a file name; unknown extensions are plain bytes. */
export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Whether a static host would gzip this type. The wasm counts: common hosts and CDNs compress
 * application/wasm, and compressing it makes the engine-first page look better, not worse, so the
 * ratios we report are on the cautious side.
 */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim();
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'image/svg+xml' ||
    type === 'application/wasm'
  );
}

/**
 * The file a URL path names under root, or null when it escapes root or names nothing.
 * A directory serves its index.html, as static hosts do for /p/<id>/.
 */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  if (path !== normalize(root) && !path.startsWith(base)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : null;
  }
  return path;
}

export interface StaticServer {
  origin: string;
  /** Compresses every compressible file under root now, so no timed request waits for gzip. */
  precompress(): void;
  close(): Promise<void>;
}

/** Serves root on 127.0.0.1 on a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const gzCache = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipped = (file: string, mtimeMs: number): Buffer => {
    const hit = gzCache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.body;
    const body = gzipSync(readFileSync(file), { level: 9 });
    gzCache.set(file, { mtimeMs, body });
    return body;
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = contentTypeFor(file);
    const stat = statSync(file);
    // Every run starts a fresh browser context, so caching would never help; say so anyway.
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (isCompressible(type) && acceptsGzip) {
      const body = gzipped(file, stat.mtimeMs);
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const server = createServer(handle);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    precompress() {
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        if (isCompressible(contentTypeFor(file))) gzipped(file, statSync(file).mtimeMs);
      }
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : done()));
      }),
  };
}
