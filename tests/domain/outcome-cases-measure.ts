// SYNTHETIC cases for evaluateOutcome on how a pledge is measured (issue 15): indirect and
// target-less measures, series that are not in the extract, and discontinued series. Every
// series and metric here is made up.
import type { Pledge, PledgeMeasure } from '../../src/domain/pledge.ts';
import type { Metric } from '../../src/domain/series.ts';
import { METRIC, pledge, series, yearly } from './fixtures.ts';
import { NOT_DUE, PASSED, type Case } from './outcome-cases.ts';

/** A measure without a number: the direction only, or context. */
const noTarget = (relation: PledgeMeasure['relation'], deadline?: string): Pledge => {
  const p = pledge({}, { relation });
  const m = { ...p.measure! };
  delete m.comparator;
  delete m.target;
  delete m.deadline;
  return { ...p, measure: deadline ? { ...m, deadline } : m };
};

const STOPPED: Metric = {
  ...METRIC,
  discontinued: {
    lastPeriod: '2024',
    date: '2025-01-01',
    note: { da: 'Syntetisk: ophørt.', en: 'Synthetic: stopped.' },
    sourceTitle: 'Syntetisk dokumentation',
  },
};

/** A series that met the target every year, so only the rule under test can stop a verdict. */
const clean = yearly({ 2021: 100, 2022: 90, 2023: 80, 2024: 70 });

export const measureCases: Case[] = [
  {
    name: 'indirect measure, figures that would meet the target',
    pledge: noTarget('indirect', '2022-12-31'),
    series: series(clean),
    today: PASSED,
    status: 'trend_only',
    reasons: ['indirect'],
    confidence: 'normal',
  },
  {
    name: 'indirect measure, before any deadline',
    pledge: noTarget('indirect'),
    series: series(clean),
    today: NOT_DUE,
    status: 'trend_only',
    reasons: ['indirect'],
  },
  {
    name: 'direct measure without a target',
    pledge: noTarget('direct', '2022-12-31'),
    series: series(clean),
    today: PASSED,
    status: 'trend_only',
    reasons: ['no_target'],
  },
  {
    name: 'direct measure without a target, flagged latest figure',
    pledge: noTarget('direct'),
    series: series([...clean.slice(0, 3), ...yearly({ 2024: 70 }, { flags: ['provisional'] })]),
    today: NOT_DUE,
    status: 'trend_only',
    reasons: ['no_target', 'provisional'],
    confidence: 'low',
  },
  {
    name: 'indirect measure whose series has no figures',
    pledge: noTarget('indirect'),
    series: series([]),
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['not_in_extract'],
  },
  {
    name: 'a comparator without a target (a damaged catalogue)',
    pledge: ((): Pledge => {
      const p = noTarget('direct');
      return { ...p, measure: { ...p.measure!, comparator: 'at_most' } };
    })(),
    series: series(clean),
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['bad_measure'],
  },
  {
    name: 'no measure, but a series elsewhere would measure it',
    pledge: pledge({
      measure: undefined,
      unmeasured: {
        status: 'series_not_in_extract',
        series: { da: 'Syntetisk serie', en: 'Synthetic series' },
        publisher: 'Syntetisk kontor',
        how: { da: 'Hentes ikke.', en: 'Not fetched.' },
      },
    }),
    series: null,
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['series_elsewhere'],
  },
  {
    name: 'no measure, and no public series',
    pledge: pledge({
      measure: undefined,
      unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
    }),
    series: null,
    today: NOT_DUE,
    status: 'cannot_assess',
    reasons: ['no_measure'],
  },
  // Discontinued: the last period is 2024; the threshold runs to 2025.
  {
    name: 'threshold past its deadline on a series that stopped before it',
    pledge: pledge(
      { kind: 'threshold', date: '2021-01-01' },
      { comparator: 'at_most', target: 150, deadline: '2025-12-31' },
    ),
    series: series(clean, STOPPED),
    today: '2026-12-02',
    status: 'cannot_assess',
    reasons: ['discontinued'],
    periods: ['2024'],
    indicative: 'met',
  },
  {
    name: 'target past its deadline on a series that stopped before it',
    pledge: pledge({}, { deadline: '2025-12-31' }),
    series: series(clean, STOPPED),
    today: '2026-12-02',
    status: 'cannot_assess',
    reasons: ['discontinued'],
  },
  {
    name: 'a stopped series that still awaits a period it did publish',
    pledge: pledge(
      { kind: 'threshold', date: '2021-01-01' },
      { comparator: 'at_most', target: 150, deadline: '2025-12-31' },
    ),
    series: series(clean.slice(0, 3), STOPPED),
    today: '2026-12-02',
    status: 'cannot_assess',
    reasons: ['discontinued', 'awaiting_data'],
    periods: ['2024', '2024'],
  },
  {
    name: 'a stopped series with no figures in the extract',
    pledge: pledge({}, { deadline: '2025-12-31' }),
    series: series([], STOPPED),
    today: '2026-12-02',
    status: 'cannot_assess',
    reasons: ['discontinued', 'not_in_extract'],
  },
  {
    name: 'a stopped series whose last period covers the deadline',
    pledge: pledge({}, { deadline: '2024-12-31' }),
    series: series(clean, STOPPED),
    today: '2026-12-02',
    status: 'met',
    reasons: [],
  },
  {
    name: 'a threshold broken before a series stopped stays broken',
    pledge: pledge(
      { kind: 'threshold', date: '2021-01-01' },
      { comparator: 'at_most', target: 85, deadline: '2025-12-31' },
    ),
    series: series(clean, STOPPED),
    today: '2026-12-02',
    status: 'not_met',
    reasons: ['discontinued'],
  },
  {
    name: 'an indirect measure on a stopped series',
    pledge: noTarget('indirect'),
    series: series(clean, STOPPED),
    today: NOT_DUE,
    status: 'trend_only',
    reasons: ['discontinued', 'indirect'],
  },
];
