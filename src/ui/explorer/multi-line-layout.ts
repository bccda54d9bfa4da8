/**
 * Geometry of the explorer's line chart: several series on one time axis and one value axis, with
 * a legend drawn inside the SVG (so a downloaded file keeps it). Each series has its own colour
 * and dash pattern, so the lines can be told apart without colour too. Pure: the same input gives
 * the same layout. A NULL value is a gap in its line, never bridged.
 */
import { linearScale } from '../../charts/linear-scale.ts';
import { pathThrough, round, roundPath } from '../../charts/line-path.ts';
import { endOfYear, isoToTime, startOfYear } from '../../charts/time-axis.ts';
import type { ChartPoint } from '../../charts/pledge-chart-layout.ts';

export interface MultiLineInput {
  series: { label: string; points: ChartPoint[] }[];
  width: number;
  height: number;
  /** No legend for a single line without a name. */
  legend: boolean;
}

export interface PlacedLinePoint extends ChartPoint {
  x: number;
  y: number;
}

export interface PlacedSeries {
  label: string;
  /** 0-based; picks the colour and dash (SERIES_DASHES). */
  index: number;
  path: string;
  points: PlacedLinePoint[];
}

export interface LegendEntry {
  label: string;
  index: number;
  x: number;
  y: number;
}

export interface MultiLineLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  series: PlacedSeries[];
  legend: LegendEntry[];
  xTicks: { year: number; position: number }[];
  yTicks: { value: number; position: number }[];
}

/** One dash pattern per series index; '' is solid. */
export const SERIES_DASHES = ['', '7 3', '2 3', '10 3 2 3', '4 4', '12 4', '1 5', '6 2 2 2'];

const LEGEND_ROW = 18;
const SWATCH = 26;
/** Wide enough for system-ui at 12 px, so legend labels never overlap (measured text would need a DOM). */
const CHAR_WIDTH = 7.2;
const LABEL_MAX = 36;

export function legendLabel(text: string): string {
  const chars = [...text];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : text;
}

export function layoutMultiLine(input: MultiLineInput): MultiLineLayout {
  const { width } = input;
  const legend: LegendEntry[] = [];
  let row = 0;
  let cursor = 8;
  if (input.legend) {
    for (const [index, s] of input.series.entries()) {
      const label = legendLabel(s.label);
      const entryWidth = SWATCH + 6 + label.length * CHAR_WIDTH + 18;
      if (cursor > 8 && cursor + entryWidth > width - 8) {
        row++;
        cursor = 8;
      }
      legend.push({ label, index, x: cursor, y: 14 + row * LEGEND_ROW });
      cursor += entryWidth;
    }
  }
  const legendHeight = input.legend && input.series.length > 0 ? (row + 1) * LEGEND_ROW + 8 : 0;
  const margin = { top: 24 + legendHeight, right: 24, bottom: 32, left: 64 };
  const height = input.height + legendHeight;

  const all = input.series.flatMap((s) => s.points);
  const times = all.map((p) => isoToTime(p.date)).filter((t): t is number => t !== null);
  const values = all
    .map((p) => p.value)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const minTime = times.length > 0 ? Math.min(...times) : Date.UTC(2020, 0, 1);
  const maxTime = times.length > 0 ? Math.max(...times) : Date.UTC(2025, 0, 1);
  const x = linearScale(
    [startOfYear(minTime), endOfYear(maxTime)],
    [margin.left, width - margin.right],
  );
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const y = linearScale(
    [low, high === low ? low + 1 : high + (high - low) * 0.08],
    [height - margin.bottom, margin.top],
    5,
  );

  const series = input.series.map((s, index): PlacedSeries => {
    const points = s.points
      .filter((p) => isoToTime(p.date) !== null)
      .map((p) => ({
        ...p,
        x: round(x(isoToTime(p.date) ?? 0)),
        y: p.value === null || !Number.isFinite(p.value) ? NaN : round(y(p.value)),
      }));
    return { label: legendLabel(s.label), index, path: roundPath(pathThrough(points)), points };
  });

  const startYear = new Date(minTime).getUTCFullYear();
  const endYear = new Date(maxTime).getUTCFullYear();
  const step = Math.max(
    1,
    Math.ceil(
      (endYear - startYear + 1) /
        Math.max(2, Math.floor((width - margin.left - margin.right) / 60)),
    ),
  );
  const xTicks: MultiLineLayout['xTicks'] = [];
  for (let year = startYear; year <= endYear; year += step) {
    xTicks.push({ year, position: round(x(Date.UTC(year, 0, 1))) });
  }
  return {
    width,
    height,
    margin,
    series,
    legend,
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, position: round(y(value)) })),
  };
}
