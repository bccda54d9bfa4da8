/**
 * The catalogue's kind of a candidate (threshold, target_by_deadline, budget_amount, action,
 * proposed_cut), from its cues and figures. The first rule that fits wins, in this order: a
 * numbered cut in a budget catalogue is a proposed cut even when it names a sum; a guarantee or a
 * limit is a threshold even when money is set aside for it.
 */
import type { Amount, Duration } from './find-amounts.ts';
import type { CueMatch } from './cue-rules.ts';
import type { YearMention } from './find-years.ts';
import { words } from './word-pattern.ts';

export const KINDS = [
  'threshold',
  'target_by_deadline',
  'budget_amount',
  'action',
  'proposed_cut',
] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_REASONS = [
  'cut_item',
  'cut_proposal',
  'guarantee',
  'limit',
  'amount',
  'funds',
  'goal',
  'deadline',
  'demand_item',
  'other',
] as const;
export type KindReason = (typeof KIND_REASONS)[number];

export interface KindChoice {
  kind: Kind;
  reason: KindReason;
  /** The words the kind was read from ('' for "other"). */
  text: string;
}

const CUT_PROPOSAL = words(
  'foreslår[^.!?]{0,60}?(?:nedlægge|nedlægges|lukke|lukkes|fjerne|fjernes|spare|skære|reducere|besparelser?)',
  'giu',
);
const LIMIT = words(
  '(?:højst|maksimalt|max\\.|mindst|minimum|under|over|mere end|mindre end|færre end|ikke over)\\s+\\d[\\d.,]*',
  'giu',
);

const DEADLINE_WORD = /^(?:inden|senest|frem mod|i løbet af|ved udgangen af)/iu;

export interface KindInput {
  text: string;
  cues: readonly CueMatch[];
  amounts: readonly Amount[];
  durations: readonly Duration[];
  years: readonly YearMention[];
}

export function classifyKind({ text, cues, amounts, durations, years }: KindInput): KindChoice {
  const cue = (id: CueMatch['cue']) => cues.find((c) => c.cue === id);
  const cutItem = cue('spareforslag');
  if (cutItem) return { kind: 'proposed_cut', reason: 'cut_item', text: cutItem.text };
  const cutProposal = CUT_PROPOSAL.exec(text);
  CUT_PROPOSAL.lastIndex = 0;
  if (cutProposal) return { kind: 'proposed_cut', reason: 'cut_proposal', text: cutProposal[0] };
  const guarantee = cue('garanti');
  if (guarantee) {
    const within = durations[0];
    return {
      kind: 'threshold',
      reason: 'guarantee',
      text: within ? `${guarantee.text} … ${within.text}` : guarantee.text,
    };
  }
  const limit = LIMIT.exec(text);
  LIMIT.lastIndex = 0;
  if (limit) return { kind: 'threshold', reason: 'limit', text: limit[0] };
  const amount = amounts[0];
  if (amount) return { kind: 'budget_amount', reason: 'amount', text: amount.text };
  const funds = cue('afsaette') ?? cue('tilfoere') ?? cue('oeremaerke') ?? cue('midler');
  if (funds) return { kind: 'budget_amount', reason: 'funds', text: funds.text };
  const goal = cue('maal');
  if (goal) return { kind: 'target_by_deadline', reason: 'goal', text: goal.text };
  // "inden 2030" sets a deadline; "samarbejdsaftale indtil 2025" only says how long a thing runs.
  const deadline = years.find((y) => y.relation === 'by' && DEADLINE_WORD.test(y.text));
  if (deadline) return { kind: 'target_by_deadline', reason: 'deadline', text: deadline.text };
  const demand = cue('punkt_krav');
  if (demand) return { kind: 'target_by_deadline', reason: 'demand_item', text: demand.text };
  return { kind: 'action', reason: 'other', text: '' };
}
