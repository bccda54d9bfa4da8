/**
 * What a live answer from Danmarks Statistik changes against the figures on the page: periods the
 * page does not have yet, and periods whose value DST has revised (or now withholds). Figures are
 * matched by kommune and the day their period starts, so DST's '2024Q1' and the page's '2024K1'
 * are one period. For each period the page's figure is the one the chart shows (figureForPeriod).
 * The merged series feeds the domain's own evaluateOutcome; nothing here judges a pledge.
 */
import { figureForPeriod } from '../domain/figure-for-period.ts';
import type { IsoDate } from '../domain/pledge.ts';
import {
  QUALITY_FLAGS,
  type Observation,
  type ObservationSource,
  type QualityFlag,
  type Series,
} from '../domain/series.ts';

/** One figure as the importer maps it (StatbankObservation's shape). */
export interface LiveFigure {
  metricId: string;
  kode: string;
  period: string;
  periodStart: string;
  value: number | null;
  flags: string[];
  note: string;
}

export interface LiveChange {
  kind: 'new' | 'revised';
  kode: string;
  period: string;
  periodStart: string;
  /** The page's value; null for a new period or a cell the page has as missing. */
  before: number | null;
  /** DST's value now; null when DST now withholds it. */
  after: number | null;
}

export interface LiveComparison {
  changes: LiveChange[];
  /** Live figures equal to the page's. */
  agreeing: number;
  /** Live figures in all (with or without a value). */
  checked: number;
}

const key = (kode: string, start: string) => `${kode}\u0000${start}`;

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compareLive(
  page: readonly Observation[],
  live: readonly LiveFigure[],
): LiveComparison {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of page) {
    if (o.kode === null || o.periodStart === null) continue;
    const k = key(o.kode, o.periodStart);
    byPeriod.set(k, [...(byPeriod.get(k) ?? []), o]);
  }
  const changes: LiveChange[] = [];
  let agreeing = 0;
  for (const f of live) {
    const shown = figureForPeriod(byPeriod.get(key(f.kode, f.periodStart)) ?? []);
    const base = { kode: f.kode, period: f.period, periodStart: f.periodStart, after: f.value };
    if (!shown) {
      // A period DST lists without a value adds nothing a reader could see.
      if (f.value !== null) changes.push({ kind: 'new', before: null, ...base });
    } else if (same(shown.value, f.value)) {
      agreeing++;
    } else {
      changes.push({ kind: 'revised', before: shown.value, ...base });
    }
  }
  changes.sort(
    (a, b) =>
      a.kode.localeCompare(b.kode) ||
      a.periodStart.localeCompare(b.periodStart) ||
      a.kind.localeCompare(b.kind),
  );
  return { changes, agreeing, checked: live.length };
}

/**
 * The series with DST's live figures for its kommune: a live figure replaces the page's for the
 * same period and a new period is added. Every live figure is marked by its source (title and
 * retrieval date), so nothing merged here can pass for a reviewed figure.
 */
export function mergeLive(
  series: Series,
  live: readonly LiveFigure[],
  source: ObservationSource,
): Series {
  const mine = live.filter((f) => f.kode === series.kode && f.metricId === series.metric.id);
  const replaced = new Set(mine.map((f) => f.periodStart));
  const kept = series.observations.filter(
    (o) => o.periodStart === null || !replaced.has(o.periodStart),
  );
  const added: Observation[] = mine.map((f) => ({
    metric: f.metricId,
    kode: f.kode,
    periodStart: f.periodStart as IsoDate,
    periodLabel: f.period,
    value: f.value,
    quality: 'primary',
    flags: f.flags.filter((x): x is QualityFlag =>
      (QUALITY_FLAGS as readonly string[]).includes(x),
    ),
    ...(f.note === '' ? {} : { note: f.note }),
    source,
  }));
  const observations = [...kept, ...added].sort((a, b) => {
    if (a.periodStart === null) return b.periodStart === null ? 0 : 1;
    if (b.periodStart === null) return -1;
    return a.periodStart.localeCompare(b.periodStart);
  });
  return { ...series, observations };
}
