/**
 * Text measured without a browser: an estimate of a line's width from per-glyph advances, and the
 * line breaking built on it. Deterministic, so a framed chart or an og:image lays out the same in
 * the browser, at build time and in a unit test, and a test can prove that no line runs off the edge.
 *
 * The advances are DejaVu Sans's (the font resvg draws the og:image with, and system-ui on Debian),
 * the widest of the common sans-serif fonts, rounded up and taken as the larger of DejaVu Sans and
 * Liberation Sans (Arial's metrics) per glyph: a line that fits by the estimate fits in either, and
 * in the narrower system fonts of other machines.
 */

export type Weight = 'regular' | 'bold';

/** The width of a line of text in pixels. */
export type Measure = (text: string) => number;

/** Advance in em, regular and bold, for each group of glyphs. */
const GROUPS: readonly (readonly [string, number, number])[] = [
  [' ', 0.32, 0.35],
  ["'", 0.27, 0.31],
  ['iljíìîïI', 0.29, 0.37],
  ['.,·’‘', 0.32, 0.38],
  [':;!|/\\', 0.4, 0.46],
  ['ft', 0.39, 0.48],
  ['r()[]-', 0.41, 0.49],
  ['*`', 0.5, 0.52],
  ['J–_§', 0.56, 0.56],
  ['"”“„', 0.52, 0.66],
  ['cszç?', 0.56, 0.61],
  ['kvxy»«•', 0.61, 0.67],
  ['abdeghnopquåäáàâéèêëüúùûöóòôõñøß', 0.63, 0.72],
  ['0123456789$€{}', 0.64, 0.71],
  ['EFLPSTYZ', 0.69, 0.73],
  ['ABCKRVXÅÄÁÀÉÈÊ', 0.72, 0.77],
  ['&', 0.78, 0.87],
  ['DGHNOQUØÖÓÜÚ', 0.79, 0.85],
  ['w', 0.82, 0.92],
  ['+<=>~^×≤≥#±', 0.84, 0.84],
  ['M●○', 0.87, 1.0],
  ['mæ', 0.98, 1.05],
  ['WÆŒœ%@—…', 1.02, 1.1],
];

const ADVANCE = new Map<string, readonly [number, number]>();
for (const [glyphs, regular, bold] of GROUPS) {
  for (const glyph of glyphs) ADVANCE.set(glyph, [regular, bold]);
}

/** Any glyph not listed (other scripts, symbols): a full em and then some. */
const UNKNOWN: readonly [number, number] = [1.05, 1.1];

/** The estimated width of `text` set in `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  const column = weight === 'bold' ? 1 : 0;
  let em = 0;
  for (const glyph of text) em += (ADVANCE.get(glyph) ?? UNKNOWN)[column];
  return em * fontSize;
}

export const estimate =
  (fontSize: number, weight: Weight = 'regular'): Measure =>
  (text) =>
    textWidth(text, fontSize, weight);

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/**
 * Breaks `text` into lines no wider than `width` by `measure`, at spaces where it can; a word
 * wider than a line (a URL in a source line) is cut, so no line is ever wider than the width.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const fits = (line: string) => measure(line) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of words(text)) {
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

export const ELLIPSIS = '…';

export interface FittedLines {
  lines: string[];
  /** Whether text was left out (the last line then ends in "…"). */
  cut: boolean;
}

/**
 * At most `maxLines` lines no wider than `width`, broken only between words: a headline is never
 * cut inside a word. When the text does not fit, the last line ends at a word boundary with " …";
 * a word too wide for a line of its own ends the text there.
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  measure: Measure,
): FittedLines {
  const fits = (line: string) => measure(line) <= width;
  const all = words(text);
  const lines: string[] = [];
  let current: string[] = [];
  let i = 0;
  for (; i < all.length; i++) {
    const word = all[i]!;
    const joined = [...current, word].join(' ');
    if (fits(joined)) {
      current.push(word);
      continue;
    }
    if (current.length === 0 || lines.length + 1 >= maxLines || !fits(word)) break;
    lines.push(current.join(' '));
    current = [word];
  }
  if (i === all.length) {
    if (current.length > 0) lines.push(current.join(' '));
    return { lines, cut: false };
  }
  // Words are left over: end the last line with an ellipsis, dropping words until it fits.
  while (current.length > 0 && !fits(`${current.join(' ')} ${ELLIPSIS}`)) current.pop();
  lines.push(current.length > 0 ? `${current.join(' ')} ${ELLIPSIS}` : ELLIPSIS);
  return { lines, cut: true };
}

export interface FittedText extends FittedLines {
  fontSize: number;
}

/**
 * The largest of `sizes` (tried in order) at which `text` fits in `maxLines` lines of `width`;
 * at the last size whatever does not fit is cut at a word boundary (fitLines).
 */
export function fitText(
  text: string,
  options: { width: number; maxLines: number; sizes: readonly number[]; weight: Weight },
): FittedText {
  const { width, maxLines, sizes, weight } = options;
  if (sizes.length === 0) throw new Error('fitText needs at least one font size');
  let fitted: FittedText | null = null;
  for (const fontSize of sizes) {
    fitted = { fontSize, ...fitLines(text, width, maxLines, estimate(fontSize, weight)) };
    if (!fitted.cut) return fitted;
  }
  return fitted!;
}
