/**
 * Geometry of the pledge chart: the measured series against the target, with the pledge date and
 * deadline marked. A pure function of data and size, so the same chart renders in the browser, at
 * build time and in snapshot tests. Pixels appear here and nowhere earlier in the pipeline.
 */
import { linearScale } from './linear-scale.ts';
import { pathThrough, round, roundPath } from './line-path.ts';
import { endOfYear, isoToTime, startOfYear } from './time-axis.ts';

export interface ChartPoint {
  /**
   * ISO date the period starts, one point per date (pledgeChartInput picks the figure that counts).
   * Undated figures cannot be placed and are left out of the chart.
   */
  date: string;
  label: string;
  /** null is a published gap: drawn as a break in the line, never bridged. */
  value: number | null;
  secondary: boolean;
  flagged: boolean;
}

export interface ChartInput {
  points: ChartPoint[];
  target: { value: number; comparator: 'at_most' | 'at_least' } | null;
  pledgeDate: string | null;
  deadline: string | null;
  /** Last day of the council term the pledge was made in. */
  termEnd?: string | null;
  /** Dated notes, drawn as numbered markers on the time axis and listed under the chart. */
  annotations?: { date: string }[];
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  position: number;
}

export interface PlacedPoint extends ChartPoint {
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Narrow charts get fewer ticks and stack the marker labels (see NARROW_CHART). */
  narrow: boolean;
  /** Every text's size, in the chart's own units (viewBox pixels). */
  fontSize: number;
  /** Baselines of the pledge-date and deadline labels above the plot. */
  labelY: { pledge: number; deadline: number };
  /** The pledge-date label reads leftwards from its rule when it would run off the right edge. */
  pledgeLabelAnchor: 'start' | 'end';
  pointRadius: number;
  margin: { top: number; right: number; bottom: number; left: number };
  linePath: string;
  points: PlacedPoint[];
  xTicks: { year: number; position: number }[];
  yTicks: Tick[];
  targetY: number | null;
  pledgeX: number | null;
  deadlineX: number | null;
  /** null when there is no term end or it coincides with the deadline (then deadlineIsTermEnd). */
  termEndX: number | null;
  deadlineIsTermEnd: boolean;
  /** Numbered from 1 in input order; annotations outside the time axis are left out. */
  annotations: { number: number; x: number }[];
}

/** Dates closer than this share one rule on the chart, so their labels do not overprint. */
const SAME_DAY_MS = 45 * 24 * 3600 * 1000;

const MARGIN = { top: 24, right: 24, bottom: 32, left: 56 };
/** Two rows of marker labels above the plot, so "Løftet givet" and "Frist" never overprint. */
const NARROW_MARGIN = { top: 40, right: 14, bottom: 30, left: 54 };

/**
 * Text size in viewBox units. An SVG scales its text with its width, so the size a reader sees is
 * fontSize × rendered width / viewBox width; each variant below keeps that at 11 px or more.
 */
export const CHART_FONT_SIZE = 12;

/**
 * The narrow chart, drawn for phones rather than scaling the wide one down: at 320 px a card has
 * 288 px for it (1 rem padding each side), where 12 × 288 / 300 = 11.5 px.
 */
export const NARROW_CHART = { width: 300, height: 230 };

/**
 * The least room (CSS px) in which the wide chart is shown; below it the narrow chart is. Wide
 * charts are at most 560 wide in the embed, where 12 × 520 / 560 = 11.1 px.
 */
export const WIDE_CHART_MIN_PX = 520;

/** Room a marker label such as "Løftet givet" or "Pledge made" needs, in viewBox units. */
const MARKER_LABEL_ROOM = 90;

/** Charts narrower than this are laid out as narrow ones. */
const NARROW_BELOW = 420;

/** The same chart for a phone's width. */
export function narrowChartInput(input: ChartInput): ChartInput {
  return { ...input, ...NARROW_CHART };
}

