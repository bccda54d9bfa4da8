/**
 * Geometry of the ranked dot plot: one row per kommune, in the order given (best first), a dot at
 * its value on a shared linear scale, and reference lines (Hele landet, the region, a target),
 * each labelled on its own line under the rows. Every label gets the room its estimated width
 * (text-width.ts) needs, so no name is clipped at the edge. Pure and rounded, so the same rows
 * always give the same SVG.
 */
import { linearScale } from './linear-scale.ts';
import { textWidth } from './text-width.ts';

export interface DotRow {
  kode: string;
  label: string;
  value: number;
  isFocus: boolean;
  inFocusRegion: boolean;
  /** From a secondary source: drawn as a hollow dot. */
  secondary: boolean;
  /** Carries a caveat flag (approx, provisional…): drawn with a ring. */
  flagged: boolean;
}

export type ReferenceKind = 'national' | 'region' | 'target';

export interface DotReference {
  label: string;
  value: number;
  /** How it is drawn; a plain `reference` is a target. */
  kind?: ReferenceKind;
}

export interface DotPlotInput {
  /** Already ranked, best first. */
  rows: DotRow[];
  /** One reference line (kept for callers with one); drawn before `references`. */
  reference?: DotReference | null;
  references?: DotReference[];
  /** How the component writes a tick's value, so the last tick's label stays inside. */
  formatTick?: (value: number) => string;
  width: number;
  rowHeight: number;
  /**
   * Show at most this many rows: the first ones, plus the focus kommune when it falls outside.
   * Without it every row is shown and the chart grows in height.
   */
  maxRows?: number;
}

export interface PlacedDotRow extends DotRow {
  /** Row centre. */
  y: number;
  x: number;
  /** Right edge of the label, which is right-aligned against the plot. */
  labelX: number;
  /** Where an ellipsis marks rows left out just above this one; null when none were. */
  gapY: number | null;
  /** Where the value is written (only the focus row shows it), on the side with room. */
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface PlacedReference {
  label: string;
  value: number;
  kind: ReferenceKind;
  x: number;
  /** Where its label is written: its own line under the rows, kept inside the SVG. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface DotPlotLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  rows: PlacedDotRow[];
  xTicks: { value: number; position: number; anchor: 'middle' | 'end' }[];
  references: PlacedReference[];
  /** The first reference, for callers that draw one. */
  reference: PlacedReference | null;
  /** x of the scale's zero, or null when zero is outside the domain. */
  zeroX: number | null;
  /** Rows left out because of maxRows. */
  omitted: number;
}

const FONT_SIZE = 12;
const GAP_HEIGHT = 0.6;
/** One line per reference label under the rows. */
const REFERENCE_LINE = 16;
/** The plot never gets narrower than this; a wider label list widens the SVG instead. */
const MIN_PLOT = 96;

export function layoutRankedDotPlot(input: DotPlotInput): DotPlotLayout {
  const rowHeight = Math.max(8, input.rowHeight);
  const shown = pickRows(input.rows, input.maxRows);
  const references = [...(input.reference ? [input.reference] : []), ...(input.references ?? [])]
    .filter((r) => Number.isFinite(r.value))
    .map((r) => ({ label: r.label, value: r.value, kind: r.kind ?? ('target' as const) }));
  // The focus row's label is bold, so it is measured bold.
  const longest = Math.max(
    0,
    ...shown.map((s) => textWidth(s.row.label, FONT_SIZE, s.row.isFocus)),
  );
  const margin = {
    top: 28,
    right: 24,
    // Room under the rows for the reference labels, one line each.
    bottom: 8 + references.length * REFERENCE_LINE,
    left: round(12 + longest),
  };
  const width = Math.max(120, input.width, margin.left + margin.right + MIN_PLOT);
  const values = [
    ...shown.map((s) => s.row.value).filter(Number.isFinite),
    ...references.map((r) => r.value),
  ];
  const low = values.length > 0 ? Math.min(...values) : 0;
  const high = values.length > 0 ? Math.max(...values) : 1;
  // Start at zero for non-negative data so dot positions read as magnitudes, not just order.
  const domainLow = Math.min(0, low);
  const domainHigh = Math.max(0, high);
  const x = linearScale(
    [domainLow, domainHigh === domainLow ? domainLow + 1 : domainHigh],
    [margin.left, width - margin.right],
    tickCount(width - margin.left - margin.right),
  );

  const middle = (margin.left + width - margin.right) / 2;
  let y = margin.top;
  const rows: PlacedDotRow[] = shown.map(({ row, gapBefore }) => {
    let gapY: number | null = null;
    if (gapBefore) {
      gapY = round(y + (rowHeight * GAP_HEIGHT) / 2);
      y += rowHeight * GAP_HEIGHT;
    }
    const px = Number.isFinite(row.value) ? round(x(row.value)) : NaN;
    const right = px > middle;
    const placed: PlacedDotRow = {
      ...row,
      y: round(y + rowHeight / 2),
      x: px,
      labelX: round(margin.left - 8),
      gapY,
      valueX: round(right ? px - 10 : px + 10),
      valueAnchor: right ? 'end' : 'start',
    };
    y += rowHeight;
    return placed;
  });
  const height = round(y + margin.bottom);
  const [d0, d1] = x.domain;
  const placedReferences = references.map((r, i): PlacedReference => {
    const refX = round(x(r.value));
    return {
      ...r,
      x: refX,
      ...labelPlace(refX, textWidth(r.label, FONT_SIZE, true), width),
      labelY: round(height - 8 - (references.length - 1 - i) * REFERENCE_LINE),
    };
  });
  const format = input.formatTick ?? String;
  return {
    width,
    height,
    margin,
    rows,
    xTicks: x.ticks(tickCount(width - margin.left - margin.right)).map((value) => {
      const position = round(x(value));
      const half = textWidth(format(value), FONT_SIZE) / 2;
      return { value, position, anchor: position + half > width - 2 ? 'end' : 'middle' };
    }),
    references: placedReferences,
    reference: placedReferences[0] ?? null,
    zeroX: d0 <= 0 && d1 >= 0 ? round(x(0)) : null,
    omitted: input.rows.length - rows.length,
  };
}

/** Beside its line, right of it where it fits, else left of it, else as far right as fits. */
function labelPlace(
  x: number,
  w: number,
  width: number,
): { labelX: number; anchor: 'start' | 'end' } {
  if (x + 4 + w <= width - 2) return { labelX: round(x + 4), anchor: 'start' };
  if (x - 4 - w >= 2) return { labelX: round(x - 4), anchor: 'end' };
  return { labelX: round(Math.max(2, width - 2 - w)), anchor: 'start' };
}

function pickRows(
  rows: DotRow[],
  maxRows: number | undefined,
): { row: DotRow; gapBefore: boolean }[] {
  const all = rows.map((row) => ({ row, gapBefore: false }));
  if (maxRows === undefined || !Number.isFinite(maxRows) || rows.length <= maxRows) return all;
  const limit = Math.max(1, Math.floor(maxRows));
  const focusIndex = rows.findIndex((r) => r.isFocus);
  if (focusIndex < limit) return all.slice(0, limit);
  // The focus kommune is the reason the chart is shown, so it replaces the last visible row.
  return [...all.slice(0, limit - 1), { row: rows[focusIndex]!, gapBefore: true }];
}

function tickCount(plotWidth: number): number {
  return Math.max(2, Math.min(8, Math.floor(plotWidth / 80)));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
