// og:image text on every real headline of the built catalogue (public/data, `npm run data`) and on
// SYNTHETIC very long ones: every line fits its width by the glyph estimate, the estimate is wider
// than what resvg draws with DejaVu Sans, and a headline is never cut inside a word.
import { existsSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, textWidth } from '../../src/charts/chart-frame-text.ts';
import { parseCatalogue } from '../../src/domain/catalogue.ts';
import { pledgeHeadline } from '../../src/views/pledge-headline.ts';
import { ogImageLines, ogImageSvg, type OgLine } from '../../scripts/pages/og-image.ts';

const CATALOGUE = 'public/data/catalogue.json';
/** The fonts build-pages.ts rasterises with, loaded alone so the measuring stays quick. */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (f) => `/usr/share/fonts/truetype/dejavu/${f}`,
);

function realHeadlines(): string[] {
  if (!existsSync(CATALOGUE)) throw new Error(`${CATALOGUE} is missing: run \`npm run data\``);
  const catalogue = parseCatalogue(JSON.parse(readFileSync(CATALOGUE, 'utf8')));
  return catalogue.pledges.flatMap((p) => [pledgeHeadline(p, 'da'), pledgeHeadline(p, 'en')]);
}

const CHART = '<svg viewBox="0 0 640 320"><g/></svg>';
const input = (title: string, chartSvg: string | null) => ({
  title,
  verdict: 'Resultat: Kan ikke vurderes',
  sentence:
    'Løftet kan ikke vurderes: serien findes, men dens tal er ikke i de medfølgende data, og der er ingen anden offentlig kilde.',
  footer: 'Løftetjek · Kilde: Danmarks Statistik, StatBank STRAF11 (tabel STRAF11); hentet 2. dec.',
  chartSvg,
});

const SYNTHETIC = [
  // Long Danish compounds, the kind that was cut mid-word before.
  'Behandlingsgarantien på 14 dage skal overholdes, og ventetiden på stofmisbrugsbehandlingsgarantiforløb skal dokumenteres kvartalsvis af forvaltningen over for byrådet',
  Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' '),
  // One word wider than any line: nothing of it may show.
  `Kort ${'x'.repeat(90)} slut`,
  'Æøå ÆØÅ WWW mmm %%% ——— … '.repeat(8),
];

const titleLines = (lines: OgLine[]) => lines.filter((l) => l.role === 'title');

function expectWholeWords(title: string, lines: OgLine[]): void {
  const shown = lines
    .map((l) => l.text)
    .join(' ')
    .replace(new RegExp(`\\s*${ELLIPSIS}$`), '')
    .split(/\s+/)
    .filter(Boolean);
  const words = title.split(/\s+/).filter(Boolean);
  // The words shown are the headline's first words, each whole.
  expect(shown).toEqual(words.slice(0, shown.length));
  if (shown.length < words.length) expect(lines.at(-1)?.text.endsWith(ELLIPSIS)).toBe(true);
}

describe('og:image text', () => {
  const headlines = realHeadlines();

  it.each([
    ['with a chart', CHART],
    ['without a chart', null],
  ])('fits every real headline %s, whole words only, and shows it whole', (_, chart) => {
    expect(headlines.length).toBeGreaterThan(0);
    for (const title of headlines) {
      const { lines, textWidth: width, footerWidth } = ogImageLines(input(title, chart));
      for (const line of lines) {
        const room = line.role === 'footer' ? footerWidth : width;
        expect(textWidth(line.text, line.size, line.weight), line.text).toBeLessThanOrEqual(room);
      }
      const titled = titleLines(lines);
      expectWholeWords(title, titled);
      // A real headline of ordinary length is never shortened.
      if (title.length <= 100) expect(titled.map((l) => l.text).join(' ')).toBe(title);
    }
  });

  it.each(SYNTHETIC)('fits a synthetic very long headline: %s', (title) => {
    for (const chart of [CHART, null]) {
      const { lines, textWidth: width } = ogImageLines(input(title, chart));
      const titled = titleLines(lines);
      expect(titled.length).toBeGreaterThan(0);
      expect(titled.length).toBeLessThanOrEqual(chart ? 4 : 3);
      for (const line of titled) {
        expect(textWidth(line.text, line.size, 'bold')).toBeLessThanOrEqual(width);
      }
      expectWholeWords(title, titled);
    }
  });

  it('estimates each line at least as wide as resvg draws it in DejaVu Sans', () => {
    for (const title of [...headlines, ...SYNTHETIC]) {
      for (const line of ogImageLines(input(title, CHART)).lines) {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"><text x="0" y="60" font-family="DejaVu Sans" font-size="${line.size}"${line.weight === 'bold' ? ' font-weight="700"' : ''}>${line.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></svg>`;
        const box = new Resvg(svg, {
          font: { loadSystemFonts: false, fontFiles: DEJAVU, defaultFontFamily: 'DejaVu Sans' },
        }).getBBox();
        if (!box) continue;
        expect(box.x + box.width, line.text).toBeLessThanOrEqual(
          textWidth(line.text, line.size, line.weight),
        );
      }
    }
  });

  it('keeps every text of the longest real headline inside the image and clear of the chart', () => {
    const longest = headlines.reduce((a, b) => (b.length > a.length ? b : a));
    const svg = ogImageSvg({ ...input(longest, CHART), css: '' });
    const texts = [...svg.matchAll(/<text x="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(3);
    const { lines, textWidth: width } = ogImageLines(input(longest, CHART));
    for (const line of lines.filter((l) => l.role !== 'footer')) {
      // Beside the chart, which starts at x = 600.
      expect(line.x + textWidth(line.text, line.size, line.weight)).toBeLessThan(600);
      expect(line.x + width).toBeLessThan(600);
    }
    for (const line of lines) expect(line.y).toBeLessThanOrEqual(630 - 20);
  });
});
