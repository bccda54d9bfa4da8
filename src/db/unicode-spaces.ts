/**
 * DuckDB's own pre-pass over a query, redone here so the guard checks the very text the engine
 * lexes. Before lexing, DuckDB 0.9.1 (Parser::StripUnicodeSpaces, DuckDB-WASM 1.28) replaces
 * U+00A0, U+2000–U+200B, U+202F, U+205F, U+2060, U+3000 and U+FEFF with one ASCII space each,
 * except inside what this pre-pass takes for a '…' or "…" quote (doubled quotes stay inside) or a
 * -- comment. The pre-pass does not know E'…' escapes, $$…$$ or block comments, so it can turn a
 * character the lexer would read inside a string into a space outside one, and that is how a
 * statement hid from the guard (issue 12). It walks UTF-8 bytes and stops two bytes before the
 * end, so a U+00A0 as the very last character survives. Verified against the Node build in
 * tests/db/unicode-spaces.test.ts.
 */

const SPACES = new Set([
  0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x200b, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
]);

/** The length of one character in UTF-8. */
function bytes(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The text DuckDB's lexer gets for `sql`: the query after DuckDB's unicode-space pre-pass. */
export function stripUnicodeSpaces(sql: string): string {
  // DuckDB sees UTF-8; a lone surrogate reaches it as U+FFFD, which is no space either.
  const chars = Array.from(sql, (c) =>
    c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : c,
  );
  const total = chars.reduce((n, c) => n + bytes(c), 0);
  let out = '';
  let pos = 0; // byte offset of chars[i]
  let state: 'regular' | 'quote' | 'comment' = 'regular';
  let quote = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const size = bytes(c);
    if (state === 'regular' && pos + 2 < total) {
      if (c === "'" || c === '"') {
        state = 'quote';
        quote = c;
      } else if (c === '-' && chars[i + 1] === '-') {
        state = 'comment';
      } else if (SPACES.has(c.codePointAt(0)!)) {
        out += ' ';
        pos += size;
        continue;
      }
    } else if (state === 'quote' && pos + 1 < total && c === quote) {
      if (chars[i + 1] === quote) {
        out += c + quote;
        pos += 2;
        i++;
        continue;
      }
      state = 'regular';
    } else if (state === 'comment' && (c === '\n' || c === '\r')) {
      state = 'regular';
    }
    out += c;
    pos += size;
  }
  return out;
}
