// SYNTHETIC cases for evaluateOutcome: each series is made up to exercise one rule.
import type { OutcomeEvaluation } from '../../src/domain/evaluate-outcome.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import type { Series } from '../../src/domain/series.ts';
import { METRIC, obs, pledge, series, yearly } from './fixtures.ts';

export const PASSED = '2031-06-01';
export const NOT_DUE = '2025-03-01';

/** A threshold pledge: at most 14 (days) for every year 2022–2024. */
export const threshold = (overrides: Partial<Pledge> = {}): Pledge =>
  pledge(
    { kind: 'threshold', date: '2022-01-01', ...overrides },
    { target: 14, deadline: '2024-12-31', unit: 'days' },
  );

export interface Case {
  name: string;
  pledge: Pledge;
  series: Series | null;
  today: string;
  status: OutcomeEvaluation['status'];
  reasons?: string[];
  direction?: OutcomeEvaluation['direction'];
  indicative?: OutcomeEvaluation['indicative'];
  confidence?: OutcomeEvaluation['confidence'];
  flags?: string[];
  periods?: string[];
}

export const missingCases: Case[] = [
  // cannot_assess for want of a measure or data
  {
    name: 'no measure',
    pledge: pledge({ measure: undefined }),
    series: series(yearly({ 2024: 100 })),
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['no_measure'],
  },
  {
    name: 'unusable deadline',
    pledge: pledge({}, { deadline: 'soon' }),
    series: series(yearly({ 2024: 100 })),
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['bad_measure'],
  },
  {
    name: 'non-finite target',
    pledge: pledge({}, { target: NaN }),
    series: series(yearly({ 2024: 100 })),
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['bad_measure'],
  },
  {
    name: 'no series',
    pledge: pledge(),
    series: null,
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['no_data'],
  },
  {
    name: 'empty series (the series is not in the extract)',
    pledge: pledge(),
    series: series([]),
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['not_in_extract'],
  },
  {
    name: 'only missing values',
    pledge: pledge(),
    series: series(yearly({ 2023: null, 2024: null })),
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['no_data'],
  },
  {
    name: 'series for another metric',
    pledge: pledge(),
    series: series(yearly({ 2030: 100 }), { ...METRIC, id: 'other' }),
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['series_mismatch'],
  },
  {
    name: 'only undated figures',
    pledge: pledge(),
    series: series([obs({ label: 'ukendt', value: 90, start: null })]),
    today: PASSED,
    status: 'cannot_assess',
    reasons: ['undated'],
  },
];

export const notDueCases: Case[] = [
  // deadline not passed
  {
    name: 'moving toward an at_most target',
    pledge: pledge(),
    series: series(yearly({ 2023: 300, 2024: 250 })),
    today: NOT_DUE,
    status: 'toward_target',
    direction: 'toward',
    confidence: 'normal',
  },
  {
    name: 'moving away from an at_most target',
    pledge: pledge(),
    series: series(yearly({ 2023: 250, 2024: 300 })),
    today: NOT_DUE,
    status: 'away_from_target',
    direction: 'away',
  },
  {
    name: 'moving toward an at_least target',
    pledge: pledge({}, { comparator: 'at_least', target: 80 }),
    series: series(yearly({ 2023: 60, 2024: 70 })),
    today: NOT_DUE,
    status: 'toward_target',
    direction: 'toward',
  },
  {
    name: 'unchanged',
    pledge: pledge(),
    series: series(yearly({ 2023: 250, 2024: 250 })),
    today: NOT_DUE,
    status: 'not_yet_due',
    direction: 'flat',
  },
  {
    name: 'a single figure',
    pledge: pledge(),
    series: series(yearly({ 2024: 250 })),
    today: NOT_DUE,
    status: 'not_yet_due',
    direction: 'unknown',
    reasons: ['too_sparse'],
    confidence: 'low',
  },
  {
    name: 'two figures but one missing',
    pledge: pledge(),
    series: series(yearly({ 2023: null, 2024: 250 })),
    today: NOT_DUE,
    status: 'not_yet_due',
    reasons: ['too_sparse'],
  },
  {
    name: 'break in the series stops the direction',
    pledge: pledge(),
    series: series([
      obs({ label: '2023', value: 300 }),
      obs({ label: '2024', value: 100, flags: ['break_in_series'] }),
    ]),
    today: NOT_DUE,
    status: 'not_yet_due',
    direction: 'unknown',
    reasons: ['flagged'],
    flags: ['break_in_series'],
  },
  {
    name: 'direction from a provisional figure has low confidence',
    pledge: pledge(),
    series: series([
      obs({ label: '2023', value: 300 }),
      obs({ label: '2024', value: 250, flags: ['provisional'] }),
    ]),
    today: NOT_DUE,
    status: 'toward_target',
    reasons: ['provisional'],
    confidence: 'low',
  },
  {
    name: 'newest period published as missing',
    pledge: pledge(),
    series: series(yearly({ 2022: 300, 2023: 250, 2024: null })),
    today: NOT_DUE,
    status: 'toward_target',
    reasons: ['gap'],
    periods: ['2024'],
  },
  {
    name: 'the deadline day itself is not past',
    pledge: pledge(),
    series: series(yearly({ 2029: 300, 2030: 100 })),
    today: '2030-12-31',
    status: 'toward_target',
  },
];
