/**
 * Danish free-text search: folding text and queries so that 'Århus', 'Aarhus' and 'Arhus' all find
 * each other, and matching a folded term without starting inside a written-out letter. Pure string
 * work; what is searched is up to the caller.
 */

/** Longer queries are cut here, so a pasted page of text cannot stall the list. */
export const MAX_QUERY_LENGTH = 200;

const DIGRAPHS: Record<string, string> = { å: 'aa', ø: 'oe', æ: 'ae' };

/** Lower case, accents dropped (é → e, ü → u), but æ, ø and å kept as letters. */
function baseFold(text: string): string {
  return (
    text
      .toLocaleLowerCase('da')
      .normalize('NFD')
      // å decomposes to a + ring above; put it back before the marks go.
      .replace(/a\u030a/g, 'å')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ')
  );
}

/** Folded text that remembers where a written-out letter's second half sits. */
export interface Folded {
  text: string;
  /** Positions holding the second half of a written-out æ, ø or å. */
  inside: Set<number>;
}

/** The text folded as foldSearchText does, with the positions occurs must not start at. */
export function foldTracked(text: string): Folded {
  let out = '';
  const inside = new Set<number>();
  for (const ch of baseFold(text)) {
    const pair = DIGRAPHS[ch];
    if (pair) {
      inside.add(out.length + 1);
      out += pair;
    } else out += ch;
  }
  return { text: out, inside };
}

/**
 * Text folded for searching: lower case, accents dropped, and æ, ø, å written out as ae, oe, aa,
 * so 'Århus' and 'Aarhus' both read 'aarhus' and 'hjemloese' finds 'hjemløse'. Writing the letters
 * out, rather than contracting the digraphs, lets a word match while it is typed: 'hjemlo'
 * already finds 'hjemløse'.
 */
export function foldSearchText(text: string): string {
  return foldTracked(text).text;
}

/**
 * Whether the term occurs in the folded text. A match may not start inside a written-out letter:
 * 'abner' is not in 'åbner', even though 'aabner' contains it. includes/indexOf, never a RegExp:
 * the query is data, not a pattern.
 */
export function occurs(folded: Folded, term: string): boolean {
  for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1)) {
    if (!folded.inside.has(at)) return true;
  }
  return false;
}

/** The folded search terms of a query, after truncation; empty terms are dropped. */
export function searchTerms(q: string | undefined): string[] {
  return rawTerms(q).map(foldSearchText);
}

/** The query's terms after truncation, lower-cased and accent-free but with æ, ø, å kept. */
export function rawTerms(q: string | undefined): string[] {
  if (typeof q !== 'string') return [];
  // Cut by code points so an emoji at the limit is not split into half a surrogate pair.
  const cut = Array.from(q).slice(0, MAX_QUERY_LENGTH).join('');
  return baseFold(cut)
    .split(' ')
    .filter((t) => t !== '');
}

const STRIPPED: Record<string, string> = { å: 'a', ø: 'o', æ: 'ae' };

/**
 * The other way people type Danish on a foreign keyboard: the ring and the stroke simply left
 * off ('hjemlose', 'Arhus'). Searched as well as the written-out form.
 */
export function stripFold(text: string): string {
  return baseFold(text).replace(/[åøæ]/g, (ch) => STRIPPED[ch] ?? ch);
}

/** One query term in both forms it is searched in: written out and stripped. */
export interface Term {
  written: string;
  stripped: string;
}
