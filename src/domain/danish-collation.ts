/**
 * Danish alphabetical order: the one rule for every list of names a reader sees (kommuner in the
 * overview's filter and its links, actors, themes, documents, the comparison's missing kommuner).
 * Before issue 13 there were three, and the overview's filter listed Aalborg, Aarhus, Albertslund
 * while the links below it listed Albertslund, Aalborg, Aarhus.
 *
 * Rules (Retskrivningsordbogen's alphabetisation, which ICU's 'da' collation follows too):
 * - The alphabet ends … x, y, z, æ, ø, å: the three Danish letters come after z, in that order.
 * - "aa" is sorted as å, wherever it stands in a name: Aabenraa, Aalborg and Aarhus come after
 *   Ærø, at the very end, and Faaborg-Midtfyn after Furesø. An "aa" that spells two vowels (rare
 *   in compounds) is not told apart; a name would have to be written with å to sort otherwise.
 * - ä sorts as æ and ö as ø (the Swedish and German letters), ü and ű as y; every other accent is
 *   ignored (é as e). Case is ignored.
 * - Names that are still equal (Aarhus and Århus, aalborg and Aalborg) are ordered by their
 *   characters, so the order never depends on the order of the input.
 * Written out by hand rather than with Intl.Collator, so the order is the same in every browser,
 * in Node and under every ICU build (small-icu builds have no Danish rules).
 */

/** Letters that sort as a Danish letter or as y; applied before other accents are dropped. */
const AS_DANISH: Record<string, string> = { ä: 'æ', ö: 'ø', ő: 'ø', ü: 'y', ű: 'y' };

/** After z in code-point order, in the Danish order æ, ø, å. */
const AFTER_Z: Record<string, string> = { æ: '{', ø: '|', å: '}' };

/**
 * The text as it sorts: lower case, accents dropped, "aa" as å, and æ, ø, å moved after z.
 * Two names with the same key are the same name to a Danish reader.
 */
export function danishSortKey(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[äöőüű]/g, (c) => AS_DANISH[c] ?? c)
      .normalize('NFD')
      // å decomposes to a + ring above; put it back before the other marks go.
      .replace(/a\u030a/g, 'å')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/aa/g, 'å')
      .replace(/[æøå]/g, (c) => AFTER_Z[c] ?? c)
  );
}

/** Compares two names in Danish alphabetical order; use it with Array.prototype.sort. */
export function compareDanish(a: string, b: string): number {
  const ka = danishSortKey(a);
  const kb = danishSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
