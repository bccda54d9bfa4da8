/** How a metric's unit and title read in a sentence, in Danish and English. */
import type { Metric, Observation } from './series.ts';
import { formatAmountDkk, formatNumber, formatPercent, type Lang } from './format.ts';

export type UnitKind = 'persons' | 'percent' | 'dkk' | 'other';

const UNIT_KINDS: Record<string, UnitKind> = {
  persons: 'persons',
  person: 'persons',
  personer: 'persons',
  people: 'persons',
  percent: 'percent',
  procent: 'percent',
  pct: 'percent',
  'pct.': 'percent',
  '%': 'percent',
  dkk: 'dkk',
  kr: 'dkk',
  'kr.': 'dkk',
  kroner: 'dkk',
};

/** Unit words for 'other' units; a unit not listed is shown as written. */
const UNIT_WORDS: Record<string, { da: string; en: string }> = {
  days: { da: 'dage', en: 'days' },
  dage: { da: 'dage', en: 'days' },
  weeks: { da: 'uger', en: 'weeks' },
  years: { da: 'år', en: 'years' },
  count: { da: '', en: '' },
  number: { da: '', en: '' },
  antal: { da: '', en: '' },
};

export const unitKind = (unit: string): UnitKind =>
  UNIT_KINDS[unit.trim().toLowerCase()] ?? 'other';

export function lowerFirst(s: string): string {
  // Keep acronyms ('SFI-tælling', 'NGO') as they are.
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function titleOf(metric: Metric | null, lang: Lang, fallback: string): string {
  const raw = (lang === 'en' ? metric?.titleEn : metric?.titleDa) ?? '';
  const stripped = raw.trim().replace(/^(antallet af|antal|the number of|number of)\s+/i, '');
  return stripped === '' ? fallback : lowerFirst(stripped);
}

/** A value in the metric's unit, with the unit when the sentence needs it. */
export function amount(value: number, unit: string, lang: Lang): string {
  switch (unitKind(unit)) {
    case 'percent':
      return lang === 'en' ? formatPercent(value, lang) : `${formatNumber(value, lang)} pct.`;
    case 'dkk':
      return formatAmountDkk(value, lang);
    case 'persons':
      // The sentence names the people counted, so the number stands alone.
      return formatNumber(value, lang);
    default: {
      const word = UNIT_WORDS[unit.trim().toLowerCase()]?.[lang] ?? unit.trim();
      return word === '' ? formatNumber(value, lang) : `${formatNumber(value, lang)} ${word}`;
    }
  }
}

export function qualifiedAmount(obs: Observation, value: number, unit: string, lang: Lang): string {
  const text = amount(value, unit, lang);
  const flags = obs.flags ?? [];
  if (flags.includes('lower_bound')) return `${lang === 'en' ? 'more than' : 'mere end'} ${text}`;
  if (flags.includes('approx')) return `${lang === 'en' ? 'about' : 'ca.'} ${text}`;
  return text;
}
