/**
 * Why an outcome verdict is what it is, as machine codes with Danish and English text. The words
 * live in the dictionary (src/text); here they are filled in with the periods and flags involved.
 */
import type { QualityFlag } from './series.ts';
import { formatPeriod, type Lang } from './format.ts';
import { t } from '../text/t.ts';

export type ReasonCode =
  | 'no_measure' // no public series measures the pledge
  | 'series_elsewhere' // a public series would measure it, but no importer fetches it yet
  | 'not_in_extract' // the measure's series has no figures in the bundled extract
  | 'discontinued' // the publisher stopped the series before the deadline
  | 'indirect' // the series is context for the pledge, not a measure of it
  | 'no_target' // the series measures the pledge, but the document sets no number
  | 'bad_measure' // the measure's target or deadline is unusable
  | 'series_mismatch' // the series is for another metric or kommune than the measure
  | 'no_data' // no figures at all
  | 'none_before_deadline' // figures exist, but none for a period starting by the deadline
  | 'none_in_period' // a threshold with no figure for a period inside the pledge's span
  | 'undated' // figures without a usable period, which are left out
  | 'gap' // a period is missing or published as missing ('..')
  | 'awaiting_data' // no figure yet for the period the deadline falls in
  | 'too_sparse' // fewer than two dated figures, so no direction
  | 'only_secondary' // the figure comes only from a secondary source
  | 'provisional' // the figure is provisional
  | 'flagged'; // the producer or source reports a problem with the figure

export interface Reason {
  code: ReasonCode;
  da: string;
  en: string;
  /** The quality flags involved, for `flagged` and `provisional`. */
  flags?: QualityFlag[];
  /** Period labels involved, as the source writes them. */
  periods?: string[];
}

/** Flags that make a figure too uncertain to carry a confident met or not_met. */
export const BLOCKING_FLAGS: ReadonlySet<QualityFlag> = new Set<QualityFlag>([
  'approx',
  'lower_bound',
  'provisional',
  'unvalidated',
  'known_gap',
  'partial_coverage',
  'sub_area',
  'undated',
]);

export function flagText(flag: QualityFlag, lang: Lang): string {
  return t(lang).flag[flag] ?? flag;
}

function periodList(periods: readonly string[], lang: Lang): string {
  const names = periods.map((p) => formatPeriod(p, lang));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${t(lang).and} ${names[names.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function reasonText(
  code: ReasonCode,
  periods: readonly string[],
  flags: readonly QualityFlag[],
  lang: Lang,
): string {
  const words = {
    periods: periodList(periods, lang),
    flags: flags.map((flag) => flagText(flag, lang)).join('; '),
    many: periods.length > 1,
  };
  return capitalise(t(lang).reason[code](words));
}

export function reason(
  code: ReasonCode,
  context: { periods?: readonly string[]; flags?: readonly QualityFlag[] } = {},
): Reason {
  const periods = [...new Set(context.periods ?? [])];
  const flags = [...new Set(context.flags ?? [])];
  // Getters: a Danish page never loads the English words, so they are made only when read.
  const out: Reason = {
    code,
    get da() {
      return reasonText(code, periods, flags, 'da');
    },
    get en() {
      return reasonText(code, periods, flags, 'en');
    },
  };
  if (flags.length > 0) out.flags = flags;
  if (periods.length > 0) out.periods = periods;
  return out;
}
