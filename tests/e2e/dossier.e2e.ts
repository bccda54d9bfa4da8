/**
 * The council dossier and the one-page print summary in Chromium, against the built catalogue:
 * pledges are picked by their properties, never by id, so new data never breaks these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { axeViolations } from './axe.ts';
import { figuresOf, openPage, servedCatalogue, startHarness, type Harness } from './harness.ts';

/** Pages in a PDF: its /Type /Page objects, not the /Pages tree. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function pdfOf(page: Page, path: string, ready: string): Promise<Buffer> {
  await page.goto(path);
  await page.getByTestId(ready).first().waitFor();
  // Charts draw after the data; wait until every entry's card is there.
  await page.waitForLoadState('networkidle');
  return page.pdf({ format: 'A4' });
}

const size = (p: Pledge): number => JSON.stringify(p).length;

describe('council dossier', () => {
  let h: Harness;
  let c: Catalogue;
  /** The kommune with the most pledges, and its pledges. */
  let kode: string;
  let ofKommune: Pledge[];
  beforeAll(async () => {
    h = await startHarness();
    c = await servedCatalogue(h);
    const counts = new Map<string, number>();
    for (const p of c.pledges) counts.set(p.kode, (counts.get(p.kode) ?? 0) + 1);
    kode = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    ofKommune = c.pledges.filter((p) => p.kode === kode);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ticks all of a kommune’s pledges and shows each with its questions', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.origin}/?page=dossier`);
    await page.getByTestId('dossier-picker').waitFor();
    await expect(page.getByTestId('dossier-entry').count()).resolves.toBe(0);
    const group = page.locator(`[data-testid="dossier-kommune"][data-kode="${kode}"]`);
    await group.getByTestId('select-kommune').click();
    await page.getByTestId('dossier-entry').first().waitFor();
    await expect(page.getByTestId('dossier-entry').count()).resolves.toBe(ofKommune.length);
    const ids = new URL(page.url()).searchParams.get('ids')!.split(',');
    expect(new Set(ids)).toEqual(new Set(ofKommune.map((p) => p.id)));
    for (const entry of await page.getByTestId('dossier-entry').all()) {
      await expect(
        entry.locator('[data-testid="dossier-questions"] li').count(),
      ).resolves.toBeGreaterThan(0);
    }
    // Unticking one takes it out of the document and the link.
    await group.getByTestId('dossier-choice').first().uncheck();
    await expect(page.getByTestId('dossier-entry').count()).resolves.toBe(ofKommune.length - 1);
    expect(errors).toEqual([]);
  });

  it('chooses all of one document’s pledges, in print order', async () => {
    const { page } = await openPage(h);
    const doc = c.documents.find((d) => c.pledges.filter((p) => p.documentId === d.id).length > 1)!;
    const ofDoc = c.pledges.filter((p) => p.documentId === doc.id);
    await page.goto(`${h.origin}/?page=dossier`);
    await page
      .locator(`[data-testid="dossier-document-group"][data-doc="${doc.id}"]`)
      .getByTestId('select-document')
      .click();
    await page.getByTestId('dossier-entry').first().waitFor();
    const shown = await page
      .getByTestId('dossier-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual(ofDoc.map((p) => p.id));
    await expect(page.getByTestId('dossier-title-line').textContent()).resolves.toContain(
      doc.title,
    );
  });

  it('prints every chosen pledge with its questions, each on a page of its own', async () => {
    const { page } = await openPage(h);
    const path = `${h.origin}/?page=dossier&ids=${ofKommune.map((p) => p.id).join(',')}`;
    await page.goto(path);
    await page.getByTestId('dossier-entry').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('dossier-picker').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('dossier-print').isVisible()).resolves.toBe(false);
    const entries = page.getByTestId('dossier-entry');
    await expect(entries.count()).resolves.toBe(ofKommune.length);
    for (const entry of await entries.all()) {
      await expect(entry.isVisible()).resolves.toBe(true);
      await expect(entry.getByTestId('dossier-questions').isVisible()).resolves.toBe(true);
    }
    const line = await page.getByTestId('dossier-title-line').textContent();
    expect(line).toMatch(
      /Løftetjek-dossier: .+ · udskrevet \d{1,2}\. [a-z]+\.? \d{4} · \d+ løfter?/,
    );
    expect(line).toContain(String(ofKommune.length));
    await page.emulateMedia({ media: null });
    const pdf = await pdfOf(page, path, 'dossier-entry');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(ofKommune.length);
  });

  it('reports ids it does not know and skips malformed ones, printing the rest', async () => {
    const { page, errors } = await openPage(h);
    const known = c.pledges[0]!.id;
    await page.goto(
      `${h.origin}/?page=dossier&ids=no-such-pledge,${known},%3Cscript%3E,${'a'.repeat(300)}`,
    );
    await page.getByTestId('dossier-entry').first().waitFor();
    await expect(page.getByTestId('dossier-entry').count()).resolves.toBe(1);
    await expect(page.getByTestId('dossier-unknown').textContent()).resolves.toContain(
      'no-such-pledge',
    );
    await expect(page.getByTestId('dossier-ignored').textContent()).resolves.toMatch(/^\s*2 /);
    expect(errors).toEqual([]);
  });

  it('is reached, pre-ticked, from the kommune scorecard and from the councillor tools', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?kommune=${kode}`);
    await page.getByTestId('kommune-dossier-link').click();
    await page.getByTestId('dossier-entry').first().waitFor();
    await expect(page.getByTestId('dossier-entry').count()).resolves.toBe(ofKommune.length);
    await expect(
      page
        .getByTestId('dossier-choice')
        .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length),
    ).resolves.toBe(ofKommune.length);

    const one = ofKommune[0]!;
    await page.goto(`${h.origin}/?p=${one.id}`);
    await page.getByTestId('tools-host').scrollIntoViewIfNeeded();
    await page.getByTestId('dossier-link').click();
    await page.getByTestId('dossier-entry').first().waitFor();
    const shown = await page
      .getByTestId('dossier-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual([one.id]);
  });

  it('works with the keyboard alone', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.origin}/?page=dossier`);
    await page.getByTestId('dossier-picker').waitFor();
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    for (let i = 0; i < 40 && (await focused()) !== 'select-document'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('select-document');
    await page.keyboard.press('Enter');
    await page.getByTestId('dossier-entry').first().waitFor();
    const before = await page.getByTestId('dossier-entry').count();
    expect(before).toBeGreaterThan(0);
    // The next stop is the document's first checkbox: Space unticks it.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('dossier-choice');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('dossier-entry').count()).toBe(before - 1);
  });

  it('speaks English, fits a 320 px phone and has no axe violations in either scheme', async () => {
    const ids = ofKommune
      .slice(0, 3)
      .map((p) => p.id)
      .join(',');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await h.browser.newContext({
        viewport: { width: 320, height: 700 },
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(`${h.origin}/?page=dossier&ids=${ids}&lang=en`);
      await page.getByTestId('dossier-entry').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Pledge dossier');
      const questions = await page.getByTestId('dossier-questions').first().textContent();
      expect(questions).toContain('Questions to the administration');
      expect(questions).not.toMatch(/Hvilke|Hvad|forvaltningen/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('one-page print summary', () => {
  let h: Harness;
  let c: Catalogue;
  beforeAll(async () => {
    h = await startHarness();
    c = await servedCatalogue(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('prints every pledge with a chart, and the longest others, on one A4 page', async () => {
    const charted = c.pledges.filter((p) => p.measure && figuresOf(c, p).length > 0);
    expect(charted.length).toBeGreaterThan(0);
    const longest = c.pledges
      .filter((p) => !charted.includes(p))
      .sort((a, b) => size(b) - size(a))
      .slice(0, 3);
    const longestCharted = [...charted].sort((a, b) => size(b) - size(a)).slice(0, 2);
    const cases: [Pledge, 'da' | 'en'][] = [
      ...[...charted, ...longest].map((p): [Pledge, 'da'] => [p, 'da']),
      ...[...longestCharted, ...longest.slice(0, 1)].map((p): [Pledge, 'en'] => [p, 'en']),
    ];
    const { page } = await openPage(h);
    const pages: Record<string, number> = {};
    for (const [p, lang] of cases) {
      const pdf = await pdfOf(
        page,
        `${h.origin}/?p=${p.id}&print=1${lang === 'en' ? '&lang=en' : ''}`,
        'print-summary',
      );
      pages[`${p.id} (${lang})`] = pdfPages(pdf);
    }
    expect(
      Object.values(pages).every((n) => n === 1),
      JSON.stringify(pages, null, 1),
    ).toBe(true);
  });
});
