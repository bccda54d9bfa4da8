/** A pledge as one row of the pledges extract: nested parts as columns or JSON text. */
import type { PledgeInput } from './read-pledges.ts';

export function flattenPledge(p: PledgeInput): Record<string, unknown> {
  const m = p.measure;
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
    measure_comparator: m?.comparator ?? null,
    measure_target: m?.target ?? null,
    measure_unit: m?.unit ?? null,
    measure_deadline: m?.deadline ?? null,
    measure_baseline_period: m?.baseline?.period ?? null,
    measure_baseline_value: m?.baseline?.value ?? null,
    measure_note: m?.note ?? null,
    measure_target_from: m?.target_from ?? null,
    measure_annotations_json: m?.annotations
      ? JSON.stringify(
          m.annotations.map((a) => ({
            date: a.date,
            labelDa: a.label_da,
            labelEn: a.label_en,
            sourceTitle: a.source_title,
            ...(a.source_url ? { sourceUrl: a.source_url } : {}),
          })),
        )
      : null,
    action_status: p.action.status,
    action_reason: p.action.reason ?? null,
    action_evidence_json: JSON.stringify(p.action.evidence),
    right_of_reply_json: p.action.right_of_reply ? JSON.stringify(p.action.right_of_reply) : null,
  };
}
