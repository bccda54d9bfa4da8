/**
 * A downloaded quick chart carries what a reader needs to publish it (issue 16): a title (the
 * template's question, or a default), the unit when it is known, and a source line naming the
 * sources of the rows drawn, all wrapped to the chart's width so no line runs off the edge. The
 * chart itself comes from chart-export.ts's standaloneSvg, as on the pledge page.
 */
import type { ResultColumn } from './chart-choice.ts';

export interface ChartFrame {
  title: string;
  subtitle: string | null;
  source: string;
}

/**
 * Average advance of a character as a share of the font size, for when nothing can measure: wide
 * enough for bold DejaVu Sans (wider than most system UI fonts), so an estimated line fits.
 */
const CHAR_EM = 0.7;

/** The width of a line of text in pixels. */
export type Measure = (text: string) => number;

export const estimate =
  (fontSize: number): Measure =>
  (text) =>
    [...text].length * fontSize * CHAR_EM;

/**
 * Breaks `text` into lines no wider than `width` by `measure`, at spaces where it can; a word
 * wider than a line (a URL) is cut, so no line is ever wider than the width.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const fits = (line: string) => measure(line) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = current === '' ? word : `${current} ${word}`;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = [...word];
    while (rest.length > 0 && !fits(rest.join(''))) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n).join(''))) n--;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    current = rest.join('');
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Measures with the browser's own font metrics, falling back to the estimate. */
function canvasMeasure(fontSize: number, weight: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimate(fontSize);
  context.font = `${weight} ${fontSize}px system-ui, sans-serif`;
  // A little slack: SVG text and canvas text can differ by a pixel or two at the end of a line.
  return (text) => context.measureText(text).width * 1.03;
}

export interface SourceWords {
  sourceLine: (sources: string) => string;
  moreSources: (n: string) => string;
  extractSource: (date: string) => string;
}

const MAX_NAMED_SOURCES = 4;

/**
 * "Kilde: …" for the rows drawn: the distinct source_title values of those rows when the result
 * has that column, else the extracts and their build date.
 */
export function sourceText(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  words: SourceWords,
  builtOn: string,
  formatCount: (n: number) => string,
): string {
  const index = columns.findIndex((c) => c.name === 'source_title');
  const titles = new Set<string>();
  if (index >= 0) {
    for (const row of rows) {
      const value = row[index];
      if (typeof value === 'string' && value.trim() !== '') titles.add(value.trim());
    }
  }
  if (titles.size === 0) return words.sourceLine(words.extractSource(builtOn));
  const named = [...titles].slice(0, MAX_NAMED_SOURCES);
  const more = titles.size - named.length;
  return words.sourceLine(
    `${named.join('; ')}${more > 0 ? ` ${words.moreSources(formatCount(more))}` : ''}`,
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
const SOURCE_SIZE = 11;

/**
 * The chart's standalone SVG (from standaloneSvg) inside a frame with the title and subtitle
 * above and the source below, as one SVG document.
 */
export function framedSvg(
  chartMarkup: string,
  frame: ChartFrame,
  colours: { bg: string; fg: string },
): string {
  const parsed = new DOMParser().parseFromString(chartMarkup, 'image/svg+xml');
  const chart = parsed.documentElement;
  const width = Number(chart.getAttribute('width')) || 640;
  const chartHeight = Number(chart.getAttribute('height')) || 320;
  const inner = width - 2 * PAD;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const text = (content: string, y: number, size: number, weight = '400') => {
    const node = doc.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', String(PAD));
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', String(size));
    node.setAttribute('font-weight', weight);
    node.setAttribute('font-family', 'system-ui, sans-serif');
    node.setAttribute('fill', colours.fg);
    node.textContent = content;
    return node;
  };
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', colours.bg);
  root.appendChild(background);
  let y = PAD;
  for (const line of wrapText(frame.title, inner, canvasMeasure(TITLE_SIZE, '700'))) {
    y += TITLE_SIZE * 1.25;
    root.appendChild(text(line, y, TITLE_SIZE, '700'));
  }
  const subtitle = frame.subtitle
    ? wrapText(frame.subtitle, inner, canvasMeasure(SUBTITLE_SIZE, '400'))
    : [];
  for (const line of subtitle) {
    y += SUBTITLE_SIZE * 1.4;
    root.appendChild(text(line, y, SUBTITLE_SIZE));
  }
  y += 6;
  const placed = doc.importNode(chart, true) as Element;
  placed.setAttribute('x', '0');
  placed.setAttribute('y', String(y));
  root.appendChild(placed);
  y += chartHeight;
  for (const line of wrapText(frame.source, inner, canvasMeasure(SOURCE_SIZE, '400'))) {
    y += SOURCE_SIZE * 1.4;
    root.appendChild(text(line, y, SOURCE_SIZE));
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = frame.title;
  root.insertBefore(title, root.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
