/**
 * How the query benchmark's costs grow with the rows: the factor from each measured size to the
 * next, and the exponent k of rows^k over the whole range, computed from the figures themselves so
 * docs/benchmarks.md never states a trend the run did not show.
 */
import { rowsLabel } from './report-render.ts';
import type { QuerySummary } from './summarize.ts';

export interface GrowthMeasure {
  label: string;
  value: (q: QuerySummary) => number | null | undefined;
}

export const GROWTH_MEASURES: readonly GrowthMeasure[] = [
  { label: 'load', value: (q) => q.loadMs },
  { label: '(a) by year median', value: (q) => q.byYear?.median },
  { label: '(a) p95', value: (q) => q.byYear?.p95 },
  { label: '(b) rank median', value: (q) => q.rankYear?.median },
  { label: '(b) p95', value: (q) => q.rankYear?.p95 },
  { label: 'renderer RSS', value: (q) => q.rendererRss },
];

export interface GrowthStep {
  from: number;
  to: number;
  /** Cost at `to` ÷ cost at `from`. */
  factor: number;
}

export interface Growth {
  label: string;
  steps: GrowthStep[];
  /** k in cost ∝ rows^k from the smallest to the largest size: 0 flat, 1 in proportion. */
  exponent: number | null;
}

const usable = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0;

/** The growth of one measure over the sizes that completed and have a figure for it. */
export function growth(queries: readonly QuerySummary[], measure: GrowthMeasure): Growth {
  const points = queries
    .filter((q) => !q.error && usable(measure.value(q)))
    .map((q) => ({ rows: q.rows, value: measure.value(q) as number }))
    .sort((a, b) => a.rows - b.rows);
  const steps = points.slice(1).map((p, i) => ({
    from: points[i]!.rows,
    to: p.rows,
    factor: p.value / points[i]!.value,
  }));
  const first = points[0];
  const last = points[points.length - 1];
  const exponent =
    first && last && last.rows > first.rows
      ? Math.log(last.value / first.value) / Math.log(last.rows / first.rows)
      : null;
  return { label: measure.label, steps, exponent };
}

function factorText(factor: number): string {
  return `×${factor >= 10 ? Math.round(factor) : factor.toFixed(1)}`;
}

/** One line per measure, e.g. "load: 10⁴→10⁵ ×1.2, 10⁵→10⁶ ×3.0 (rows^0.4)". */
export function growthLines(queries: readonly QuerySummary[]): string[] {
  return GROWTH_MEASURES.map((m) => growth(queries, m))
    .filter((g) => g.steps.length > 0 && g.exponent !== null)
    .map(
      (g) =>
        `${g.label}: ${g.steps.map((s) => `${rowsLabel(s.from)}→${rowsLabel(s.to)} ${factorText(s.factor)}`).join(', ')} ` +
        `(rows^${g.exponent!.toFixed(2)})`,
    );
}

/** The "how the cost grows" paragraph of docs/benchmarks.md; empty with fewer than two sizes. */
export function growthMarkdown(queries: readonly QuerySummary[]): string {
  const lines = growthLines(queries);
  if (lines.length === 0) return '';
  const ranked = queries
    .filter((q) => !q.error && q.rankYear)
    .map((q) => `${q.rankYear!.resultRows.toLocaleString('en-US')} at ${rowsLabel(q.rows)}`);
  return [
    '### How the cost grows',
    '',
    'Each factor is the figure at the larger size ÷ the figure at the smaller one, from the table',
    'above; rows^k fits the whole range (k = 0: the cost does not grow with the rows, k = 1: it',
    `grows in proportion). (b) returns ${ranked.join(', ')} rows.`,
    '',
    ...lines.map((l) => `- ${l}`),
  ].join('\n');
}
