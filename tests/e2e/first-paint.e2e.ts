/**
 * The prerendered pages (scripts/build-pages.ts): their content is in the first response and
 * shows without JavaScript, nothing else blocks its first paint, the Content-Security-Policy
 * allows their inline CSS and scripts by hash and nothing else inline, the app takes over from
 * them, and the old query links still open the same views.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { inlineBlocks } from '../../scripts/pages/inline-hash.ts';
import { scopesOnElements } from '../pages/scoped-classes.ts';
import {
  chartedPledge,
  foreignRequests,
  openPage,
  servedCatalogue,
  startHarness,
  type Harness,
} from './harness.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';

/** The kommune with the most pledges, so its scorecard has rows whatever the data holds. */
function busiestKommune(c: Catalogue): string {
  const counts = new Map<string, number>();
  for (const p of c.pledges) counts.set(p.kode, (counts.get(p.kode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Records CSP violations from the first script on, before the page's own. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('prerendered pages', () => {
  let h: Harness;
  let c: Catalogue;
  let pages: { name: string; path: string; query: string; content: string }[];
  beforeAll(async () => {
    h = await startHarness();
    c = await servedCatalogue(h);
    const kode = busiestKommune(c);
    const pledge = chartedPledge(c).id;
    pages = [
      { name: 'overview', path: '/', query: '/', content: '[data-testid="pledge-list"] li' },
      {
        name: 'kommune scorecard',
        path: `/kommune/${kode}/`,
        query: `/?kommune=${kode}`,
        content: '[data-testid="scorecard"]',
      },
      {
        name: 'method page',
        path: '/metode/',
        query: '/?page=method',
        content: '[data-testid="method-page"] h1',
      },
      {
        name: 'static pledge page',
        path: `/p/${pledge}/`,
        query: `/?p=${pledge}`,
        content: '[data-testid="pledge-chart"]',
      },
    ];
  });
  afterAll(async () => {
    await h?.close();
  });

  it('show their content without JavaScript, from the first response alone', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    try {
      for (const { name, path, content } of pages) {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (r) => {
          if (['stylesheet', 'script', 'font', 'image'].includes(r.resourceType()))
            requests.push(`${r.resourceType()} ${r.url()}`);
        });
        const response = await page.goto(h.origin + path);
        const html = (await response!.text()) ?? '';
        await page.locator(`#prerendered ${content}`).first().waitFor({ timeout: 5000 });
        const box = await page.locator(`#prerendered ${content}`).first().boundingBox();
        if (name === 'overview')
          expect(await page.locator(`#prerendered ${content}`).count()).toBe(c.pledges.length);
        expect(box?.height, name).toBeGreaterThan(0);
        // Nothing the first paint waits for: no stylesheet link, no classic script with a src.
        expect(html, name).not.toMatch(/<link[^>]*rel="stylesheet"/);
        expect(html, name).not.toMatch(/<script(?![^>]*type="module")[^>]*\ssrc=/);
        // Its own inline CSS styles every component on it (each kind of page carries only its
        // components' styles): every scoped class on an element is selected there.
        const css = inlineBlocks(html).styles.join('');
        const scopes = scopesOnElements(html);
        expect(scopes.size, name).toBeGreaterThan(0);
        expect(
          [...scopes].filter((scope) => !css.includes(`.${scope}`)),
          name,
        ).toEqual([]);
        expect(
          requests.filter((r) => !r.startsWith('script')),
          name,
        ).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('are accessible as prerendered, before the app takes over (axe)', async () => {
    // axe needs the page's timers, which a context without JavaScript stops; so the page runs
    // scripts, but the app's own never load.
    const context = await h.browser.newContext();
    await context.route('**/assets/*.js', (route) => route.abort());
    try {
      for (const { name, path, content } of pages) {
        const page = await context.newPage();
        await page.goto(h.origin + path);
        await page.locator(`#prerendered ${content}`).first().waitFor();
        expect(await axeViolations(page), name).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('let the app take over with no policy violation and no request off the origin', async () => {
    for (const { name, path, content } of pages) {
      const { page, requests, errors } = await openPage(h);
      const violations = await watchViolations(page);
      await page.goto(h.origin + path);
      await page.locator('#prerendered').waitFor({ state: 'detached' });
      await page.locator(`#app ${content}`).first().waitFor();
      // The app runs at the root with the query the path stands for.
      expect(new URL(page.url()).pathname, name).toBe('/');
      expect(await page.locator('main').count(), name).toBe(1);
      expect(await violations(), name).toEqual([]);
      expect(foreignRequests(requests, h.origin), name).toEqual([]);
      expect(
        requests.some((u) => u.endsWith('.wasm')),
        name,
      ).toBe(false);
      expect(errors, name).toEqual([]);
      await page.context().close();
    }
  });

  it('block inline style and script that the policy names no hash for', async () => {
    for (const path of ['/', pages[1]!.path, `/embed/${chartedPledge(c).id}/`]) {
      const { page } = await openPage(h);
      const violations = await watchViolations(page);
      await page.goto(h.origin + path);
      await page.waitForLoadState('load');
      const result = await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { color: rgb(1, 2, 3) !important; }';
        document.head.appendChild(style);
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.appendChild(script);
        return {
          styled: getComputedStyle(document.body).color === 'rgb(1, 2, 3)',
          ran: (window as unknown as { __ran?: boolean }).__ran === true,
        };
      });
      expect(result, path).toEqual({ styled: false, ran: false });
      const seen = await violations();
      expect(
        seen.some((v) => v.startsWith('style-src')),
        path,
      ).toBe(true);
      expect(
        seen.some((v) => v.startsWith('script-src')),
        path,
      ).toBe(true);
      await page.context().close();
    }
  });

  it('name in their policy exactly the inline elements they hold, in header and <meta> alike', async () => {
    for (const path of [...pages.map((p) => p.path), `/embed/${chartedPledge(c).id}/`]) {
      const response = await fetch(h.origin + path);
      const html = await response.text();
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header.replace(/; frame-ancestors 'none'$/, ''), path).toBe(meta);
      expect(meta, path).not.toMatch(/(script|style)-src [^;]*'unsafe-inline'/);
      expect(meta, path).toMatch(/style-src 'self' 'sha256-/);
    }
  });

  it('filters on the overview once the app has taken over', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/`);
    // The prerendered search box is disabled: typing waits for the live one.
    await page.getByTestId('filter-q').fill('zzzz-no-pledge-says-this');
    await page.getByTestId('empty-result').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('zzzz-no-pledge-says-this');
    expect(await page.locator('#prerendered').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the old query links, and sends those of prerendered pages to them', async () => {
    for (const { name, path, query, content } of pages.slice(1)) {
      const { page, errors } = await openPage(h);
      const documents: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
      });
      await page.goto(h.origin + query);
      await page.locator(`#app ${content}`).first().waitFor();
      // The root page's head script went on to the prerendered page before painting anything.
      expect(documents, name).toEqual(['/', path]);
      expect(page.url(), name).toBe(h.origin + query);
      expect(errors, name).toEqual([]);
      await page.context().close();
    }
  });

  it('follows only links to pages the build wrote, and keeps the rest of the query', async () => {
    const pledge = chartedPledge(c).id;
    const cases: [string, string[], string][] = [
      // English: the prerendered page is Danish, so it stays hidden and the app draws English.
      [`/?p=${pledge}&lang=en`, ['/', `/p/${pledge}/`], '[data-testid="pledge-page"]'],
      // A well-formed id the catalogue lacks: the app says so; no request for a missing page.
      ['/?p=no-such-pledge-at-all', ['/'], 'main h1'],
      // Not an id at all: never turned into a path.
      ['/?p=..%2F..%2Fetc', ['/'], '[data-testid="pledge-list"]'],
      ['/?kommune=999', ['/'], 'main h1'],
    ];
    for (const [url, expected, content] of cases) {
      const { page, errors } = await openPage(h);
      const documents: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
      });
      await page.goto(h.origin + url);
      await page.locator(`#app ${content}`).first().waitFor();
      expect(documents, url).toEqual(expected);
      expect(await page.locator('#prerendered').count(), url).toBe(0);
      expect(errors, url).toEqual([]);
      await page.context().close();
    }
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?p=${pledge}&lang=en`);
    await page.locator('#app [data-testid="pledge-page"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('fit a 360 px phone: no pledge page or embed scrolls sideways', async () => {
    const overflow = (page: Page) =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    const wide: string[] = [];
    // Every pledge's static page and embed as the first response has them (scripts off).
    const still = await h.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await still.newPage();
    await page.route('**/*.js', (route) => route.abort());
    for (const p of c.pledges) {
      for (const path of [`/p/${p.id}/`, `/embed/${p.id}/`]) {
        await page.goto(h.origin + path);
        if ((await overflow(page)) > 0) wide.push(`${path}: ${await overflow(page)} px`);
      }
    }
    await still.close();
    // The app's page, in both languages, for the headlines with the longest words.
    const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((w) => w.length));
    const longest = [...c.pledges]
      .sort((a, b) => longestWord(b.headline?.da ?? '') - longestWord(a.headline?.da ?? ''))
      .slice(0, 4);
    const app = await h.browser.newContext({ viewport: { width: 360, height: 800 } });
    const appPage = await app.newPage();
    for (const p of longest) {
      for (const path of [`/?p=${p.id}`, `/?p=${p.id}&lang=en`]) {
        await appPage.goto(h.origin + path);
        await appPage.getByTestId('pledge-headline').waitFor();
        if ((await overflow(appPage)) > 0) wide.push(`${path}: ${await overflow(appPage)} px`);
      }
    }
    await app.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it('writes a page for every kommune and pledge in the catalogue', () => {
    for (const k of c.kommuner)
      expect(readFileSync(`dist/kommune/${k.kode}/index.html`, 'utf8'), k.kode).toContain(
        `data-view="?kommune=${k.kode}"`,
      );
    for (const p of c.pledges)
      expect(readFileSync(`dist/p/${p.id}/index.html`, 'utf8'), p.id).toContain(
        `data-view="?p=${p.id}"`,
      );
  });
});
