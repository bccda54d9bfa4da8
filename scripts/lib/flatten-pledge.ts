/** A pledge as one row of the pledges extract: nested parts as columns or JSON text. */
import { pledgeFromInput } from '../catalogue/pledge-from-input.ts';
import type { PledgeInput } from './read-pledges.ts';

export function flattenPledge(p: PledgeInput): Record<string, unknown> {
  // The domain shape, so the JSON columns read back as the app's types (camelCase, da/en pairs).
  const d = pledgeFromInput(p);
  const m = d.measure;
  const u = d.unmeasured;
  const seriesElsewhere = u?.status === 'series_not_in_extract' ? u : undefined;
  return {
    id: p.id,
    document_id: p.document_id,
    quote: p.quote,
    summary_en: p.summary_en,
    actor_type: p.actor.type,
    actor_name: p.actor.name,
    actor_person: p.actor.person ?? null,
    date: p.date,
    kode: p.kode,
    theme: p.theme,
    kind: p.kind,
    lever: p.lever,
    amount_dkk: p.amount_dkk ?? null,
    measure_metric: m?.metric ?? null,
    measure_kode: m?.kode ?? null,
    measure_relation: m?.relation ?? null,
    measure_why_da: m?.why.da ?? null,
    measure_why_en: m?.why.en ?? null,
    measure_comparator: m?.comparator ?? null,
    measure_target: m?.target ?? null,
    measure_unit: m?.unit ?? null,
    measure_deadline: m?.deadline ?? null,
    measure_baseline_period: m?.baseline?.period ?? null,
    measure_baseline_value: m?.baseline?.value ?? null,
    measure_note_da: m?.note?.da ?? null,
    measure_note_en: m?.note?.en ?? null,
    measure_target_from: m?.targetFrom ?? null,
    measure_annotations_json: m?.annotations ? JSON.stringify(m.annotations) : null,
    unmeasured_status: u?.status ?? null,
    unmeasured_series_da: seriesElsewhere?.series.da ?? null,
    unmeasured_series_en: seriesElsewhere?.series.en ?? null,
    unmeasured_publisher: seriesElsewhere?.publisher ?? null,
    unmeasured_table: seriesElsewhere?.table ?? null,
    unmeasured_how_da: seriesElsewhere?.how.da ?? null,
    unmeasured_how_en: seriesElsewhere?.how.en ?? null,
    unmeasured_reason_da: u?.status === 'no_public_series' ? u.reason.da : null,
    unmeasured_reason_en: u?.status === 'no_public_series' ? u.reason.en : null,
    action_status: d.action.status,
    action_reason_da: d.action.reason?.da ?? null,
    action_reason_en: d.action.reason?.en ?? null,
    action_checked: d.action.checked ?? null,
    action_confidence: d.action.confidence ?? null,
    action_evidence_json: JSON.stringify(d.action.evidence),
    right_of_reply_json: d.action.rightOfReply ? JSON.stringify(d.action.rightOfReply) : null,
    proposal_status: d.proposal?.status ?? null,
    proposal_reason_da: d.proposal?.reason.da ?? null,
    proposal_reason_en: d.proposal?.reason.en ?? null,
    proposal_question_da: d.proposal?.question.da ?? null,
    proposal_question_en: d.proposal?.question.en ?? null,
    proposal_evidence_json: d.proposal ? JSON.stringify(d.proposal.evidence) : null,
  };
}
