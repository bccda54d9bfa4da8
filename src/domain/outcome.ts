/** The shape of an outcome evaluation, apart from the rules that produce it. */
import type { IsoDate } from './pledge.ts';
import type { Observation } from './series.ts';
import type { Reason } from './reasons.ts';
import type { Direction, TrendStep } from './trend.ts';
import { bilingual, t } from '../text/t.ts';

export type { Direction, TrendStep } from './trend.ts';
export type { Reason, ReasonCode } from './reasons.ts';

/**
 * trend_only: figures exist, but the measure is indirect (context) or sets no target, so they show
 * the trend and never met / not met.
 */
export type OutcomeStatus =
  | 'met'
  | 'not_met'
  | 'toward_target'
  | 'away_from_target'
  | 'not_yet_due'
  | 'trend_only'
  | 'cannot_assess';

export const OUTCOME_STATUSES: readonly OutcomeStatus[] = [
  'met',
  'not_met',
  'toward_target',
  'away_from_target',
  'not_yet_due',
  'trend_only',
  'cannot_assess',
];

export interface Distance {
  /** Period label of the figure measured from. */
  period: string;
  value: number;
  target: number;
  /** value − target; null if it overflows. */
  absolute: number | null;
  /** (value − target) / |target|; null when the target is 0. */
  relative: number | null;
  /** Whether the value satisfies the comparator. */
  satisfied: boolean;
}

export interface OutcomeEvaluation {
  status: OutcomeStatus;
  /** Movement of the last two dated values relative to the target. */
  direction: Direction;
  /** 'normal' only when the status rests on clean, complete figures. */
  confidence: 'normal' | 'low';
  /** For cannot_assess on quality or coverage grounds: what the figures show at face value. */
  indicative: 'met' | 'not_met' | null;
  reasons: Reason[];
  deadline: IsoDate | null;
  deadlinePassed: boolean;
  /** The latest dated observation with a value, whether or not before the deadline. */
  latest: Observation | null;
  /** The figure the status and distance are measured from. */
  reference: Observation | null;
  /** The figures the status rests on (for a threshold not_met: the breaches). */
  decisive: Observation[];
  distance: Distance | null;
  /** Change between consecutive dated observations, gaps included as null changes. */
  trend: TrendStep[];
}

/** The labels in both languages; the words live in the dictionary (src/text). */
export const OUTCOME_LABELS: Record<OutcomeStatus, { readonly da: string; readonly en: string }> =
  Object.fromEntries(
    OUTCOME_STATUSES.map((s) => [s, bilingual((lang) => t(lang).outcomeStatus[s])]),
  ) as Record<OutcomeStatus, { readonly da: string; readonly en: string }>;

export function outcomeStatusLabel(status: OutcomeStatus, lang: 'da' | 'en'): string {
  return t(lang).outcomeStatus[status] ?? status;
}
