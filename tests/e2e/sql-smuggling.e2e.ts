/**
 * Issue 12 in the browser: shared explorer links that try to reach the network or rewrite the
 * session's tables, opened while an outside loopback server (another port) counts every request
 * it gets. It must get none, and the tables must not change. The SQL is written for this test.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  explorerReady,
  exploreUrl,
  typeQuery,
  foreignRequests,
  openPage,
  startHarness,
  type Harness,
} from './harness.ts';

const explore = (sql: string) => exploreUrl(sql);

// DuckDB 0.9.1 makes these spaces before lexing; JavaScript's \s and DuckDB disagree on the rest.
const DUCKDB_SPACES = [
  0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x200b, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
].map((c) => String.fromCodePoint(c));
const JS_ONLY_SPACES = ['\u2028', '\u2029', '\u1680', '\u0085'];
const FORGED = -987654;

const ready = (page: Page) => explorerReady(page, 60_000);

/** Opens an explorer link inside the running app (as back/forward would), so the engine stays. */
async function follow(page: Page, path: string): Promise<void> {
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

describe('explorer links cannot smuggle statements or reach the network (issue 12)', () => {
  let h: Harness;
  let outside: Server;
  let outsideOrigin: string;
  const hits: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    outside = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'access-control-allow-origin': '*' });
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((r) => outside.listen(0, '127.0.0.1', r));
    outsideOrigin = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => outside?.close(r));
  });

  it('refuses every unicode-space variant from a link, and nothing leaves or changes', async () => {
    const { page, requests, errors } = await openPage(h);
    const attach = `ATTACH $$${outsideOrigin}/x.db$$ AS y`;
    const writes = `COMMIT ; UPDATE observations SET value = ${FORGED} ; CREATE TABLE smuggled AS SELECT 1`;
    const variants = [
      ...DUCKDB_SPACES.flatMap((c) => [
        `SELECT ${c}e'\\' AS note, ' ; ${attach} ; -- '`,
        `SELECT${c}e'\\' AS note, ' ; ${writes} ; -- '`,
      ]),
      ...JS_ONLY_SPACES.map((c) => `SELECT 1 AS a${c}e'\\' ; ${attach} ; ${writes} ; --'`),
    ];
    await page.goto(h.origin + explore(variants[0]!));
    await ready(page);
    for (const [i, sql] of variants.entries()) {
      if (i > 0) {
        // A harmless link in between clears the last refusal, so each one is seen afresh.
        await follow(page, explore(`SELECT 'variant ${i}' AS marker`));
        await expect
          .poll(() => page.getByTestId('results-grid').textContent())
          .toContain(`variant ${i}`);
        await follow(page, explore(sql));
      }
      await expect
        .poll(() => page.getByTestId('query-error').textContent(), { timeout: 20_000 })
        .toMatch(/én forespørgsel ad gangen/);
      await ready(page);
    }
    await typeQuery(
      page,
      `SELECT 'forged=' || count(*) FILTER (WHERE value = ${FORGED}) || ' smuggled=' ||
         (SELECT count(*) FROM duckdb_tables() WHERE table_name = 'smuggled') AS state
       FROM observations`,
    );
    await page.getByTestId('run-query').click();
    await expect
      .poll(() => page.getByTestId('results-grid').textContent())
      .toContain('forged=0 smuggled=0');
    expect(hits).toEqual([]);
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('a link with a UNION-named injection cannot reach the network through Hent Parquet', async () => {
    const { page, requests, errors } = await openPage(h);
    const name = `a INTEGER)); CREATE OR REPLACE TABLE export AS SELECT * FROM read_csv_auto('${outsideOrigin}/x.csv'); --`;
    const quoted = name.replaceAll('"', '""');
    await page.goto(h.origin + explore(`SELECT union_value("${quoted}" := 1) AS u LIMIT 0`));
    await ready(page);
    await page.getByTestId('export-parquet').click();
    await expect.poll(() => page.getByTestId('query-error').textContent()).toMatch(/UNION-kolonne/);
    // The same name as a struct field is only a name: the download is the query's own result.
    await follow(page, explore(`SELECT {"${quoted}": 1} AS s, 'x' AS v`));
    await expect.poll(() => page.getByTestId('query-status').textContent()).toMatch(/^1 række på/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-parquet').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(bytes.includes(Buffer.from('1,2'))).toBe(false);
    expect(hits).toEqual([]);
    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('runs the engine in a worker that is bound by the page policy: no fetch to another origin', async () => {
    const { page, requests } = await openPage(h);
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(h.origin + explore('SELECT 1 AS one'));
    await ready(page);
    expect(workers.length).toBeGreaterThan(0);
    // Every engine worker starts from a blob: URL, which inherits the page's CSP.
    for (const w of workers) expect(w.url()).toMatch(/^blob:/);
    const attempt = (w: Worker) =>
      w.evaluate(async (url) => {
        const out: string[] = [];
        try {
          await fetch(url);
          out.push('fetch reached it');
        } catch {
          out.push('fetch blocked');
        }
        try {
          const xhr = new XMLHttpRequest();
          xhr.open('GET', url, false);
          xhr.send();
          out.push('xhr reached it');
        } catch {
          out.push('xhr blocked');
        }
        return out;
      }, `${outsideOrigin}/from-worker`);
    for (const w of workers) expect(await attempt(w)).toEqual(['fetch blocked', 'xhr blocked']);
    expect(hits).toEqual([]);
    // DuckDB-WASM's own files still come from our origin.
    expect(requests.some((u) => u.startsWith(h.origin) && u.endsWith('.wasm'))).toBe(true);
    expect(requests.some((u) => u.startsWith(h.origin) && /duckdb.*worker.*\.js$/.test(u))).toBe(
      true,
    );
    // The browser reports the two blocked attempts as requests; nothing else left our origin.
    const foreign = foreignRequests(requests, h.origin);
    expect(foreign.filter((u) => !u.endsWith('/from-worker'))).toEqual([]);
  });
});
