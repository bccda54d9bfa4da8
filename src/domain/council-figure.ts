/**
 * How the council question writes a published figure: the value with the unit a reader expects,
 * "ca." or "mere end" when the figure says so, and its period. Only ever formats a figure it is
 * given; it computes none.
 */
import type { Metric, Observation } from './series.ts';
import { formatNumber, formatPeriod, type Lang } from './format.ts';
import { amount, unitKind } from './units.ts';
import { finiteOrNull } from './trend.ts';
import { pick, t } from '../text/t.ts';

export const oneLine = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A value with the unit a reader expects: '556 personer', '12,5 pct.', '12 mio. kr.'. */
export function withUnit(value: number, unit: string, metric: Metric | null, lang: Lang): string {
  const kind = unitKind(unit);
  if (kind === 'percent' || kind === 'dkk') return amount(value, unit, lang);
  const word = oneLine(pick(lang, metric?.unitDa, metric?.unitEn));
  if (word !== '') return `${formatNumber(value, lang)} ${word}`;
  if (kind === 'persons') return `${formatNumber(value, lang)} ${t(lang).people}`;
  return amount(value, unit, lang);
}

/** A figure as text ('ca. 556 personer') and its period ('2024'); null without a finite value. */
export function figureText(
  figure: Observation | null | undefined,
  unit: string,
  metric: Metric | null,
  lang: Lang,
): { value: string; period: string } | null {
  const value = finiteOrNull(figure?.value);
  if (!figure || value === null) return null;
  const flags = figure.flags ?? [];
  const qualifier = flags.includes('lower_bound')
    ? `${t(lang).moreThan} `
    : flags.includes('approx')
      ? `${t(lang).about} `
      : '';
  return {
    value: `${qualifier}${withUnit(value, unit, metric, lang)}`,
    period: formatPeriod(figure.periodLabel, lang, figure.periodStart),
  };
}
