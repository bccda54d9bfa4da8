/**
 * The pledge as data: what a political document promised, who promised it, and, where a public
 * series can measure it, the target that series is held against. Pure types, shared by the data
 * build (which validates catalogue YAML into these shapes) and the app.
 */

/** Three-digit Danmarks Statistik kommune code; '000' is Hele landet. */
export type Kode = string;

/** ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export type PledgeKind =
  | 'threshold' // a level that must hold at all times (e.g. the 14-day treatment guarantee)
  | 'target_by_deadline' // a level to reach by a date (e.g. 150 homeless by 2030)
  | 'budget_amount' // money set aside (e.g. 12 mio. kr. extra in 2025)
  | 'action' // something to be done (open a detox unit, build skæve boliger)
  | 'proposed_cut'; // a saving proposed in a budget catalogue

export type ActorType =
  'party' | 'person' | 'coalition' | 'organisation' | 'administration' | 'unknown';

export interface Actor {
  type: ActorType;
  /** As the document names it, e.g. "Socialdemokratiet, Aalborg byrådsgruppe". "unknown" when it does not say. */
  name: string;
  /** The person, when the document names one. */
  person?: string;
}

/** Who can actually pull the lever the pledge depends on. */
export type Lever = 'kommune' | 'state' | 'region' | 'shared' | 'civil_society' | 'unknown';

export type Comparator = 'at_most' | 'at_least';

/** How a public series measures the pledge. Absent when no public series does. */
export interface PledgeMeasure {
  metric: string;
  kode: Kode;
  comparator: Comparator;
  /** Target value, in the metric's unit. */
  target: number;
  unit: string;
  /** Last day by which the target must be met. For a threshold, the end of the period it applies to. */
  deadline: IsoDate;
  /** Optional starting point the pledge refers to; must be a published figure. */
  baseline?: { period: string; value: number };
  /** Why this series measures the pledge, and how well. */
  note?: string;
  /**
   * Where the number comes from: the document itself, or our reading of a pledge that gives a
   * direction but no number. An interpretation is said wherever the verdict is shown.
   */
  targetFrom?: 'document' | 'interpretation';
  /** Dated events drawn on the chart, e.g. a change in how the series is counted. */
  annotations?: Annotation[];
}

/** A dated note on a chart; every annotation names where its fact comes from. */
export interface Annotation {
  date: IsoDate;
  labelDa: string;
  labelEn: string;
  sourceTitle: string;
  sourceUrl?: string;
}

export const ACTION_STATUSES = [
  'kept',
  'partly_kept',
  'broken',
  'in_progress',
  'not_started',
  'not_assessed',
] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Evidence {
  date: IsoDate;
  title: string;
  url?: string;
  note?: string;
}

export interface RightOfReply {
  date: IsoDate;
  text: string;
  url?: string;
}

/** The editorial verdict on whether the promised action happened, kept apart from the outcome. */
export interface ActionAssessment {
  status: ActionStatus;
  /** Why this status; required unless not_assessed. */
  reason?: string;
  evidence: Evidence[];
  rightOfReply?: RightOfReply;
}

export interface Pledge {
  id: string;
  documentId: string;
  /** Verbatim Danish text from the source document. */
  quote: string;
  summaryEn: string;
  /** A short editorial title, an honest description of the pledge, not a verdict on it. */
  headline?: { da: string; en: string };
  actor: Actor;
  /** When the pledge was made (the document's date unless the text says otherwise). */
  date: IsoDate;
  kode: Kode;
  theme: string;
  kind: PledgeKind;
  lever: Lever;
  measure?: PledgeMeasure;
  /** Money involved, for budget amounts and cuts, in DKK. */
  amountDkk?: number;
  action: ActionAssessment;
}

export type DocumentKind =
  'newsletter' | 'programme_draft' | 'budget_proposal' | 'agreement' | 'consultation_response';

export interface SourceDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  /** Who published or signed the document. */
  publisher: string;
  date: IsoDate;
  /** How precisely the date is known: the document may only give a month or a year. */
  datePrecision: 'day' | 'month' | 'year';
  kode: Kode;
  /** Public address of the document, when known. */
  url?: string;
  /** File name of the copy in shared/seeds. */
  seedFile: string;
}
