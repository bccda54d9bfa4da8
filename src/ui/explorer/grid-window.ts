/**
 * Geometry of the virtualised results grid: which rows are in view for a scroll position, and how
 * wide each column should be. Pure, so the grid can render 100,000 rows by drawing only the few
 * dozen a reader can see, and the arithmetic is tested without a DOM.
 */

export interface WindowInput {
  scrollTop: number;
  /** Height of the body area in view, header excluded. */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows above and below the view, so fast scrolling does not show blank space. */
  overscan: number;
}

export interface GridWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive); start === end means nothing to render. */
  end: number;
  /** Where the first rendered row sits, in px from the top of the body. */
  offsetTop: number;
  /** Height of all rows; the scroll container's body is this tall. */
  totalHeight: number;
}

const finite = (n: number, fallback: number): number => (Number.isFinite(n) ? n : fallback);

/** The rows to render for a scroll position; a scroll past the end shows the last rows. */
export function visibleWindow(input: WindowInput): GridWindow {
  const rowHeight = Math.max(1, finite(input.rowHeight, 1));
  const rowCount = Math.max(0, Math.floor(finite(input.rowCount, 0)));
  const overscan = Math.max(0, Math.floor(finite(input.overscan, 0)));
  const viewport = Math.max(0, finite(input.viewportHeight, 0));
  const totalHeight = rowCount * rowHeight;
  if (rowCount === 0) return { start: 0, end: 0, offsetTop: 0, totalHeight: 0 };
  // Rows can shrink under a scrolled container (a new, shorter result): clamp instead of
  // rendering an empty window.
  const top = Math.min(
    Math.max(0, finite(input.scrollTop, 0)),
    Math.max(0, totalHeight - viewport),
  );
  const first = Math.min(rowCount - 1, Math.floor(top / rowHeight));
  const last = Math.min(rowCount, Math.max(first + 1, Math.ceil((top + viewport) / rowHeight)));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, last + overscan);
  return { start, end, offsetTop: start * rowHeight, totalHeight };
}

/**
 * Up to `max` row indexes spread evenly over the rows, first row included, for estimating column
 * widths without reading all 100,000 rows.
 */
export function sampleIndexes(rowCount: number, max: number): number[] {
  const count = Math.max(0, Math.floor(finite(rowCount, 0)));
  const limit = Math.max(0, Math.floor(finite(max, 0)));
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  const step = count / limit;
  return Array.from({ length: limit }, (_, i) => Math.floor(i * step));
}

export interface WidthOptions {
  /** Rough width of one character at the grid's font size. */
  charWidth?: number;
  /** Cell padding plus room for the sort of slack text needs. */
  padding?: number;
  min?: number;
  max?: number;
}

/**
 * A column's width in px from its header and a sample of its cell texts: wide enough for the
 * longest, within [min, max]; longer text is ellipsised by the grid.
 */
export function estimateColumnWidth(
  header: string,
  samples: readonly string[],
  options: WidthOptions = {},
): number {
  const { charWidth = 8, padding = 20, min = 56, max = 320 } = options;
  // Headers are bold, so count them a little wider.
  let chars = Math.ceil([...header].length * 1.1);
  for (const text of samples) chars = Math.max(chars, [...text].length);
  return Math.round(Math.min(max, Math.max(min, chars * charWidth + padding)));
}
