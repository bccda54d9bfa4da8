/**
 * Editorial rules of the pledge catalogue that the schema alone does not enforce, checked on the
 * real data/pledges/*.yaml and, to show each rule can fail, on small SYNTHETIC pledges written here.
 * The rules hold for any number of pledges, so adding a pledge or a document never breaks a test
 * unless the new entry breaks a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface RawEvidence {
  date: string;
  date_precision?: string;
}
interface RawPledge {
  id: string;
  quote: string;
  kind: string;
  action: { status: string; checked?: string; evidence: RawEvidence[] };
  proposal?: { question_da: string; question_en: string; evidence: RawEvidence[] };
}

/** A month- or year-precision date is written as the first day of that month or year. */
function precisionProblem(where: string, e: RawEvidence): string | null {
  if (e.date_precision === 'month' && !e.date.endsWith('-01'))
    return `${where}: a month-precision date must be the 1st, not ${e.date}`;
  if (e.date_precision === 'year' && !e.date.endsWith('-01-01'))
    return `${where}: a year-precision date must be 1 January, not ${e.date}`;
  return null;
}

function ruleProblems(pledges: RawPledge[]): string[] {
  const problems: string[] = [];
  for (const p of pledges) {
    // A verdict rests on dated evidence; "not assessed" says when the search was made.
    if (p.action.status !== 'not_assessed' && p.action.evidence.length === 0)
      problems.push(`${p.id}: the verdict ${p.action.status} has no dated evidence`);
    if (p.action.status === 'not_assessed' && p.action.checked === undefined)
      problems.push(`${p.id}: not_assessed needs the date the evidence was searched (checked)`);
    const evidence = [...p.action.evidence, ...(p.proposal?.evidence ?? [])];
    for (const [i, e] of evidence.entries()) {
      const problem = precisionProblem(`${p.id} evidence ${i}`, e);
      if (problem) problems.push(problem);
    }
    // The council question names the cut it asks about, e.g. "2.13" for "2.13 Nedlæggelse …".
    const cutNumber = /^(\d+\.\d+)\s/.exec(p.quote)?.[1];
    if (p.kind === 'proposed_cut' && p.proposal && cutNumber) {
      for (const q of [p.proposal.question_da, p.proposal.question_en]) {
        if (!q.includes(cutNumber))
          problems.push(`${p.id}: the question does not name ${cutNumber}`);
      }
    }
  }
  return problems;
}

function cataloguePledges(): RawPledge[] {
  const dir = 'data/pledges';
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .flatMap(
      (n) => (parse(readFileSync(join(dir, n), 'utf8')) as { pledges: RawPledge[] }).pledges,
    );
}

// SYNTHETIC: not a real pledge; each test below breaks one rule of it.
const base: RawPledge = {
  id: 'test-pledge',
  quote: '9.99 Test af en besparelse',
  kind: 'proposed_cut',
  action: { status: 'not_assessed', checked: '2026-01-01', evidence: [] },
  proposal: { question_da: 'Blev 9.99 vedtaget?', question_en: 'Was 9.99 adopted?', evidence: [] },
};

describe('catalogue rules', () => {
  it('hold for every pledge in data/pledges', () => {
    const pledges = cataloguePledges();
    expect(pledges.length).toBeGreaterThan(0);
    expect(ruleProblems(pledges)).toEqual([]);
  });

  it('accept the synthetic pledge as written', () => {
    expect(ruleProblems([base])).toEqual([]);
  });

  it('refuse a verdict without evidence', () => {
    const p = { ...base, kind: 'action', action: { status: 'kept', evidence: [] } };
    expect(ruleProblems([p])).toEqual(['test-pledge: the verdict kept has no dated evidence']);
  });

  it('refuse not_assessed without the date of the search', () => {
    const p = { ...base, action: { status: 'not_assessed', evidence: [] } };
    expect(ruleProblems([p])).toEqual([
      'test-pledge: not_assessed needs the date the evidence was searched (checked)',
    ]);
  });

  it('refuse a month or year precision date that is not the first day', () => {
    const evidence = [
      { date: '2021-03-17', date_precision: 'month' },
      { date: '2019-06-01', date_precision: 'year' },
      { date: '2021-03-17' },
    ];
    const p = { ...base, action: { ...base.action, evidence } };
    expect(ruleProblems([p])).toEqual([
      'test-pledge evidence 0: a month-precision date must be the 1st, not 2021-03-17',
      'test-pledge evidence 1: a year-precision date must be 1 January, not 2019-06-01',
    ]);
  });

  it('refuse a council question that does not name its cut', () => {
    const p = { ...base, proposal: { ...base.proposal!, question_en: 'Was it adopted?' } };
    expect(ruleProblems([p])).toEqual(['test-pledge: the question does not name 9.99']);
  });
});
