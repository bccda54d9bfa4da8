/** How a metric's unit and title read in a sentence, in Danish and English. */
import type { Metric, Observation } from './series.ts';
import { formatAmountDkk, formatNumber, formatPercent, type Lang } from './format.ts';
import { pick, t } from '../text/t.ts';

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

/** Unit words for 'other' units, by the dictionary's key; '' for a bare count. Unlisted units are
 * shown as written. */
const UNIT_WORDS: Record<string, 'days' | 'weeks' | 'years' | 'fulltimePersons' | ''> = {
  days: 'days',
  // Jobindsats counts recipients as full-time persons: 69 of them is not 69 people.
  fulltime_persons: 'fulltimePersons',
  dage: 'days',
  weeks: 'weeks',
  years: 'years',
  count: '',
  number: '',
  antal: '',
};

export const unitKind = (unit: string): UnitKind =>
  UNIT_KINDS[unit.trim().toLowerCase()] ?? 'other';

export function lowerFirst(s: string): string {
  // Keep acronyms ('SFI-tælling', 'NGO') as they are.
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function titleOf(metric: Metric | null, lang: Lang, fallback: string): string {
  const raw = pick(lang, metric?.titleDa, metric?.titleEn) ?? '';
  const stripped = raw.trim().replace(/^(antallet af|antal|the number of|number of)\s+/i, '');
  return stripped === '' ? fallback : lowerFirst(stripped);
}

/** A value in the metric's unit, with the unit when the sentence needs it. */
export function amount(value: number, unit: string, lang: Lang): string {
  switch (unitKind(unit)) {
    case 'percent':
      // English writes 12.5%, Danish 12,5 pct.
      return t(lang).percentUnit === '%'
        ? formatPercent(value, lang)
        : `${formatNumber(value, lang)} ${t(lang).percentUnit}`;
    case 'dkk':
      return formatAmountDkk(value, lang);
    case 'persons':
      // The sentence names the people counted, so the number stands alone.
      return formatNumber(value, lang);
    default: {
      const key = UNIT_WORDS[unit.trim().toLowerCase()];
      const word = key === undefined ? unit.trim() : key === '' ? '' : t(lang).unitWords[key];
      return word === '' ? formatNumber(value, lang) : `${formatNumber(value, lang)} ${word}`;
    }
  }
}

export function qualifiedAmount(obs: Observation, value: number, unit: string, lang: Lang): string {
  const text = amount(value, unit, lang);
  const flags = obs.flags ?? [];
  if (flags.includes('lower_bound')) return `${t(lang).moreThan} ${text}`;
  if (flags.includes('approx')) return `${t(lang).about} ${text}`;
  return text;
}
