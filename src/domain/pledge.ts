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

/** A text written in both languages; Danish pages show `da`, English pages `en`. */
export interface Bilingual {
  da: string;
  en: string;
}

/**
 * direct: the series measures what was promised. indirect: context only (the trend a pledge
 * should move), which never yields met or not met.
 */
export type MeasureRelation = 'direct' | 'indirect';

/** How a series in our data measures the pledge, or gives context for it. */
export interface PledgeMeasure {
  metric: string;
  kode: Kode;
  relation: MeasureRelation;
  /** Why this series, shown on the page. */
  why: Bilingual;
  unit: string;
  /** Only with relation direct, and only when the document states a number. */
  comparator?: Comparator;
  /** Target value, in the metric's unit; always with a comparator and a deadline. */
  target?: number;
  /** Last day by which the target must be met. For a threshold, the end of the period it applies to. */
  deadline?: IsoDate;
  /** Optional starting point the pledge refers to; must be a published figure. */
  baseline?: { period: string; value: number };
  /** Caveats on how well the series measures the pledge. */
  note?: Bilingual;
  /**
   * Where the number comes from: the document itself, or our reading of a pledge that gives a
   * direction but no number. An interpretation is said wherever the verdict is shown.
   */
  targetFrom?: 'document' | 'interpretation';
  /** Dated events drawn on the chart, e.g. a change in how the series is counted. */
  annotations?: Annotation[];
}

/** A measure that can yield met / not met: direct, with comparator, target and deadline. */
export type TargetedMeasure = PledgeMeasure &
  Required<Pick<PledgeMeasure, 'comparator' | 'target' | 'deadline'>>;

export function hasTarget(m: PledgeMeasure | undefined): m is TargetedMeasure {
  return (
    m !== undefined &&
    m.relation === 'direct' &&
    m.comparator !== undefined &&
    m.target !== undefined &&
    m.deadline !== undefined
  );
}

/** Why no series in our data measures the pledge: one exists elsewhere, or none does. */
export type PledgeUnmeasured =
  | {
      status: 'series_not_in_extract';
      series: Bilingual;
      publisher: string;
      /** The publisher's table id, only when known. */
      table?: string;
      /** How the series could be had. */
      how: Bilingual;
    }
  | { status: 'no_public_series'; reason: Bilingual };

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
  /** How much of the date the source gives; day when absent. */
  datePrecision?: 'day' | 'month' | 'year';
  title: string;
  url?: string;
  publisher?: string;
  note?: Bilingual;
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
  reason?: Bilingual;
  /** When the evidence was searched; with not_assessed, the date no deciding source was found by. */
  checked?: IsoDate;
  /** 'low': the evidence only suggests the verdict; said wherever the verdict is shown. */
  confidence?: 'low';
  evidence: Evidence[];
  rightOfReply?: RightOfReply;
}

export const PROPOSAL_STATUSES = ['adopted', 'dropped', 'changed', 'unknown'] as const;

export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What became of a proposed cut: shown where other pledges show the action verdict. */
export interface ProposalAssessment {
  status: ProposalStatus;
  reason: Bilingual;
  /** Exactly what a councillor should ask. */
  question: Bilingual;
  evidence: Evidence[];
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
  /** Exactly one of measure and unmeasured is present. */
  measure?: PledgeMeasure;
  unmeasured?: PledgeUnmeasured;
  /** Only and always on a proposed_cut. */
  proposal?: ProposalAssessment;
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
