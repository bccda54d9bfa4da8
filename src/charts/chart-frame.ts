/**
 * The frame around a downloaded chart, so the file can be published as it is (issue 16): the
 * headline, a subtitle (unit and period), the legend for the marks the chart draws, and a source
 * line, each wrapped to the chart's width so no line runs off the edge. Used by the pledge chart's
 * downloads (src/ui/chart-files.ts) and the explorer's quick chart. Pure: a layout of measured
 * lines (chart-frame-text.ts), then SVG text, so the same input gives the same file everywhere.
 */
import { esc } from '../embed/escape-html.ts';
import { estimate, textWidth, wrapText, type Weight } from './chart-frame-text.ts';

/** A mark of the pledge chart, drawn in the legend as the chart draws it. */
export type LegendMark = 'series' | 'secondary' | 'flagged' | 'target' | 'rule' | 'annotation';

export interface LegendEntry {
  mark: LegendMark;
  label: string;
  /** The annotation's number on the chart (mark 'annotation'). */
  number?: number;
}

export interface ChartFrame {
  title: string;
  subtitle: string | null;
  legend?: readonly LegendEntry[];
  source: string;
}

export interface FrameColours {
  bg: string;
  fg: string;
  muted: string;
  series: string;
  target: string;
  warn: string;
}

export interface FrameText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  weight: Weight;
  tone: 'fg' | 'muted';
}

export interface FrameSymbol {
  mark: LegendMark;
  /** Left edge and vertical centre of the symbol's box. */
  x: number;
  y: number;
  number?: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the chart's top edge goes. */
  chartY: number;
  texts: FrameText[];
  symbols: FrameSymbol[];
}

const PAD = 16;
const TITLE = 18;
const SUBTITLE = 13;
const LEGEND = 12;
const SOURCE = 11;
/** The legend symbol's box and the gap after it. */
const SYMBOL = 18;
const SYMBOL_GAP = 6;
const ENTRY_GAP = 18;
const LEGEND_ROW = 22;
export const FRAME_FONT = 'DejaVu Sans, Verdana, system-ui, sans-serif';

/** Lines of text stacked from `y` (the top of the first line); answers the new bottom. */
function stack(
  out: FrameText[],
  text: string,
  y: number,
  width: number,
  size: number,
  weight: Weight,
  tone: FrameText['tone'],
  leading: number,
): number {
  let bottom = y;
  for (const line of wrapText(text, width, estimate(size, weight))) {
    out.push({ text: line, x: PAD, y: bottom + size, size, weight, tone });
    bottom += size * leading;
  }
  return bottom;
}

function layoutLegend(
  legend: readonly LegendEntry[],
  top: number,
  inner: number,
  texts: FrameText[],
  symbols: FrameSymbol[],
): number {
  const textRoom = inner - SYMBOL - SYMBOL_GAP;
  const measure = estimate(LEGEND);
  let x = PAD;
  let rowTop = top;
  const newRow = () => {
    if (x > PAD) rowTop += LEGEND_ROW;
    x = PAD;
  };
  for (const entry of legend) {
    const width = SYMBOL + SYMBOL_GAP + textWidth(entry.label, LEGEND);
    // A dated note reads as a list item; a long label wraps under its own symbol.
    const ownRows = entry.mark === 'annotation' || width > inner;
    if (ownRows || x + width > PAD + inner) newRow();
    const centre = rowTop + LEGEND_ROW / 2;
    symbols.push({
      mark: entry.mark,
      x,
      y: centre,
      ...(entry.number !== undefined ? { number: entry.number } : {}),
    });
    const lines = ownRows ? wrapText(entry.label, textRoom, measure) : [entry.label];
    lines.forEach((line, i) => {
      texts.push({
        text: line,
        x: x + SYMBOL + SYMBOL_GAP,
        y: centre + LEGEND * 0.36 + i * LEGEND * 1.35,
        size: LEGEND,
        weight: 'regular',
        tone: 'fg',
      });
    });
    if (ownRows) {
      rowTop += LEGEND_ROW + (lines.length - 1) * LEGEND * 1.35;
      x = PAD;
    } else x += width + ENTRY_GAP;
  }
  return x > PAD ? rowTop + LEGEND_ROW : rowTop;
}

