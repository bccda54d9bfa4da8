import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { axeViolations } from './axe.ts';
import { openPage, startHarness, type Harness } from './harness.ts';

/**
 * A pledge with a measure but no figures yet, found in the built catalogue rather than named:
 * when its figures are published, another such pledge takes its place (and when none is left,
 * there is no such page to check).
 */
function pledgeWithoutData(): string | null {
  const file = 'dist/data/catalogue.json';
  if (!existsSync(file)) return null;
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  const waiting = catalogue.pledges.find(
    (p) => p.measure && (catalogue.series[p.id]?.observations.length ?? 0) === 0,
  );
  return waiting?.id ?? null;
}

const WITHOUT_DATA = pledgeWithoutData();

const PAGES: [string, string, string][] = [
  ['overview', '/', 'pledge-list'],
  ['filtered overview', '/?k=751&theme=homelessness', 'pledge-list'],
  [
    'pledge with chart and comparison',
    '/?p=aarhus-tema-flere-hjemloese-i-egen-bolig&cp=2022',
    'ranked-dot-plot',
  ],
  ...(WITHOUT_DATA
    ? [
        ['pledge without data', `/?p=${WITHOUT_DATA}&lang=en`, 'no-data'] as [
          string,
          string,
          string,
        ],
      ]
    : []),
  ['municipality scorecard', '/?kommune=851', 'scorecard'],
  ['method page', '/?page=method', 'method-page'],
  ['embed', '/embed/aarhus-tema-flere-hjemloese-i-egen-bolig/', 'pledge-card'],
  [
    'static pledge page (app taken over)',
    '/p/aarhus-tema-flere-hjemloese-i-egen-bolig/',
    'pledge-page',
  ],
  ['printable summary', '/?p=aarhus-tema-flere-hjemloese-i-egen-bolig&print=1', 'print-summary'],
];

// axe-core's WCAG 2.1 A and AA rules on every page, in both colour schemes.
describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s has no violations (${scheme})`, async (_name, path, testid) => {
      const { page, errors } = await openPage(h);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(h.origin + path);
      await page.getByTestId(testid).first().waitFor();
      // Bring in what loads as the reader scrolls near it (map, sharing, councillor tools).
      for (const host of ['map-host', 'tools-host']) {
        const el = page.getByTestId(host);
        if ((await el.count()) > 0) await el.first().scrollIntoViewIfNeeded();
      }
      await page.waitForLoadState('networkidle');
      // Open every disclosure so the tables and notes inside are checked too.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('would catch a violation (the check itself works)', async () => {
    const { page } = await openPage(h);
    await page.goto(h.origin + '/');
    await page.getByTestId('pledge-list').waitFor();
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.appendChild(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
  });
});
