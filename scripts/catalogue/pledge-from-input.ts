/**
 * The one converter from a validated catalogue entry (data/pledges/*.yaml, read-pledges.ts) to
 * the domain type the app reads (src/domain/pledge.ts). catalogue.json is written from these, so
 * a pledge has two shapes: its YAML schema and its domain type. The pledges Parquet extract is a
 * flattened copy for the explorer's SQL (flatten-pledge.ts), not a source for the app.
 *
 * A new optional field: add it to the schema in read-pledges.ts and the domain type, then map
 * it here with `...(p.field !== undefined ? { field: p.field } : {})`.
 */
import type {
  Bilingual,
  Evidence,
  Pledge,
  PledgeMeasure,
  PledgeUnmeasured,
  ProposalAssessment,
  SourceDocument,
} from '../../src/domain/pledge.ts';
import type { DocumentInput, PledgeInput } from '../lib/read-pledges.ts';

export function pledgeFromInput(p: PledgeInput): Pledge {
  const { action } = p;
  const pledge: Pledge = {
    id: p.id,
    documentId: p.document_id,
    quote: p.quote,
    summaryEn: p.summary_en,
    headline: { da: p.headline_da, en: p.headline_en },
    actor: {
      type: p.actor.type,
      name: p.actor.name,
      ...(p.actor.person ? { person: p.actor.person } : {}),
    },
    date: p.date,
    kode: p.kode,
    theme: p.theme,
    kind: p.kind,
    lever: p.lever,
    action: {
      status: action.status,
      ...optionalPair('reason', action.reason_da, action.reason_en),
      ...(action.checked !== undefined ? { checked: action.checked } : {}),
      ...(action.confidence !== undefined ? { confidence: action.confidence } : {}),
      evidence: action.evidence.map(evidenceFromInput),
      ...(action.right_of_reply
        ? {
            rightOfReply: {
              date: action.right_of_reply.date,
              text: action.right_of_reply.text,
              ...(action.right_of_reply.url !== undefined
                ? { url: action.right_of_reply.url }
                : {}),
            },
          }
        : {}),
    },
  };
  // After action, as catalogue.json has always listed them.
  if (p.amount_dkk !== undefined) pledge.amountDkk = p.amount_dkk;
  if (p.measure) pledge.measure = measureFromInput(p.measure);
  if (p.unmeasured) pledge.unmeasured = unmeasuredFromInput(p.unmeasured);
  if (p.proposal) pledge.proposal = proposalFromInput(p.proposal);
  return pledge;
}

/** A `_da`/`_en` pair as `{ key: { da, en } }`, or nothing; the schema has refused half a pair. */
function optionalPair<K extends string>(
  key: K,
  da: string | undefined,
  en: string | undefined,
): { [k in K]?: Bilingual } {
  return da !== undefined && en !== undefined
    ? ({ [key]: { da, en } } as { [k in K]: Bilingual })
    : {};
}

type EvidenceInput = PledgeInput['action']['evidence'][number];

function evidenceFromInput(e: EvidenceInput): Evidence {
  return {
    date: e.date,
    ...(e.date_precision !== undefined ? { datePrecision: e.date_precision } : {}),
    title: e.title,
    ...(e.url !== undefined ? { url: e.url } : {}),
    ...(e.publisher !== undefined ? { publisher: e.publisher } : {}),
    ...optionalPair('note', e.note_da, e.note_en),
  };
}

function unmeasuredFromInput(u: NonNullable<PledgeInput['unmeasured']>): PledgeUnmeasured {
  if (u.status === 'no_public_series')
    return { status: u.status, reason: { da: u.reason_da, en: u.reason_en } };
  return {
    status: u.status,
    series: { da: u.series_da, en: u.series_en },
    publisher: u.publisher,
    ...(u.table !== undefined ? { table: u.table } : {}),
    how: { da: u.how_da, en: u.how_en },
  };
}

function proposalFromInput(p: NonNullable<PledgeInput['proposal']>): ProposalAssessment {
  return {
    status: p.status,
    reason: { da: p.reason_da, en: p.reason_en },
    question: { da: p.question_da, en: p.question_en },
    evidence: p.evidence.map(evidenceFromInput),
  };
}

function measureFromInput(m: NonNullable<PledgeInput['measure']>): PledgeMeasure {
  return {
    metric: m.metric,
    kode: m.kode,
    relation: m.relation,
    why: { da: m.why_da, en: m.why_en },
    unit: m.unit,
    ...(m.comparator !== undefined ? { comparator: m.comparator } : {}),
    ...(m.target !== undefined ? { target: m.target } : {}),
    ...(m.deadline !== undefined ? { deadline: m.deadline } : {}),
    ...(m.baseline ? { baseline: { period: m.baseline.period, value: m.baseline.value } } : {}),
    ...optionalPair('note', m.note_da, m.note_en),
    ...(m.target_from ? { targetFrom: m.target_from } : {}),
    ...(m.annotations
      ? {
          annotations: m.annotations.map((a) => ({
            date: a.date,
            labelDa: a.label_da,
            labelEn: a.label_en,
            sourceTitle: a.source_title,
            ...(a.source_url ? { sourceUrl: a.source_url } : {}),
          })),
        }
      : {}),
  };
}

export function documentFromInput(d: DocumentInput): SourceDocument {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    publisher: d.publisher,
    date: d.date,
    datePrecision: d.date_precision,
    kode: d.kode,
    ...(d.url ? { url: d.url } : {}),
    seedFile: d.seed_file,
  };
}

/** The catalogue's order: newest pledge first, then by id. */
export function cataloguePledges(inputs: readonly PledgeInput[]): Pledge[] {
  return inputs.map(pledgeFromInput).sort((a, b) => byText(b.date, a.date) || byText(a.id, b.id));
}

/** The catalogue's order: oldest document first, then by id. */
export function catalogueDocuments(inputs: readonly DocumentInput[]): SourceDocument[] {
  return inputs.map(documentFromInput).sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
}

/** Code-unit order, as DuckDB's ORDER BY sorted the ISO dates and kebab-case ids. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
