/**
 * The words of the verdicts in Danish: status, flag and reason labels, and the pieces the
 * plain-language sentence and the draft council question are built from. The English in
 * en-verdict.ts has the same keys, checked by its type.
 */
import type { OutcomeStatus } from '../domain/outcome.ts';
import type { ActionStatus, Comparator } from '../domain/pledge.ts';
import type { ReasonCode } from '../domain/reasons.ts';
import type { QualityFlag } from '../domain/series.ts';

/** What a reason's sentence is built from: the periods as a list, the flags as one phrase. */
export interface ReasonWords {
  periods: string;
  flags: string;
  /** More than one period. */
  many: boolean;
}

export const daVerdict = {
  /** One spelling for every status, used by badges, filters, the method page and the card. */
  outcomeStatus: {
    met: 'Nået',
    not_met: 'Ikke nået',
    toward_target: 'På vej mod målet',
    away_from_target: 'På vej væk fra målet',
    not_yet_due: 'Fristen er ikke nået',
    trend_only: 'Udvikling uden mål',
    cannot_assess: 'Kan ikke vurderes',
  } satisfies Record<OutcomeStatus, string>,
  actionStatus: {
    kept: 'Holdt',
    partly_kept: 'Delvist holdt',
    broken: 'Brudt',
    in_progress: 'I gang',
    not_started: 'Ikke påbegyndt',
    not_assessed: 'Ikke vurderet',
  } satisfies Record<ActionStatus, string>,
  /** Short phrases, so several fit in one parenthesis of a sentence. */
  flag: {
    approx: 'omtrentligt tal',
    lower_bound: 'kun en nedre grænse',
    provisional: 'foreløbigt tal',
    unvalidated: 'ikke valideret af producenten',
    known_gap: 'producenten oplyser, at der mangler registreringer',
    partial_coverage: 'ikke alle kommuner indberetter',
    break_in_series: 'brud i serien',
    sub_area: 'dækker kun en del af kommunen',
    undated: 'ingen periode',
    footnote: 'fodnote fra producenten',
    missing: 'offentliggjort som manglende',
  } satisfies Record<QualityFlag, string>,
  /** Whole sentences, so a page can list them as they are. */
  reason: {
    no_measure: () => 'Ingen offentlig statistik måler løftet.',
    series_elsewhere: () =>
      'En offentlig serie ville måle løftet, men den er ikke i de medfølgende data.',
    not_in_extract: () => 'Serien findes, men dens tal er ikke i de medfølgende data.',
    discontinued: (w: ReasonWords) => `Serien er ophørt; de sidste tal er for ${w.periods}.`,
    indirect: () =>
      'Serien er baggrund: den måler ikke selve løftet og giver hverken nået eller ikke nået.',
    no_target: () =>
      'Løftet sætter intet tal, så tallene viser udviklingen, men ikke om målet er nået.',
    bad_measure: () => 'Løftets mål eller frist er ikke angivet korrekt.',
    series_mismatch: () => 'Tallene hører ikke til det mål og den kommune, løftet måles på.',
    no_data: () => 'Der er ingen tal.',
    none_before_deadline: () => 'Der er ingen tal fra før fristen.',
    none_in_period: () => 'Der er ingen tal for perioden, løftet gælder.',
    undated: () => 'Nogle tal har ingen periode og indgår ikke.',
    gap: (w: ReasonWords) => `Der mangler tal for ${w.periods}.`,
    awaiting_data: (w: ReasonWords) =>
      `Der er endnu ingen tal for ${w.periods}, hvor fristen falder.`,
    too_sparse: () => 'Der er for få tal til at se en retning.',
    only_secondary: (w: ReasonWords) =>
      w.many
        ? `Tallene for ${w.periods} stammer kun fra sekundære kilder.`
        : `Tallet for ${w.periods} stammer kun fra en sekundær kilde.`,
    provisional: (w: ReasonWords) =>
      w.many ? `Tallene for ${w.periods} er foreløbige.` : `Tallet for ${w.periods} er foreløbigt.`,
    flagged: (w: ReasonWords) =>
      `Der er forbehold ved ${w.many ? 'tallene' : 'tallet'} for ${w.periods} (${w.flags}).`,
  } satisfies Record<ReasonCode, (w: ReasonWords) => string>,
  /** The last joint of a list: "2022, 2023 og 2024". */
  and: 'og',
  comparator: { at_most: 'højst', at_least: 'mindst' } satisfies Record<Comparator, string>,
  moreThan: 'mere end',
  about: 'ca.',
  percentUnit: 'pct.',
  unitWords: { days: 'dage', weeks: 'uger', years: 'år', fulltimePersons: 'fuldtidspersoner' },
  people: 'personer',
  sentence: {
    same: (period: string) => `det samme som i ${period}`,
    aboutSame: (period: string) => `omtrent det samme som i ${period}`,
    /** [up, down]: counts of people are more/fewer, everything else higher/lower. */
    changePersons: ['flere', 'færre'] as [string, string],
    changeOther: ['højere', 'lavere'] as [string, string],
    than: (period: string) => `end i ${period}`,
    secondary: ' ifølge en sekundær kilde',
    factPersons: (period: string, figure: string, who: string, kommune: string, extra: string) =>
      `I ${period} var der ${figure} ${who} i ${kommune}${extra}`,
    factOther: (period: string, what: string, kommune: string, figure: string, extra: string) =>
      `I ${period} var ${what} i ${kommune} ${figure}${extra}`,
    untilYearEnd: (year: number) => `udgangen af ${year}`,
    thresholdTarget: (goal: string, until: string) =>
      `Målet er ${goal} hele tiden frem til ${until}.`,
    byYear: (year: number) => `i ${year}`,
    byDate: (date: string) => `senest ${date}`,
    target: (goal: string, when: string) => `Målet er ${goal} ${when}.`,
    provisional: 'Tallet er foreløbigt.',
    caveats: (list: string) => `Tallet har forbehold: ${list}.`,
    metThreshold: 'Målet blev holdt i hele perioden.',
    met: 'Målet blev nået.',
    notMet: 'Målet blev ikke nået.',
    notKept: (periods: string) => `Målet blev ikke holdt i ${periods}.`,
    alreadyMeets: 'Tallet lever allerede op til målet.',
    toward: 'Tallene bevæger sig mod målet.',
    meetsButAway: 'Tallet lever op til målet, men bevæger sig væk fra det.',
    away: 'Tallene bevæger sig væk fra målet.',
    notYetDue: 'Fristen er ikke nået endnu.',
    unchanged: ' Tallet er uændret.',
    cannotAssess: 'Løftet kan ikke vurderes',
    indicativeMet: ' Tallene tyder på, at målet er nået.',
    indicativeNotMet: ' Tallene tyder på, at målet ikke er nået.',
  },
};

export type VerdictWords = typeof daVerdict;
