// SYNTHETIC assessments: made-up evidence to exercise the validation rules.
import { describe, it, expect } from 'vitest';
import { evaluateAction } from '../../src/domain/evaluate-action.ts';
import type { ActionAssessment, ActionStatus } from '../../src/domain/pledge.ts';

const evidence = (date: string, title = `Evidence ${date}`) => ({ date, title });

describe('evaluateAction', () => {
  it.each([
    ['kept', 'Holdt', 'Kept'],
    ['partly_kept', 'Delvist holdt', 'Partly kept'],
    ['broken', 'Brudt', 'Broken'],
    ['in_progress', 'I gang', 'In progress'],
    ['not_started', 'Ikke påbegyndt', 'Not started'],
    ['not_assessed', 'Ikke vurderet', 'Not assessed'],
  ] as const)('labels %s', (status, da, en) => {
    const r = evaluateAction({
      status,
      reason: { da: 'Why', en: 'Why' },
      evidence: [evidence('2024-01-01')],
    });
    expect(r.label).toEqual({ da, en });
    expect(r.valid).toBe(true);
  });

  it('sorts evidence newest first and reports the latest date', () => {
    const input: ActionAssessment = {
      status: 'in_progress',
      reason: { da: 'Byggeriet er i gang.', en: 'Byggeriet er i gang.' },
      evidence: [evidence('2023-05-01'), evidence('2025-01-14'), evidence('2024-02-01')],
    };
    const r = evaluateAction(input);
    expect(r.evidence.map((e) => e.date)).toEqual(['2025-01-14', '2024-02-01', '2023-05-01']);
    expect(r.latestEvidenceDate).toBe('2025-01-14');
    expect(r.evidenceWasUnsorted).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['evidence_unsorted']);
    expect(r.valid).toBe(true);
  });

  it('accepts evidence already in either date order', () => {
    for (const dates of [
      ['2023-01-01', '2024-01-01'],
      ['2024-01-01', '2023-01-01'],
    ]) {
      const r = evaluateAction({
        status: 'kept',
        reason: { da: 'x', en: 'x' },
        evidence: dates.map((d) => evidence(d)),
      });
      expect(r.evidenceWasUnsorted).toBe(false);
      expect(r.problems).toEqual([]);
    }
  });

  it.each<[string, ActionAssessment, string[], boolean]>([
    [
      'status without reason',
      { status: 'kept', evidence: [evidence('2024-01-01')] },
      ['missing_reason'],
      false,
    ],
    [
      'blank reason',
      { status: 'broken', reason: { da: '  ', en: '  ' }, evidence: [evidence('2024-01-01')] },
      ['missing_reason'],
      false,
    ],
    [
      'reason in one language only',
      { status: 'broken', reason: { da: 'Brudt.', en: '' }, evidence: [evidence('2024-01-01')] },
      ['missing_reason'],
      false,
    ],
    ['not_assessed needs no reason', { status: 'not_assessed', evidence: [] }, [], true],
    [
      'undated evidence',
      { status: 'in_progress', reason: { da: 'x', en: 'x' }, evidence: [evidence('2024-13-01')] },
      ['evidence_undated'],
      false,
    ],
    [
      'untitled evidence',
      {
        status: 'in_progress',
        reason: { da: 'x', en: 'x' },
        evidence: [evidence('2024-01-01', ' ')],
      },
      ['evidence_untitled'],
      false,
    ],
    [
      'kept without evidence',
      { status: 'kept', reason: { da: 'x', en: 'x' }, evidence: [] },
      ['no_evidence'],
      true,
    ],
    [
      'unknown status',
      { status: 'done' as ActionStatus, reason: { da: 'x', en: 'x' }, evidence: [] },
      ['unknown_status'],
      false,
    ],
    [
      'reply without date or text',
      {
        status: 'not_started',
        reason: { da: 'x', en: 'x' },
        evidence: [],
        rightOfReply: { date: 'igår', text: '' },
      },
      ['reply_undated', 'reply_empty'],
      false,
    ],
  ])('%s', (_name, input, codes, valid) => {
    const r = evaluateAction(input);
    expect(r.problems.map((p) => p.code)).toEqual(codes);
    expect(r.valid).toBe(valid);
  });

  it('keeps undated evidence, last, and ignores it for the latest date', () => {
    const r = evaluateAction({
      status: 'in_progress',
      reason: { da: 'x', en: 'x' },
      evidence: [evidence('undated'), evidence('2024-01-01')],
    });
    expect(r.evidence.map((e) => e.date)).toEqual(['2024-01-01', 'undated']);
    expect(r.latestEvidenceDate).toBe('2024-01-01');
    expect(r.problems[0]?.evidenceIndex).toBe(0);
  });

  it('reports right of reply', () => {
    const reply = { date: '2025-02-01', text: 'Vi er uenige.', url: 'https://example.org' };
    const r = evaluateAction({
      status: 'broken',
      reason: { da: 'x', en: 'x' },
      evidence: [evidence('2025-01-01')],
      rightOfReply: reply,
    });
    expect(r.hasRightOfReply).toBe(true);
    expect(r.rightOfReply).toEqual(reply);
    const none = evaluateAction({
      status: 'broken',
      reason: { da: 'x', en: 'x' },
      evidence: [evidence('2025-01-01')],
    });
    expect(none.hasRightOfReply).toBe(false);
    expect(none.rightOfReply).toBeNull();
    expect(none.latestEvidenceDate).toBe('2025-01-01');
  });

  it('does not mutate its input', () => {
    const input: ActionAssessment = {
      status: 'kept',
      reason: { da: 'x', en: 'x' },
      evidence: [evidence('2023-01-01'), evidence('2025-01-01')],
      rightOfReply: { date: '2025-02-01', text: 'Svar' },
    };
    const before = structuredClone(input);
    Object.freeze(input.evidence);
    const r = evaluateAction(input);
    expect(input).toEqual(before);
    r.evidence[0]!.title = 'changed';
    expect(input.evidence[1]?.title).toBe('Evidence 2025-01-01');
  });
});
