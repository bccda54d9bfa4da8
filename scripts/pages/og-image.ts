/**
 * The Open Graph image of a pledge (1200 × 630): title, verdict, sentence and, when there are
 * figures, the chart. Built as SVG text here and rasterised at build time, so a link pasted into
 * a post shows the chart. Every text from the catalogue is escaped. The chart is the pledge card's
 * `og` variant (src/components/PledgeCard.svelte), the texts are the card's own.
 */
import { esc } from '../../src/embed/escape-html.ts';

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

export function ogImageSvg(input: OgImageInput): string {
  const withChart = input.chartSvg !== null;
  const textWidth = withChart ? 30 : 60;
  const title = wrap(input.title, textWidth, 4);
  const sentence = wrap(input.sentence, withChart ? 40 : 80, withChart ? 7 : 5);
  const lines: string[] = [];
  let y = 90;
  for (const line of title) {
    lines.push(`<text x="48" y="${y}" font-size="38" font-weight="700">${esc(line)}</text>`);
    y += 48;
  }
  y += 16;
  lines.push(
    `<text x="48" y="${y}" font-size="28" font-weight="700" fill="#1f5fa8">${esc(input.verdict)}</text>`,
  );
  y += 48;
  for (const line of sentence) {
    lines.push(`<text x="48" y="${y}" font-size="24">${esc(line)}</text>`);
    y += 32;
  }
  const chart = input.chartSvg
    ? input.chartSvg
        // Drop the chart's own size and accessibility attributes; the viewBox keeps its shape.
        .replace(
          /^<svg\b[^>]*?(viewBox="[^"]*")[^>]*>/,
          '<svg x="600" y="150" width="560" height="300" $1>',
        )
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#1a1a1a">`,
    `<style>${input.css}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="12" fill="#1f5fa8"/>`,
    ...lines,
    chart,
    `<text x="48" y="${OG_HEIGHT - 36}" font-size="22" fill="#595959">${esc(input.footer)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** Replaces var(--name, fallback) with its fallback: the rasteriser knows no custom properties. */
export function resolveCssVariables(css: string): string {
  return css.replace(/var\(--[\w-]+,\s*([^()]+?)\)/g, '$1');
}

/** Greedy word wrap to `width` characters, at most `max` lines, the last one ending in '…'. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/\s*\S*$/, '')} …`;
  return kept;
}
