/**
 * The pledge finder page in Chromium against the production build: a seed's text pasted in gives
 * the same candidates as the shared core in Node, files open (text, HTML, and a PDF read by
 * pdfjs-dist in its worker under the page's CSP), the YAML downloads, the page is axe-clean and
 * keyboard-usable, and not one request leaves the origin. The .txt, .html and .pdf are synthetic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { proposePledges } from '../../src/finder/propose-pledges.ts';
import { syntheticPdf } from '../finder/synthetic-pdf.ts';
import { axeViolations } from './axe.ts';
import { foreignRequests, openPage, startHarness, type Harness } from './harness.ts';

const catalogue = JSON.parse(readFileSync('dist/data/catalogue.json', 'utf8')) as Catalogue;
const kommuner = catalogue.kommuner.filter((k) => k.kode !== '000');
const seedName = readdirSync('data/seeds').filter((f) => f.endsWith('.txt'))[0] ?? '';
const seedText = readFileSync(join('data/seeds', seedName), 'utf8');

async function openFinder(h: Harness) {
  const tracked = await openPage(h);
  const csp: string[] = [];
  tracked.page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await tracked.page.goto(`${h.origin}/?page=finder`);
  await tracked.page.getByTestId('finder-page').waitFor();
  return { ...tracked, csp };
}

async function shownQuotes(page: Page): Promise<string[]> {
  return page.getByTestId('finder-quote').allTextContents();
}

async function openFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByTestId('finder-file').setInputFiles({ name, mimeType, buffer });
  await page
    .getByTestId('finder-status')
    .filter({ hasText: `${name} er læst` })
    .waitFor();
}

describe('the pledge finder page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds in a pasted seed the same candidates as the CLI, and downloads them as YAML', async () => {
    const { page, requests, errors, csp } = await openFinder(h);
    await page.getByLabel('Dokumentets tekst').fill(seedText);
    await page.getByTestId('finder-run').click();
    await page.getByTestId('finder-results').waitFor();
    const expected = proposePledges(seedText, { kommuner }).candidates.map((c) => c.quote);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownQuotes(page)).toEqual(expected);
    await expect
      .poll(() => page.getByTestId('finder-status').textContent())
      .toContain(`${expected.length} mulige løfter`);

    // Leave the first candidate out, then download.
    await page.getByTestId('finder-include').first().click();
    expect(await page.getByTestId('finder-include').first().getAttribute('aria-pressed')).toBe(
      'false',
    );
    await expect
      .poll(() => page.getByTestId('finder-chosen').textContent())
      .toBe(`${expected.length - 1} af ${expected.length} er valgt.`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('finder-download').click(),
    ]);
    const yaml = readFileSync((await download.path()) ?? '', 'utf8');
    const file = parse(yaml) as { document: { kode: string }; pledges: { quote: string }[] };
    expect(file.pledges.map((p) => p.quote)).toEqual(expected.slice(1));
    expect(file.document.kode).toMatch(/^\d{3}$/);
    expect(download.suggestedFilename()).toMatch(/\.yaml$/);

    expect(foreignRequests(requests, h.origin)).toEqual([]);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('opens a text, an HTML and a PDF file, and reads nothing from the network', async () => {
    const { page, requests, errors, csp } = await openFinder(h);
    const before = requests.length;

    await openFile(
      page,
      'syntetisk.txt',
      'text/plain',
      Buffer.from('Testprogram.\n\nVi skal bygge 100 nye boliger inden 2030.', 'utf8'),
    );
    expect(await shownQuotes(page)).toEqual(['Vi skal bygge 100 nye boliger inden 2030.']);
    expect(await page.getByLabel('Dokumentets tekst').inputValue()).toContain('Testprogram.');

    await openFile(
      page,
      'syntetisk.html',
      'text/html',
      Buffer.from(
        '<html><head><title>x</title></head><body><h1>Plan</h1><ul><li>Der skal &aring;bnes et v&aelig;rested.</li></ul></body></html>',
        'utf8',
      ),
    );
    expect(await shownQuotes(page)).toEqual(['Der skal åbnes et værested.']);

    await openFile(
      page,
      'syntetisk.pdf',
      'application/pdf',
      Buffer.from(syntheticPdf([['I 2027 tilføres 4 mio. kr. til værestederne.']])),
    );
    expect(await shownQuotes(page)).toEqual(['I 2027 tilføres 4 mio. kr. til værestederne.']);
    expect(await page.getByTestId('finder-kind').first().textContent()).toContain(
      'Beløb i budgettet',
    );

    // Only our own files were fetched to read them (the page's code, pdf.js and its worker).
    expect(foreignRequests(requests.slice(before), h.origin)).toEqual([]);
    expect(requests.slice(before).some((u) => /pdf\.worker/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('says why a PDF could not be read, and keeps the text that was there', async () => {
    const { page } = await openFinder(h);
    await page.getByLabel('Dokumentets tekst').fill('Vi skal beholde denne tekst.');
    await page.getByTestId('finder-file').setInputFiles({
      name: 'ødelagt.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 nej'),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('kunne ikke læses som PDF');
    expect(await page.getByLabel('Dokumentets tekst').inputValue()).toBe(
      'Vi skal beholde denne tekst.',
    );
  });

  it('works from the keyboard', async () => {
    const { page } = await openFinder(h);
    await page.getByLabel('Dokumentets tekst').focus();
    await page.keyboard.insertText('Vi vil åbne et sundhedsrum.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'finder-run',
    );
    await page.keyboard.press('Enter');
    expect(await shownQuotes(page)).toEqual(['Vi vil åbne et sundhedsrum.']);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with candidates shown, in Danish and English (${scheme})`, async () => {
      for (const lang of ['', '&lang=en']) {
        const { page } = await openPage(h);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${h.origin}/?page=finder${lang}`);
        await page.getByTestId('finder-page').waitFor();
        await page.getByTestId('finder-text').fill(seedText);
        await page.getByTestId('finder-run').click();
        await page.getByTestId('finder-candidate').first().waitFor();
        await page.getByTestId('finder-include').first().click();
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  }
});
