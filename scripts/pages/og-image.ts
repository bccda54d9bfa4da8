/**
 * The Open Graph image of a pledge (1200 × 630): title, verdict, sentence and, when there are
 * figures, the chart. Built as SVG text here and rasterised at build time, so a link pasted into
 * a post shows the chart. Every text from the catalogue is escaped. The chart is the pledge card's
 * `og` variant (src/components/PledgeCard.svelte), the texts are the card's own. Every line is
 * fitted to its width by the glyph estimate of src/charts/chart-frame-text.ts (DejaVu Sans, the
 * font resvg draws with): the headline shrinks, then ends at a word with "…", never mid-word.
 */
import { esc } from '../../src/embed/escape-html.ts';
import { estimate, fitLines, fitText, type Weight } from '../../src/charts/chart-frame-text.ts';

export { esc };
export interface OgImageInput {
  title: string;
  verdict: string;
  sentence: string;
  footer: string;
  /** The chart's <svg> markup, placed on the right; null for pledges without figures. */
  chartSvg: string | null;
  /** CSS the chart markup needs, with custom properties already resolved. */
  css: string;
}

const OG_WIDTH = 1200;
const OG_HEIGHT = 630;
const MARGIN = 48;
/** The chart's box on the right (x, width); text beside it stops short of it. */
const CHART_X = 600;
const CHART_GAP = 24;
const FOOTER_Y = OG_HEIGHT - 36;

/** The headline's font sizes, largest first, and its lines: it shrinks before it is cut. */
// The small sizes are for long compounds ("skolesocialrådgiverfunktionen") beside the chart.
export const TITLE_SIZES = [44, 40, 36, 32, 28, 26, 24] as const;
export const TITLE_MAX_LINES = { withChart: 4, withoutChart: 3 } as const;
const SENTENCE_SIZE = 24;
const VERDICT_SIZE = 28;
const FOOTER_SIZE = 22;

export interface OgLine {
  role: 'title' | 'verdict' | 'sentence' | 'footer';
  text: string;
  x: number;
  y: number;
  size: number;
  weight: Weight;
  fill?: string;
}

/** The og:image's lines of text, each fitted to its width by the glyph estimate. */
export function ogImageLines(input: Omit<OgImageInput, 'css'>): {
  lines: OgLine[];
  /** The width each line must fit in. */
  textWidth: number;
  footerWidth: number;
} {
  const withChart = input.chartSvg !== null;
  const textWidth = (withChart ? CHART_X - CHART_GAP : OG_WIDTH) - MARGIN * (withChart ? 1 : 2);
  const footerWidth = OG_WIDTH - 2 * MARGIN;
  const title = fitText(input.title, {
    width: textWidth,
    maxLines: withChart ? TITLE_MAX_LINES.withChart : TITLE_MAX_LINES.withoutChart,
    sizes: TITLE_SIZES,
    weight: 'bold',
  });
  const lines: OgLine[] = [];
  let y = 40;
  for (const text of title.lines) {
    y += title.fontSize * 1.2;
    lines.push({ role: 'title', text, x: MARGIN, y, size: title.fontSize, weight: 'bold' });
  }
  y += 16 + VERDICT_SIZE;
  const [verdict = ''] = fitLines(
    input.verdict,
    textWidth,
    1,
    estimate(VERDICT_SIZE, 'bold'),
  ).lines;
  lines.push({
    role: 'verdict',
    text: verdict,
    x: MARGIN,
    y,
    size: VERDICT_SIZE,
    weight: 'bold',
    fill: '#1f5fa8',
  });
  // The sentence takes the room left above the footer.
  const leading = SENTENCE_SIZE * 1.35;
  const room = Math.floor((FOOTER_Y - FOOTER_SIZE - 16 - (y + 16)) / leading);
  const sentence = fitLines(
    input.sentence,
    textWidth,
    Math.max(0, room),
    estimate(SENTENCE_SIZE),
  ).lines;
  y += 16;
  for (const text of room > 0 ? sentence : []) {
    y += leading;
    lines.push({ role: 'sentence', text, x: MARGIN, y, size: SENTENCE_SIZE, weight: 'regular' });
  }
  const [footer = ''] = fitLines(input.footer, footerWidth, 1, estimate(FOOTER_SIZE)).lines;
  lines.push({
    role: 'footer',
    text: footer,
    x: MARGIN,
    y: FOOTER_Y,
    size: FOOTER_SIZE,
    weight: 'regular',
    fill: '#595959',
  });
  return { lines, textWidth, footerWidth };
}

export function ogImageSvg(input: OgImageInput): string {
  const { lines } = ogImageLines(input);
  const text = lines.map(
    (l) =>
      `<text x="${l.x}" y="${Math.round(l.y)}" font-size="${l.size}"${l.weight === 'bold' ? ' font-weight="700"' : ''}${l.fill ? ` fill="${l.fill}"` : ''}>${esc(l.text)}</text>`,
  );
  const chart = input.chartSvg
    ? input.chartSvg
        // Drop the chart's own size and accessibility attributes; the viewBox keeps its shape.
        .replace(
          /^<svg\b[^>]*?(viewBox="[^"]*")[^>]*>/,
          `<svg x="${CHART_X}" y="150" width="560" height="300" $1>`,
        )
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#1a1a1a">`,
    `<style>${input.css}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="12" fill="#1f5fa8"/>`,
    ...text,
    chart,
    `</svg>`,
  ].join('\n');
}

/** Replaces var(--name, fallback) with its fallback: the rasteriser knows no custom properties. */
export function resolveCssVariables(css: string): string {
  return css.replace(/var\(--[\w-]+,\s*([^()]+?)\)/g, '$1');
}

/**
 * Word wrap to `width` characters, at most `max` lines, the last one ending in "…" at a word
 * boundary when text is left over (fitLines with a character count for a measure).
 */
export function wrap(text: string, width: number, max: number): string[] {
  return fitLines(text, width, max, (line) => [...line].length).lines;
}
