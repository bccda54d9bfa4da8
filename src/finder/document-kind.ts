/**
 * A guess at the catalogue's kind of document (newsletter, programme_draft, budget_proposal,
 * agreement, consultation_response) from the words that name it; the earliest such word wins,
 * since a document names itself near its top. The editor checks it.
 */
export type DocumentKind =
  'newsletter' | 'programme_draft' | 'budget_proposal' | 'agreement' | 'consultation_response';

const NAMES: [DocumentKind, RegExp][] = [
  ['newsletter', /nyhedsbrev/iu],
  ['consultation_response', /høringssvar|bemærkninger til|kommentar(?:er)? til/iu],
  ['programme_draft', /delprogram|valgprogram|partiprogram|udkast til (?:del)?program|program/iu],
  ['budget_proposal', /budgetforslag|forslag og finansiering|budgetkatalog/iu],
  ['agreement', /budgetaftale|forlig|aftale/iu],
];

export function documentKind(text: string): { kind: DocumentKind; word: string | null } {
  let best: { kind: DocumentKind; word: string; at: number } | null = null;
  for (const [kind, pattern] of NAMES) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, word: m[0], at: m.index };
  }
  return best ? { kind: best.kind, word: best.word } : { kind: 'programme_draft', word: null };
}
