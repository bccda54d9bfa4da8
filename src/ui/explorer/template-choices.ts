/**
 * The lists a template's choices come from, read from the extracts themselves: the metrics with
 * figures, each metric's periods (with how many kommuner have a figure) and kommuner, all in
 * Danish order. Our own fixed SQL; nothing the reader typed goes into it.
 */
import type { Db } from '../../db/db.ts';
import type { MetricRow } from '../../db/schema.ts';
import { compareDanish } from '../../domain/danish-collation.ts';
import type { Lang } from '../../domain/format.ts';
import {
  POPULATION_METRICS,
  type MetricChoice,
  type PeriodChoice,
  type TemplateChoices,
} from './template-sql.ts';

const WHOLE = "NOT list_has_any(o.flags, ['sub_area', 'undated'])";

export interface ChoiceRows {
  metrics: Pick<
    MetricRow,
    'id' | 'title_da' | 'title_en' | 'unit' | 'unit_da' | 'unit_en' | 'higher_is_better'
  >[];
  periods: { metric_id: string; period_label: string; start: string | null; kommuner: number }[];
  kodes: { metric_id: string; kode: string }[];
  kommuner: { kode: string; navn: string }[];
}

export async function readChoiceRows(db: Db): Promise<ChoiceRows> {
  const [metrics, periods, kodes, kommuner] = await Promise.all([
    db.query<ChoiceRows['metrics'][number]>(
      'SELECT id, title_da, title_en, unit, unit_da, unit_en, higher_is_better FROM metrics',
    ),
    db.query<ChoiceRows['periods'][number]>(
      `SELECT o.metric_id, o.period_label, strftime(min(o.period_start), '%Y-%m-%d') AS start,
         CAST(count(DISTINCT o.kode) FILTER (WHERE o.kode <> '000') AS INTEGER) AS kommuner
       FROM observations o JOIN kommuner k ON k.kode = o.kode
       WHERE o.value IS NOT NULL AND isfinite(o.value) AND ${WHOLE}
       GROUP BY ALL`,
    ),
    db.query<ChoiceRows['kodes'][number]>(
      `SELECT DISTINCT o.metric_id, o.kode
       FROM observations o JOIN kommuner k ON k.kode = o.kode
       WHERE o.period_start IS NOT NULL AND o.value IS NOT NULL AND ${WHOLE}`,
    ),
    db.query<ChoiceRows['kommuner'][number]>("SELECT kode, navn FROM kommuner WHERE kode <> '000'"),
  ]);
  return { metrics, periods, kodes, kommuner };
}

const byStart = (a: PeriodChoice, b: PeriodChoice) =>
  (a.start ?? '') < (b.start ?? '')
    ? -1
    : (a.start ?? '') > (b.start ?? '')
      ? 1
      : a.label < b.label
        ? -1
        : a.label > b.label
          ? 1
          : 0;

/** The rows as choices: metrics with figures only, in Danish order of the reader's titles. */
export function toChoices(rows: ChoiceRows, lang: Lang): TemplateChoices {
  const periods = new Map<string, PeriodChoice[]>();
  for (const p of rows.periods) {
    const list = periods.get(p.metric_id) ?? [];
    list.push({ label: p.period_label, start: p.start, kommuner: Number(p.kommuner) });
    periods.set(p.metric_id, list);
  }
  const kodes = new Map<string, string[]>();
  for (const k of rows.kodes) kodes.set(k.metric_id, [...(kodes.get(k.metric_id) ?? []), k.kode]);
  const metrics: MetricChoice[] = rows.metrics
    .map((m) => ({
      id: m.id,
      title: { da: m.title_da, en: m.title_en },
      unit: m.unit,
      unitWords: { da: m.unit_da, en: m.unit_en },
      higherIsBetter: m.higher_is_better,
      periods: (periods.get(m.id) ?? []).filter((p) => p.kommuner > 0).sort(byStart),
      kodes: [...(kodes.get(m.id) ?? [])].sort(),
    }))
    .filter((m) => m.periods.length > 0 || m.kodes.length > 0)
    .sort((a, b) => compareDanish(a.title[lang], b.title[lang]) || (a.id < b.id ? -1 : 1));
  return {
    metrics,
    kommuner: rows.kommuner
      .map((k) => ({ kode: k.kode, navn: k.navn }))
      .sort((a, b) => compareDanish(a.navn, b.navn) || (a.kode < b.kode ? -1 : 1)),
    // The days a table counted on: a quarter's or a month's first day (comparison-population.ts).
    populationDays: [
      ...new Set(
        POPULATION_METRICS.flatMap((id) => periods.get(id) ?? [])
          .filter((p) => p.kommuner > 0 && /^\d{4}(K[1-4]|M\d\d)$/.test(p.label))
          .flatMap((p) => (p.start === null ? [] : [p.start])),
      ),
    ].sort(),
  };
}

/** The comparison opens on the latest period with the most kommuner (issue 16). */
export function defaultPeriod(metric: MetricChoice): string | null {
  let pick: PeriodChoice | null = null;
  for (const p of metric.periods) if (!pick || p.kommuner >= pick.kommuner) pick = p;
  return pick?.label ?? null;
}