/** Where every line and symbol of the frame goes around a chart of `width` × `chartHeight`. */
export function layoutFrame(frame: ChartFrame, width: number, chartHeight: number): FrameLayout {
  const inner = width - 2 * PAD;
  const texts: FrameText[] = [];
  const symbols: FrameSymbol[] = [];
  let y = stack(texts, frame.title, PAD, inner, TITLE, 'bold', 'fg', 1.3);
  if (frame.subtitle)
    y = stack(texts, frame.subtitle, y + 2, inner, SUBTITLE, 'regular', 'muted', 1.4);
  const chartY = Math.ceil(y + 8);
  y = chartY + chartHeight;
  if (frame.legend && frame.legend.length > 0) {
    y = layoutLegend(frame.legend, y + 4, inner, texts, symbols);
  }
  y = stack(texts, frame.source, y + 8, inner, SOURCE, 'regular', 'muted', 1.4);
  return { width, height: Math.ceil(y + PAD), chartY, texts, symbols };
}

function symbolSvg(s: FrameSymbol, c: FrameColours): string {
  const cx = s.x + SYMBOL / 2;
  const { y } = s;
  switch (s.mark) {
    case 'series':
      return (
        `<line x1="${s.x}" x2="${s.x + SYMBOL}" y1="${y}" y2="${y}" stroke="${c.series}" stroke-width="2.5"/>` +
        `<circle cx="${cx}" cy="${y}" r="4" fill="${c.series}" stroke="${c.bg}" stroke-width="1.5"/>`
      );
    case 'secondary':
      return `<circle cx="${cx}" cy="${y}" r="4" fill="${c.bg}" stroke="${c.series}" stroke-width="2"/>`;
    case 'flagged':
      return `<circle cx="${cx}" cy="${y}" r="4" fill="${c.series}" stroke="${c.warn}" stroke-width="2.5"/>`;
    case 'target':
      return `<line x1="${s.x}" x2="${s.x + SYMBOL}" y1="${y}" y2="${y}" stroke="${c.target}" stroke-width="2" stroke-dasharray="6 4"/>`;
    case 'rule':
      return `<line x1="${cx}" x2="${cx}" y1="${y - 8}" y2="${y + 8}" stroke="${c.muted}" stroke-dasharray="2 3"/>`;
    case 'annotation':
      return (
        `<circle cx="${cx}" cy="${y}" r="8" fill="${c.bg}" stroke="${c.fg}"/>` +
        `<text x="${cx}" y="${y}" dy="0.35em" text-anchor="middle" font-size="11" font-weight="700" fill="${c.fg}">${s.number ?? ''}</text>`
      );
  }
}

/** The root <svg …> tag's numeric attribute, e.g. its width. */
function rootAttribute(markup: string, name: string): number | null {
  const tag = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const value = new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)?.[1];
  return value === undefined ? null : Number(value);
}

/**
 * The chart's standalone SVG (chart-export.ts's standaloneSvg) inside the frame, as one SVG
 * document: the chart keeps its own size and sits under the title and subtitle.
 */
export function framedSvg(
  chartMarkup: string,
  frame: ChartFrame,
  pageColours: FrameColours,
): string {
  // Colours come from the page's computed styles; escaped all the same, as attribute values.
  const colours = Object.fromEntries(
    Object.entries(pageColours).map(([k, v]) => [k, esc(v)]),
  ) as unknown as FrameColours;
  const chart = chartMarkup.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  if (!/^<svg\b/.test(chart)) throw new Error('the chart is not an SVG document');
  const width = rootAttribute(chart, 'width') ?? 640;
  const chartHeight = rootAttribute(chart, 'height') ?? 320;
  const layout = layoutFrame(frame, width, chartHeight);
  const placed = chart.replace(/^<svg\b/, `<svg x="0" y="${layout.chartY}"`);
  const texts = layout.texts.map(
    (t) =>
      `<text x="${t.x}" y="${round(t.y)}" font-size="${t.size}" font-weight="${t.weight === 'bold' ? 700 : 400}" fill="${t.tone === 'fg' ? colours.fg : colours.muted}">${esc(t.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" font-family="${FRAME_FONT}">`,
    `<title>${esc(frame.title)}</title>`,
    `<rect width="100%" height="100%" fill="${colours.bg}"/>`,
    ...texts,
    ...layout.symbols.map((s) => symbolSvg(s, colours)),
    placed,
    '</svg>',
  ].join('\n');
}

const round = (n: number): number => Math.round(n * 10) / 10;
