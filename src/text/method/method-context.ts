/**
 * What every Method section is written with: the language and quoting helpers, so a status word in
 * the prose is always the badge's own label in the reader's quotation marks.
 */
import { OUTCOME_LABELS, type OutcomeStatus } from '../../domain/outcome.ts';
import { ACTION_LABELS } from '../../domain/evaluate-action.ts';
import type { ActionStatus, ProposalStatus } from '../../domain/pledge.ts';
import { formatNumber, type Lang } from '../../domain/format.ts';
import { pick, t as dictionary } from '../t.ts';

/** The language and the helpers a section's prose is written with. */
export interface MethodContext {
  lang: Lang;
  tr: (da: string, en: string) => string;
  /** An outcome label in quotation marks, exactly as the badge writes it. */
  o: (status: OutcomeStatus) => string;
  a: (status: ActionStatus) => string;
  /** A proposal label in quotation marks, as the card writes it. */
  p: (status: ProposalStatus) => string;
  n: (value: number) => string;
}

/** The helpers for one language. */
export function methodContext(lang: Lang): MethodContext {
  const q = (s: string) => `${dictionary(lang).quoteOpen}${s}${dictionary(lang).quoteClose}`;
  return {
    lang,
    tr: (da, en) => pick(lang, da, en),
    o: (status) => q(OUTCOME_LABELS[status][lang]),
    a: (status) => q(ACTION_LABELS[status][lang]),
    p: (status) => q(dictionary(lang).proposalStatus[status]),
    n: (value) => formatNumber(value, lang),
  };
}