export function layoutPledgeChart(input: ChartInput): ChartLayout {
  const { width, height } = input;
  const narrow = width < NARROW_BELOW;
  const m = narrow ? NARROW_MARGIN : MARGIN;
  const dated = input.points.filter((p) => isoToTime(p.date) !== null);
  const times = [
    ...dated.map((p) => isoToTime(p.date)),
    isoToTime(input.pledgeDate),
    isoToTime(input.deadline),
    isoToTime(input.termEnd ?? null),
  ].filter((t): t is number => t !== null);
  const values = [
    ...dated.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v)),
    ...(input.target && Number.isFinite(input.target.value) ? [input.target.value] : []),
  ];
  const minTime = times.length > 0 ? Math.min(...times) : Date.UTC(2020, 0, 1);
  const maxTime = times.length > 0 ? Math.max(...times) : Date.UTC(2025, 0, 1);
  // A linear scale over epoch milliseconds: the year ticks are our own, so a time scale (and the
  // time-format code it brings into the first bundle) is not needed.
  const x = linearScale([startOfYear(minTime), endOfYear(maxTime)], [m.left, width - m.right]);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const y = linearScale(
    [low, high === low ? low + 1 : high * 1.08],
    [height - m.bottom, m.top],
    narrow ? 4 : 5,
  );

  const points: PlacedPoint[] = onePerDate(dated).map((p) => ({
    ...p,
    x: round(x(isoToTime(p.date) ?? 0)),
    y: p.value === null || !Number.isFinite(p.value) ? NaN : round(y(p.value)),
  }));
  const linePath = pathThrough(points);

  const [startYear, endYear] = [
    new Date(minTime).getUTCFullYear(),
    new Date(maxTime).getUTCFullYear(),
  ];
  const step = Math.max(
    1,
    Math.ceil((endYear - startYear + 1) / Math.max(2, Math.floor((width - m.left - m.right) / 60))),
  );
  const xTicks: ChartLayout['xTicks'] = [];
  for (let year = startYear; year <= endYear; year += step) {
    xTicks.push({ year, position: round(x(Date.UTC(year, 0, 1))) });
  }
  const at = (iso: string | null) => {
    const t = isoToTime(iso);
    return t === null ? null : round(x(t));
  };
  const pledgeX = at(input.pledgeDate);
  const deadlineTime = isoToTime(input.deadline);
  const termTime = isoToTime(input.termEnd ?? null);
  const deadlineIsTermEnd =
    deadlineTime !== null && termTime !== null && Math.abs(deadlineTime - termTime) < SAME_DAY_MS;
  return {
    width,
    height,
    narrow,
    fontSize: CHART_FONT_SIZE,
    labelY: narrow
      ? { pledge: m.top - 24, deadline: m.top - 8 }
      : { pledge: m.top - 8, deadline: m.top - 8 },
    pledgeLabelAnchor:
      pledgeX !== null && pledgeX + 4 + MARKER_LABEL_ROOM > width ? 'end' : 'start',
    // Monthly series put dots close together; smaller ones keep the line readable on a phone.
    pointRadius: narrow ? 3 : 4,
    margin: m,
    linePath: roundPath(linePath),
    points,
    xTicks,
    yTicks: y.ticks(narrow ? 4 : 5).map((value) => ({ value, position: round(y(value)) })),
    targetY:
      input.target && Number.isFinite(input.target.value) ? round(y(input.target.value)) : null,
    pledgeX,
    deadlineX: at(input.deadline),
    termEndX: deadlineIsTermEnd ? null : at(input.termEnd ?? null),
    deadlineIsTermEnd,
    annotations: (input.annotations ?? []).flatMap((a, i) => {
      const position = at(a.date);
      return position === null ? [] : [{ number: i + 1, x: position }];
    }),
  };
}

/**
 * One point per date, oldest first. Which figure counts for a period is the domain's rule
 * (figureForPeriod), applied by pledgeChartInput before the chart sees the points; should two
 * points share a date anyway, the first given is drawn, so the line never doubles back.
 */
function onePerDate(points: ChartPoint[]): ChartPoint[] {
  const byDate = new Map<string, ChartPoint>();
  for (const p of points) if (!byDate.has(p.date)) byDate.set(p.date, p);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
