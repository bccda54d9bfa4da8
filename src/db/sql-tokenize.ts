/**
 * A small SQL tokenizer that follows DuckDB's lexer (inherited from PostgreSQL) exactly where it
 * matters for the explorer's guard: where strings, quoted names and comments begin and end. If
 * the guard and DuckDB disagreed on that, text DuckDB runs as code could hide inside what the
 * guard took for a string. Checked on DuckDB-WASM 1.28 (DuckDB 0.9.1), which accepts E'…'
 * strings with backslash escapes, $$…$$ and $tag$…$tag$ dollar quoting and nested block comments.
 * Whitespace is DuckDB's, not JavaScript's: only space, tab, LF, CR and form feed. Every character
 * from U+0080 on is part of a name, as in DuckDB (U+2028 or U+00A0 too: DuckDB's pre-pass for
 * unicode spaces, unicode-spaces.ts, has to run before this tokenizer, as it does in DuckDB).
 */

export type TokenKind =
  | 'word' // keyword or bare identifier
  | 'quoted' // "identifier"
  | 'string' // '…', E'…' or $$…$$
  | 'number'
  | 'semicolon'
  | 'open'
  | 'close'
  | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Source text of the token. */
  text: string;
  /** The content of a string or quoted identifier with its escapes resolved. */
  value: string;
  start: number;
  end: number;
}

export type TokenizeResult =
  | { ok: true; tokens: Token[] }
  | { ok: false; unterminated: 'string' | 'identifier' | 'comment'; at: number };

/** DuckDB's lexer (scan.l): `space [ \t\n\r\f]`; a vertical tab is a syntax error there. */
const SPACE = /[ \t\n\r\f]/;
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
// `$` continues an identifier (a$b is one name), so a dollar quote can only start outside one.
const IDENT_CONT = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** Splits SQL into tokens, dropping whitespace and comments. */
export function tokenizeSql(sql: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value = sql.slice(start, end)) =>
    tokens.push({ kind, text: sql.slice(start, end), value, start, end });

  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (SPACE.test(c)) {
      i++;
    } else if (c === '-' && next === '-') {
      while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i++;
    } else if (c === '/' && next === '*') {
      const end = skipBlockComment(sql, i);
      if (end < 0) return { ok: false, unterminated: 'comment', at: i };
      i = end;
    } else if (c === "'") {
      const s = readQuoted(sql, i, "'", false);
      if (!s) return { ok: false, unterminated: 'string', at: i };
      push('string', i, s.end, s.value);
      i = s.end;
    } else if ((c === 'e' || c === 'E') && next === "'") {
      const s = readQuoted(sql, i + 1, "'", true);
      if (!s) return { ok: false, unterminated: 'string', at: i };
      push('string', i, s.end, s.value);
      i = s.end;
    } else if (c === '"') {
      const s = readQuoted(sql, i, '"', false);
      if (!s) return { ok: false, unterminated: 'identifier', at: i };
      push('quoted', i, s.end, s.value);
      i = s.end;
    } else if (c === '$' && DOLLAR_TAG.test(sql.slice(i, i + 200))) {
      const delimiter = DOLLAR_TAG.exec(sql.slice(i, i + 200))![0];
      const close = sql.indexOf(delimiter, i + delimiter.length);
      if (close < 0) return { ok: false, unterminated: 'string', at: i };
      push('string', i, close + delimiter.length, sql.slice(i + delimiter.length, close));
      i = close + delimiter.length;
    } else if (IDENT_START.test(c)) {
      const start = i;
      while (i < sql.length && IDENT_CONT.test(sql[i]!)) i++;
      push('word', start, i);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next ?? ''))) {
      const start = i;
      while (i < sql.length && /[0-9_.]/.test(sql[i]!)) i++;
      if (/[eE]/.test(sql[i] ?? '') && /[-+0-9]/.test(sql[i + 1] ?? '')) {
        i += 2;
        while (i < sql.length && /[0-9]/.test(sql[i]!)) i++;
      }
      push('number', start, i);
    } else if (c === '$') {
      // A positional parameter ($1); the digits become a number token.
      push('symbol', i, i + 1);
      i++;
    } else {
      push(c === ';' ? 'semicolon' : c === '(' ? 'open' : c === ')' ? 'close' : 'symbol', i, i + 1);
      i++;
    }
  }
  return { ok: true, tokens };
}

/** Block comments nest in DuckDB, as in PostgreSQL: /* a /* b *\/ c *\/ is one comment. */
function skipBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return -1;
}

/** Reads '…' or "…" from the opening quote at `start`; a doubled quote stands for itself. */
function readQuoted(
  sql: string,
  start: number,
  quote: string,
  backslashEscapes: boolean,
): { end: number; value: string } | null {
  let value = '';
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (backslashEscapes && c === '\\') {
      const escape = readEscape(sql, i);
      value += escape.text;
      i = escape.end;
    } else if (c === quote) {
      if (sql[i + 1] === quote) {
        value += quote;
        i += 2;
      } else {
        return { end: i + 1, value };
      }
    } else {
      value += c;
      i++;
    }
  }
  return null;
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** One backslash escape in an E'…' string, decoded as PostgreSQL does (\x68 is "h"). */
function readEscape(sql: string, at: number): { text: string; end: number } {
  const rest = sql.slice(at + 1, at + 10);
  const code =
    /^x([0-9a-fA-F]{1,2})/.exec(rest) ??
    /^u([0-9a-fA-F]{4})/.exec(rest) ??
    /^U([0-9a-fA-F]{8})/.exec(rest);
  if (code) {
    const point = parseInt(code[1]!, 16);
    const text = point <= 0x10ffff ? String.fromCodePoint(point) : '';
    return { text, end: at + 1 + code[0].length };
  }
  const octal = /^[0-7]{1,3}/.exec(rest);
  if (octal)
    return { text: String.fromCharCode(parseInt(octal[0], 8)), end: at + 1 + octal[0].length };
  const c = sql[at + 1] ?? '';
  return { text: SIMPLE_ESCAPES[c] ?? c, end: at + 2 };
}
