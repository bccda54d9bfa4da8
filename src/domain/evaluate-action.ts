/**
 * The editorial verdict on whether a promised action happened. Kept apart from the outcome: a
 * detox unit can open (action kept) while the numbers it was meant to move do not (outcome
 * not met). Validation reports problems instead of throwing, so one bad catalogue entry shows up
 * as a message, not a blank page.
 */
import type { ActionAssessment, ActionStatus, Evidence, IsoDate, RightOfReply } from './pledge.ts';
import { isIsoDate } from './period.ts';
import { ACTION_STATUSES } from './pledge.ts';
import { bilingual, t } from '../text/t.ts';

/** The labels in both languages; the words live in the dictionary (src/text). */
export const ACTION_LABELS: Record<ActionStatus, { readonly da: string; readonly en: string }> =
  Object.fromEntries(
    ACTION_STATUSES.map((s) => [s, bilingual((lang) => t(lang).actionStatus[s])]),
  ) as Record<ActionStatus, { readonly da: string; readonly en: string }>;

export type ActionProblemCode =
  | 'unknown_status'
  | 'missing_reason' // a status other than not_assessed must say why
  | 'evidence_undated' // an evidence item without a valid ISO date
  | 'evidence_untitled'
  | 'evidence_unsorted' // not in date order either way; the output is sorted regardless
  | 'no_evidence' // a kept/partly kept/broken verdict with nothing to point to
  | 'reply_undated'
  | 'reply_empty';

export interface ActionProblem {
  code: ActionProblemCode;
  /** errors make the assessment invalid; warnings are shown to the editor only. */
  severity: 'error' | 'warning';
  /** Index into the input's evidence array, for evidence problems. */
  evidenceIndex?: number;
  message: string;
}

export interface ActionEvaluation {
  status: ActionStatus;
  label: { readonly da: string; readonly en: string };
  /** False when any problem is an error. */
  valid: boolean;
  problems: ActionProblem[];
  /** Copies, newest first; undated items last, in input order. */
  evidence: Evidence[];
  latestEvidenceDate: IsoDate | null;
  /** True when the input evidence was not already newest first or oldest first. */
  evidenceWasUnsorted: boolean;
  hasRightOfReply: boolean;
  rightOfReply: RightOfReply | null;
}

/** Verdicts that claim something happened or did not, and so need a source. */
const NEEDS_EVIDENCE: ReadonlySet<ActionStatus> = new Set(['kept', 'partly_kept', 'broken']);

function isSorted(dates: readonly string[], ascending: boolean): boolean {
  for (let i = 1; i < dates.length; i++) {
    const previous = dates[i - 1] ?? '';
    const current = dates[i] ?? '';
    if (ascending ? current < previous : current > previous) return false;
  }
  return true;
}

export function evaluateAction(assessment: ActionAssessment): ActionEvaluation {
  const problems: ActionProblem[] = [];
  const known = Object.hasOwn(ACTION_LABELS, assessment?.status ?? '');
  const status: ActionStatus = known ? assessment.status : 'not_assessed';
  if (!known) {
    problems.push({
      code: 'unknown_status',
      severity: 'error',
      message: `Unknown action status '${String(assessment?.status)}'.`,
    });
  }
  const reasonText = assessment?.reason;
  const hasReason = (reasonText?.da ?? '').trim() !== '' && (reasonText?.en ?? '').trim() !== '';
  if (status !== 'not_assessed' && !hasReason) {
    problems.push({
      code: 'missing_reason',
      severity: 'error',
      message: `Status '${status}' needs a reason in Danish and English.`,
    });
  }

  const input = assessment?.evidence ?? [];
  input.forEach((item, evidenceIndex) => {
    if (!isIsoDate(item.date)) {
      problems.push({
        code: 'evidence_undated',
        severity: 'error',
        evidenceIndex,
        message: `Evidence ${evidenceIndex + 1} has no valid date ('${String(item.date)}').`,
      });
    }
    if ((item.title ?? '').trim() === '') {
      problems.push({
        code: 'evidence_untitled',
        severity: 'error',
        evidenceIndex,
        message: `Evidence ${evidenceIndex + 1} has no title.`,
      });
    }
  });
  if (NEEDS_EVIDENCE.has(status) && input.length === 0) {
    problems.push({
      code: 'no_evidence',
      severity: 'warning',
      message: `Status '${status}' has no evidence.`,
    });
  }

  const dated = input.filter((e) => isIsoDate(e.date));
  const undated = input.filter((e) => !isIsoDate(e.date));
  const dates = dated.map((e) => e.date);
  const evidence = [...dated]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .concat(undated)
    .map((e) => ({ ...e }));

  const evidenceWasUnsorted = !isSorted(dates, true) && !isSorted(dates, false);
  if (evidenceWasUnsorted) {
    problems.push({
      code: 'evidence_unsorted',
      severity: 'warning',
      message: 'Evidence is not in date order.',
    });
  }

  const reply = assessment?.rightOfReply ?? null;
  if (reply) {
    if (!isIsoDate(reply.date)) {
      problems.push({
        code: 'reply_undated',
        severity: 'error',
        message: `The right of reply has no valid date ('${String(reply.date)}').`,
      });
    }
    if ((reply.text ?? '').trim() === '') {
      problems.push({ code: 'reply_empty', severity: 'error', message: 'The reply is empty.' });
    }
  }

  return {
    status,
    label: ACTION_LABELS[status],
    valid: problems.every((p) => p.severity !== 'error'),
    problems,
    evidence,
    latestEvidenceDate: dated.length > 0 ? (evidence[0]?.date ?? null) : null,
    evidenceWasUnsorted,
    hasRightOfReply: reply !== null && (reply.text ?? '').trim() !== '',
    rightOfReply: reply ? { ...reply } : null,
  };
}
