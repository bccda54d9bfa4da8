/**
 * Why an outcome verdict is what it is, as machine codes with Danish and English text. Texts are
 * whole sentences so the UI can list them as they are.
 */
import type { QualityFlag } from './series.ts';
import { formatPeriod, type Lang } from './format.ts';

export type ReasonCode =
  | 'no_measure' // no public series measures the pledge
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

// Short phrases, so several fit in one parenthesis of a sentence.
const FLAG_TEXT: Record<QualityFlag, { da: string; en: string }> = {
  approx: { da: 'omtrentligt tal', en: 'approximate figure' },
  lower_bound: { da: 'kun en nedre grænse', en: 'only a lower bound' },
  provisional: { da: 'foreløbigt tal', en: 'provisional figure' },
  unvalidated: { da: 'ikke valideret af producenten', en: 'not validated by the producer' },
  known_gap: {
    da: 'producenten oplyser, at der mangler registreringer',
    en: 'the producer reports missing registrations',
  },
  partial_coverage: { da: 'ikke alle kommuner indberetter', en: 'not all municipalities report' },
  break_in_series: { da: 'brud i serien', en: 'break in the series' },
  sub_area: { da: 'dækker kun en del af kommunen', en: 'covers only part of the municipality' },
  undated: { da: 'ingen periode', en: 'no period' },
  footnote: { da: 'fodnote fra producenten', en: 'producer footnote' },
  missing: { da: 'offentliggjort som manglende', en: 'published as missing' },
};

export function flagText(flag: QualityFlag, lang: Lang): string {
  return FLAG_TEXT[flag]?.[lang] ?? flag;
}

function periodList(periods: readonly string[], lang: Lang): string {
  const names = periods.map((p) => formatPeriod(p, lang));
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'en' ? 'and' : 'og';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Texts = (
  p: { da: string; en: string },
  flags: { da: string; en: string },
  many: boolean,
) => [string, string];

const TEXTS: Record<ReasonCode, Texts> = {
  no_measure: () => [
    'Ingen offentlig statistik måler løftet.',
    'No public statistic measures the pledge.',
  ],
  bad_measure: () => [
    'Løftets mål eller frist er ikke angivet korrekt.',
    "The pledge's target or deadline is not given correctly.",
  ],
  series_mismatch: () => [
    'Tallene hører ikke til det mål og den kommune, løftet måles på.',
    'The figures do not belong to the metric and municipality the pledge is measured on.',
  ],
  no_data: () => ['Der er ingen tal.', 'There are no figures.'],
  none_before_deadline: () => [
    'Der er ingen tal fra før fristen.',
    'There are no figures from before the deadline.',
  ],
  none_in_period: () => [
    'Der er ingen tal for perioden, løftet gælder.',
    'There are no figures for the period the pledge covers.',
  ],
  undated: () => [
    'Nogle tal har ingen periode og indgår ikke.',
    'Some figures have no period and are left out.',
  ],
  gap: (p) => [`Der mangler tal for ${p.da}.`, `Figures are missing for ${p.en}.`],
  awaiting_data: (p) => [
    `Der er endnu ingen tal for ${p.da}, hvor fristen falder.`,
    `There are no figures yet for ${p.en}, when the deadline falls.`,
  ],
  too_sparse: () => [
    'Der er for få tal til at se en retning.',
    'There are too few figures to show a direction.',
  ],
  only_secondary: (p, _f, many) =>
    many
      ? [
          `Tallene for ${p.da} stammer kun fra sekundære kilder.`,
          `The figures for ${p.en} come only from secondary sources.`,
        ]
      : [
          `Tallet for ${p.da} stammer kun fra en sekundær kilde.`,
          `The figure for ${p.en} comes only from a secondary source.`,
        ],
  provisional: (p, _f, many) =>
    many
      ? [`Tallene for ${p.da} er foreløbige.`, `The figures for ${p.en} are provisional.`]
      : [`Tallet for ${p.da} er foreløbigt.`, `The figure for ${p.en} is provisional.`],
  flagged: (p, f, many) => [
    `Der er forbehold ved ${many ? 'tallene' : 'tallet'} for ${p.da} (${f.da}).`,
    `There are caveats to the ${many ? 'figures' : 'figure'} for ${p.en} (${f.en}).`,
  ],
};

export function reason(
  code: ReasonCode,
  context: { periods?: readonly string[]; flags?: readonly QualityFlag[] } = {},
): Reason {
  const periods = [...new Set(context.periods ?? [])];
  const flags = [...new Set(context.flags ?? [])];
  const p = { da: periodList(periods, 'da'), en: periodList(periods, 'en') };
  const f = {
    da: flags.map((flag) => flagText(flag, 'da')).join('; '),
    en: flags.map((flag) => flagText(flag, 'en')).join('; '),
  };
  const [da, en] = TEXTS[code](p, f, periods.length > 1);
  const out: Reason = { code, da: capitalise(da), en: capitalise(en) };
  if (flags.length > 0) out.flags = flags;
  if (periods.length > 0) out.periods = periods;
  return out;
}
