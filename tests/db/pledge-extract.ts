/**
 * Reads pledges and documents back from the pledges and documents extracts (the explorer's
 * flattened copy) as domain objects. Not app or build code: catalogue.json is written from the
 * validated YAML (scripts/catalogue/pledge-from-input.ts). Tests use this to check that the
 * extracts lose nothing, and the benchmark's engine-first page (tests/bench/page) to query a
 * pledge the naive way.
 */
import type { Db } from '../../src/db/db.ts';
import type {
  ActionStatus,
  Annotation,
  Bilingual,
  Evidence,
  Pledge,
  ProposalStatus,
  RightOfReply,
  SourceDocument,
} from '../../src/domain/pledge.ts';

interface PledgeRow {
  id: string;
  document_id: string;
  quote: string;
  summary_en: string;
  actor_type: Pledge['actor']['type'];
  actor_name: string;
  actor_person: string | null;
  date: string;
  kode: string;
  theme: string;
  kind: Pledge['kind'];
  lever: Pledge['lever'];
  amount_dkk: number | null;
  measure_metric: string | null;
  measure_kode: string | null;
  measure_relation: 'direct' | 'indirect' | null;
  measure_why_da: string | null;
  measure_why_en: string | null;
  measure_comparator: 'at_most' | 'at_least' | null;
  measure_target: number | null;
  measure_unit: string | null;
  measure_deadline: string | null;
  measure_baseline_period: string | null;
  measure_baseline_value: number | null;
  measure_note_da: string | null;
  measure_note_en: string | null;
  measure_target_from: 'document' | 'interpretation' | null;
  measure_annotations_json: string | null;
  unmeasured_status: 'series_not_in_extract' | 'no_public_series' | null;
  unmeasured_series_da: string | null;
  unmeasured_series_en: string | null;
  unmeasured_publisher: string | null;
  unmeasured_table: string | null;
  unmeasured_how_da: string | null;
  unmeasured_how_en: string | null;
  unmeasured_reason_da: string | null;
  unmeasured_reason_en: string | null;
  action_status: ActionStatus;
  action_reason_da: string | null;
  action_reason_en: string | null;
  action_checked: string | null;
  action_confidence: 'low' | null;
  action_evidence_json: string;
  right_of_reply_json: string | null;
  proposal_status: ProposalStatus | null;
  proposal_reason_da: string | null;
  proposal_reason_en: string | null;
  proposal_question_da: string | null;
  proposal_question_en: string | null;
  proposal_evidence_json: string | null;
}

const PLEDGE_COLUMNS = `
  id, document_id, quote, summary_en, actor_type, actor_name, actor_person,
  strftime(date, '%Y-%m-%d') AS date, kode, theme, kind, lever, amount_dkk,
  measure_metric, measure_kode, measure_relation, measure_why_da, measure_why_en,
  measure_comparator, measure_target, measure_unit,
  strftime(measure_deadline, '%Y-%m-%d') AS measure_deadline,
  measure_baseline_period, measure_baseline_value, measure_note_da, measure_note_en,
  measure_target_from, measure_annotations_json,
  unmeasured_status, unmeasured_series_da, unmeasured_series_en, unmeasured_publisher,
  unmeasured_table, unmeasured_how_da, unmeasured_how_en, unmeasured_reason_da,
  unmeasured_reason_en,
  action_status, action_reason_da, action_reason_en,
  strftime(action_checked, '%Y-%m-%d') AS action_checked, action_confidence, action_evidence_json,
  right_of_reply_json, proposal_status, proposal_reason_da, proposal_reason_en,
  proposal_question_da, proposal_question_en, proposal_evidence_json`;

export async function listPledges(db: Db): Promise<Pledge[]> {
  const rows = await db.query<PledgeRow>(
    `SELECT ${PLEDGE_COLUMNS} FROM pledges ORDER BY date DESC, id`,
  );
  return rows.map(toPledge);
}

export async function getPledge(db: Db, id: string): Promise<Pledge | null> {
  const rows = await db.query<PledgeRow>(`SELECT ${PLEDGE_COLUMNS} FROM pledges WHERE id = ?`, [
    id,
  ]);
  return rows[0] ? toPledge(rows[0]) : null;
}

