/** The words of the verdicts in English; the keys are da-verdict.ts's, checked by the type. */
import type { ReasonWords, VerdictWords } from './da-verdict.ts';

export const enVerdict: VerdictWords = {
  outcomeStatus: {
    met: 'Met',
    not_met: 'Not met',
    toward_target: 'Moving toward the target',
    away_from_target: 'Moving away from the target',
    not_yet_due: 'Not yet due',
    trend_only: 'Trend, no target',
    cannot_assess: 'Cannot be assessed',
  },
  actionStatus: {
    kept: 'Kept',
    partly_kept: 'Partly kept',
    broken: 'Broken',
    in_progress: 'In progress',
    not_started: 'Not started',
    not_assessed: 'Not assessed',
  },
  flag: {
    approx: 'approximate figure',
    lower_bound: 'only a lower bound',
    provisional: 'provisional figure',
    unvalidated: 'not validated by the producer',
    known_gap: 'the producer reports missing registrations',
    partial_coverage: 'not all municipalities report',
    break_in_series: 'break in the series',
    sub_area: 'covers only part of the municipality',
    undated: 'no period',
    footnote: 'producer footnote',
    missing: 'published as missing',
  },
  reason: {
    no_measure: () => 'No public statistic measures the pledge.',
    series_elsewhere: () =>
      'A public series would measure the pledge, but it is not in the bundled data.',
    not_in_extract: () => 'The series exists, but its figures are not in the bundled data.',
    discontinued: (w: ReasonWords) =>
      `The series has been discontinued; the last figures are for ${w.periods}.`,
    indirect: () =>
      'The series is context: it does not measure the pledge itself and gives neither met nor not met.',
    no_target: () =>
      'The pledge sets no number, so the figures show the trend but not whether a target was met.',
    bad_measure: () => "The pledge's target or deadline is not given correctly.",
    series_mismatch: () =>
      'The figures do not belong to the metric and municipality the pledge is measured on.',
    no_data: () => 'There are no figures.',
    none_before_deadline: () => 'There are no figures from before the deadline.',
    none_in_period: () => 'There are no figures for the period the pledge covers.',
    undated: () => 'Some figures have no period and are left out.',
    gap: (w: ReasonWords) => `Figures are missing for ${w.periods}.`,
    awaiting_data: (w: ReasonWords) =>
      `There are no figures yet for ${w.periods}, when the deadline falls.`,
    too_sparse: () => 'There are too few figures to show a direction.',
    only_secondary: (w: ReasonWords) =>
      w.many
        ? `The figures for ${w.periods} come only from secondary sources.`
        : `The figure for ${w.periods} comes only from a secondary source.`,
    provisional: (w: ReasonWords) =>
      w.many
        ? `The figures for ${w.periods} are provisional.`
        : `The figure for ${w.periods} is provisional.`,
    flagged: (w: ReasonWords) =>
      `There are caveats to the ${w.many ? 'figures' : 'figure'} for ${w.periods} (${w.flags}).`,
  },
  and: 'and',
  comparator: { at_most: 'at most', at_least: 'at least' },
  moreThan: 'more than',
  about: 'about',
  percentUnit: '%',
  unitWords: {
    days: 'days',
    weeks: 'weeks',
    years: 'years',
    fulltimePersons: 'full-time equivalent persons',
  },
  people: 'people',
  sentence: {
    same: (period) => `the same as in ${period}`,
    aboutSame: (period) => `about the same as in ${period}`,
    changePersons: ['more', 'fewer'],
    changeOther: ['higher', 'lower'],
    than: (period) => `than in ${period}`,
    secondary: ' according to a secondary source',
    factPersons: (period, figure, who, kommune, extra) =>
      `In ${period}, there were ${figure} ${who} in ${kommune}${extra}`,
    factOther: (period, what, kommune, figure, extra) =>
      `In ${period}, ${what} in ${kommune} was ${figure}${extra}`,
    untilYearEnd: (year) => `the end of ${year}`,
    thresholdTarget: (goal, until) => `The target is ${goal} at all times until ${until}.`,
    byYear: (year) => `by ${year}`,
    byDate: (date) => `by ${date}`,
    target: (goal, when) => `The target is ${goal} ${when}.`,
    provisional: 'The figure is provisional.',
    caveats: (list) => `The figure comes with caveats: ${list}.`,
    metThreshold: 'The target was kept throughout the period.',
    met: 'The target was met.',
    notMet: 'The target was not met.',
    notKept: (periods) => `The target was not kept in ${periods}.`,
    alreadyMeets: 'The figure already meets the target.',
    toward: 'The figures are moving toward the target.',
    meetsButAway: 'The figure meets the target but is moving away from it.',
    away: 'The figures are moving away from the target.',
    notYetDue: 'The deadline has not passed yet.',
    unchanged: ' The figure is unchanged.',
    cannotAssess: 'The pledge cannot be assessed',
    indicativeMet: ' At face value, the figures suggest the target was met.',
    indicativeNotMet: ' At face value, the figures suggest the target was not met.',
  },
};
