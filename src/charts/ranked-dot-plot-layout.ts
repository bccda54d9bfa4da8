/**
 * Geometry of the ranked dot plot: one row per kommune, in the order given (best first), a dot at
 * its value on a shared linear scale, and an optional reference line (national rate, a target).
 * Pure and rounded, so the same rows always give the same SVG.
 */
import { linearScale } from './linear-scale.ts';

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

export interface DotPlotInput {
  /** Already ranked, best first. */
  rows: DotRow[];
  reference?: { label: string; value: number } | null;
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

export interface DotPlotLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  rows: PlacedDotRow[];
  xTicks: { value: number; position: number }[];
  reference: {
    label: string;
    value: number;
    x: number;
    labelY: number;
    anchor: 'start' | 'end';
  } | null;
  /** x of the scale's zero, or null when zero is outside the domain. */
  zeroX: number | null;
  /** Rows left out because of maxRows. */
  omitted: number;
}

/** Rough width of a 12px system-ui character; labels are short names, so an estimate will do. */
const CHAR_WIDTH = 6.8;
const GAP_HEIGHT = 0.6;

export function layoutRankedDotPlot(input: DotPlotInput): DotPlotLayout {
  const width = Math.max(120, input.width);
  const rowHeight = Math.max(8, input.rowHeight);
  const shown = pickRows(input.rows, input.maxRows);
  const longest = Math.max(0, ...shown.map((s) => [...s.row.label].length));
  const margin = {
    top: 28,
    right: 24,
    // Room under the rows for the reference label.
    bottom: input.reference ? 24 : 8,
    left: round(Math.min(width * 0.45, 12 + longest * CHAR_WIDTH)),
  };
  const reference =
    input.reference && Number.isFinite(input.reference.value) ? input.reference : null;
  const values = [
    ...shown.map((s) => s.row.value).filter(Number.isFinite),
    ...(reference ? [reference.value] : []),
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
  const refX = reference ? round(x(reference.value)) : 0;
  return {
    width,
    height,
    margin,
    rows,
    xTicks: x
      .ticks(tickCount(width - margin.left - margin.right))
      .map((value) => ({ value, position: round(x(value)) })),
    reference: reference
      ? {
          ...reference,
          x: refX,
          labelY: round(height - 8),
          anchor: refX > middle ? 'end' : 'start',
        }
      : null,
    zeroX: d0 <= 0 && d1 >= 0 ? round(x(0)) : null,
    omitted: input.rows.length - rows.length,
  };
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