export async function listDocuments(db: Db): Promise<SourceDocument[]> {
  const rows = await db.query<{
    id: string;
    title: string;
    kind: SourceDocument['kind'];
    publisher: string;
    date: string;
    date_precision: SourceDocument['datePrecision'];
    kode: string;
    url: string | null;
    seed_file: string;
  }>(
    `SELECT id, title, kind, publisher, strftime(date, '%Y-%m-%d') AS date, date_precision, kode, url, seed_file
     FROM documents ORDER BY date, id`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    publisher: r.publisher,
    date: r.date,
    datePrecision: r.date_precision,
    kode: r.kode,
    ...(r.url ? { url: r.url } : {}),
    seedFile: r.seed_file,
  }));
}

function toPledge(r: PledgeRow): Pledge {
  const pledge: Pledge = {
    id: r.id,
    documentId: r.document_id,
    quote: r.quote,
    summaryEn: r.summary_en,
    actor: {
      type: r.actor_type,
      name: r.actor_name,
      ...(r.actor_person ? { person: r.actor_person } : {}),
    },
    date: r.date,
    kode: r.kode,
    theme: r.theme,
    kind: r.kind,
    lever: r.lever,
    action: {
      status: r.action_status,
      ...pair('reason', r.action_reason_da, r.action_reason_en),
      ...(r.action_checked ? { checked: r.action_checked } : {}),
      ...(r.action_confidence ? { confidence: r.action_confidence } : {}),
      evidence: parseJson<Evidence[]>(r.action_evidence_json, []),
      ...(r.right_of_reply_json
        ? { rightOfReply: parseJson<RightOfReply | undefined>(r.right_of_reply_json, undefined) }
        : {}),
    },
  };
  if (r.amount_dkk !== null) pledge.amountDkk = r.amount_dkk;
  if (r.measure_metric && r.measure_kode && r.measure_relation) {
    pledge.measure = {
      metric: r.measure_metric,
      kode: r.measure_kode,
      relation: r.measure_relation,
      why: { da: r.measure_why_da ?? '', en: r.measure_why_en ?? '' },
      unit: r.measure_unit ?? '',
      ...(r.measure_comparator ? { comparator: r.measure_comparator } : {}),
      ...(r.measure_target !== null ? { target: r.measure_target } : {}),
      ...(r.measure_deadline ? { deadline: r.measure_deadline } : {}),
      ...(r.measure_baseline_period !== null && r.measure_baseline_value !== null
        ? { baseline: { period: r.measure_baseline_period, value: r.measure_baseline_value } }
        : {}),
      ...pair('note', r.measure_note_da, r.measure_note_en),
      ...(r.measure_target_from ? { targetFrom: r.measure_target_from } : {}),
      ...(r.measure_annotations_json
        ? { annotations: parseJson<Annotation[]>(r.measure_annotations_json, []) }
        : {}),
    };
  }
  if (r.unmeasured_status === 'no_public_series') {
    pledge.unmeasured = {
      status: r.unmeasured_status,
      reason: { da: r.unmeasured_reason_da ?? '', en: r.unmeasured_reason_en ?? '' },
    };
  } else if (r.unmeasured_status === 'series_not_in_extract') {
    pledge.unmeasured = {
      status: r.unmeasured_status,
      series: { da: r.unmeasured_series_da ?? '', en: r.unmeasured_series_en ?? '' },
      publisher: r.unmeasured_publisher ?? '',
      ...(r.unmeasured_table ? { table: r.unmeasured_table } : {}),
      how: { da: r.unmeasured_how_da ?? '', en: r.unmeasured_how_en ?? '' },
    };
  }
  if (r.proposal_status) {
    pledge.proposal = {
      status: r.proposal_status,
      reason: { da: r.proposal_reason_da ?? '', en: r.proposal_reason_en ?? '' },
      question: { da: r.proposal_question_da ?? '', en: r.proposal_question_en ?? '' },
      evidence: parseJson<Evidence[]>(r.proposal_evidence_json ?? '[]', []),
    };
  }
  return pledge;
}

function pair<K extends string>(
  key: K,
  da: string | null,
  en: string | null,
): { [k in K]?: Bilingual } {
  return da !== null && en !== null ? ({ [key]: { da, en } } as { [k in K]: Bilingual }) : {};
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
