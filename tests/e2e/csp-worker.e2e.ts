/**
 * The policy as HTTP headers (vite preview here; public/_headers for static hosts): it binds the
 * engine's worker, which a <meta> policy cannot, and it forbids framing the app while embeds stay
 * frameable. These tests need headers only, so they hold with a worker started from its own
 * script or from a blob: URL.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingRules, parseHeadersFile } from '../../scripts/lib/csp.ts';
import { explorerReady, openPage, startHarness, type Harness } from './harness.ts';

const PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';

/** A server on another loopback origin that counts every request it receives. */
async function startCounter(): Promise<{ server: Server; origin: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/javascript' });
    res.end('self.__leaked = true;');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

/** A page on its own origin that frames `src`, as a clickjacking page would. */
async function startFramer(src: string): Promise<{ server: Server; origin: string }> {
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Ramme</title></head>
<body><iframe id="target" src="${src}" style="width:800px;height:600px;opacity:0.01"></iframe></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function engineWorker(page: Page): Promise<Worker> {
  await explorerReady(page);
  const worker = page.workers().find((w) => /duckdb|^blob:/.test(w.url()));
  if (!worker) throw new Error(`no engine worker among ${page.workers().map((w) => w.url())}`);
  return worker;
}

describe('the policy as headers: the worker, framing and embeds', () => {
  let h: Harness;
  let counter: Awaited<ReturnType<typeof startCounter>>;
  let framer: Awaited<ReturnType<typeof startFramer>>;
  beforeAll(async () => {
    h = await startHarness();
    counter = await startCounter();
    framer = await startFramer(`${h.origin}/`);
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => counter?.server.close(r));
    await new Promise((r) => framer?.server.close(r));
  });

  it('blocks a request from inside the engine worker to another origin', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?page=explore`);
    const worker = await engineWorker(page);
    const attempts = await worker.evaluate(async (origin) => {
      const outcome: Record<string, string> = {};
      try {
        await fetch(`${origin}/fetch`);
        outcome.fetch = 'sent';
      } catch {
        outcome.fetch = 'blocked';
      }
      try {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', `${origin}/xhr`, false);
        xhr.send();
        outcome.xhr = 'sent';
      } catch {
        outcome.xhr = 'blocked';
      }
      try {
        (self as unknown as { importScripts(url: string): void }).importScripts(
          `${origin}/script.js`,
        );
        outcome.importScripts = 'sent';
      } catch {
        outcome.importScripts = 'blocked';
      }
      return outcome;
    }, counter.origin);
    expect(attempts).toEqual({ fetch: 'blocked', xhr: 'blocked', importScripts: 'blocked' });
    // Give a request that slipped through time to arrive before saying none did.
    await new Promise((r) => setTimeout(r, 300));
    expect(counter.hits).toEqual([]);
    // The engine itself still works under the same policy.
    await page.getByTestId('run-query').click();
    await page.getByTestId('results-grid').waitFor();
  });

  it('sends the app policy with frame-ancestors on every app file, the worker script included', async () => {
    const assets = readdirSync('dist/assets');
    const worker = assets.find((f) => /worker.*\.js$/.test(f));
    expect(worker).toBeDefined();
    for (const path of ['/', '/index.html', `/p/${PLEDGE}/`, `/assets/${worker}`]) {
      const response = await fetch(h.origin + path);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).toContain("worker-src 'self' blob:");
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('sends embeds their own policy, without a framing restriction', async () => {
    const embed = readFileSync(`dist/embed/${PLEDGE}/index.html`, 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(embed)?.[1];
    for (const path of [`/embed/${PLEDGE}/`, '/embed/resize.js']) {
      const response = await fetch(h.origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(meta);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
    }
  });

  it('covers every built file with exactly one rule of _headers', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const files = filesUnder('dist')
      .map((f) => '/' + relative('dist', f).split('\\').join('/'))
      .filter((f) => f !== '/_headers');
    const urls = [
      ...files,
      ...files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -10)),
    ];
    const uncovered = urls.filter((url) => matchingRules(url, rules).length !== 1);
    expect(uncovered).toEqual([]);
  });

  it('does not let a page on another origin frame the app', async () => {
    const { page } = await openPage(h);
    // goto waits for the frame's load too, so by now its document, if allowed, is parsed and run.
    await page.goto(`${framer.origin}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    // The browser refused the document (frame-ancestors): neither the app nor our own notice.
    expect(frame!.url()).not.toContain(h.origin);
    expect(await frame!.locator('#app').count()).toBe(0);
    expect(await frame!.getByTestId('framed-open').count()).toBe(0);
  });

  it('on a host without headers, the framed app shows only a link to open it in its own tab', async () => {
    const { page } = await openPage(h);
    // Strip the headers as GitHub Pages would serve the same files: only the <meta> policy remains.
    await page.context().route(`${h.origin}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      delete headers['x-frame-options'];
      await route.fulfill({ response, headers });
    });
    await page.goto(`${framer.origin}/`);
    const frame = page.frameLocator('#target');
    const link = frame.getByTestId('framed-open');
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(`${h.origin}/`);
    await expect(frame.locator('body').textContent()).resolves.toMatch(/ramme/i);
    expect(await frame.locator('[data-testid="pledge-list"]').count()).toBe(0);
    expect(await frame.locator('#app').count()).toBe(0);
    // The same app opened on its own (not framed) still renders.
    await page.goto(`${h.origin}/`);
    await page.getByTestId('pledge-list').waitFor();
  });
});
