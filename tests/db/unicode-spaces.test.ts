import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { stripUnicodeSpaces } from '../../src/db/unicode-spaces.ts';
import { tokenizeSql } from '../../src/db/sql-tokenize.ts';

// Synthetic SQL only: string literals over an alphabet of the characters that matter (issue 12).
type NodeDb = Awaited<ReturnType<typeof createNodeDb>>;

const SPACES = [
  '\u00a0',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u200b',
  '\u202f',
  '\u205f',
  '\u2060',
  '\u3000',
  '\ufeff',
];
const OTHER = ['a', 'e', ' ', '-', '--', '\n', '/*', '*/', '\u2028', '\u200c', ';'];

const content = (extra: string[]) =>
  fc.array(fc.constantFrom(...SPACES, ...OTHER, ...extra), { maxLength: 8 }).map((a) => a.join(''));
const literal = fc.oneof(
  content(["''", '"', '$']).map((c) => `'${c}'`),
  content(["''", '"', '$', "\\'", '\\\\', '\\n']).map((c) => `E'${c}'`),
  content(["'", '"', "''"]).map((c) => `$$${c}$$`),
  content(["'", '"', "''"]).map((c) => `$q$${c}$q$`),
);
const gap = fc
  .array(fc.constantFrom(' ', ...SPACES, "/* ' */", "-- '\n", '\n'), { minLength: 1, maxLength: 3 })
  .map((a) => a.join(''));
const select = fc.array(fc.tuple(literal, gap, gap), { minLength: 1, maxLength: 4 }).map((items) =>
  items
    .map(([lit, a, b], i) => `${a}${lit}${b}AS c${i}`)
    .reduce((sql, item) => `${sql}${item},`, 'SELECT')
    .replace(/,$/, ''),
);

/** UTF-8 bytes written as DuckDB casts a BLOB to text: \xHH for all but plain ASCII. */
const hex = (text: string) =>
  Array.from(new TextEncoder().encode(text), (b) =>
    b >= 32 && b <= 126 && b !== 0x5c && b !== 0x27 && b !== 0x22
      ? String.fromCharCode(b)
      : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/**
 * The string columns of a query as the engine holds them. Compared as bytes: the Arrow reader
 * drops a leading U+FEFF from a text value, which says nothing about the lexer. The prefix has
 * no quote or dash, so DuckDB's pre-pass meets `sql` in the state it would alone.
 */
async function engineStrings(db: NodeDb, sql: string): Promise<string[]> {
  const [row] = await db.query(`SELECT encode(COLUMNS(*))::VARCHAR FROM (${sql}\n)`);
  return Object.values(row!).map(String);
}

describe('the guard reads strings exactly as DuckDB-WASM 1.28 does (unicode-space pre-pass)', () => {
  let db: NodeDb;
  beforeAll(async () => {
    db = await createNodeDb('explorer');
  });
  afterAll(() => db?.close());

  it('turns each listed character into a space outside quotes, as the engine does', async () => {
    for (const c of SPACES) {
      expect(await engineStrings(db, `SELECT${c}'x' AS a, 'y${c}' AS b`)).toEqual(
        ['x', `y${c}`].map(hex),
      );
      expect(stripUnicodeSpaces(`SELECT${c}'x' AS a, 'y${c}' AS b`)).toBe(
        `SELECT 'x' AS a, 'y${c}' AS b`,
      );
      // The pre-pass takes the ' inside $$…$$ for a quote, so the one in 'y…' closes it.
      const confused = `SELECT $$'$$ AS q, 'y${c}' AS b`;
      expect(await engineStrings(db, confused)).toEqual(["'", 'y '].map(hex));
      expect(stripUnicodeSpaces(confused)).toBe(`SELECT $$'$$ AS q, 'y ' AS b`);
    }
    // The pre-pass stops two bytes before the end: a final U+00A0 stays part of the name.
    const [last] = await db.query('SELECT 1 AS a\u00a0');
    expect(Object.keys(last!)).toEqual(['a\u00a0']);
    expect(stripUnicodeSpaces('SELECT 1 AS a\u00a0')).toBe('SELECT 1 AS a\u00a0');
  });

  it('agrees with the engine on the value of every string in random queries', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(select, async (sql) => {
        let engine: string[];
        try {
          engine = await engineStrings(db, sql);
        } catch {
          return; // the engine ran nothing
        }
        const lexed = tokenizeSql(stripUnicodeSpaces(sql));
        expect(lexed.ok).toBe(true);
        if (!lexed.ok) return;
        const strings = lexed.tokens.filter((t) => t.kind === 'string').map((t) => t.value);
        expect(strings.map(hex)).toEqual(engine);
        compared++;
      }),
      { numRuns: 600, seed: 12 },
    );
    // Many generated queries are valid SQL, so the comparison is not vacuous.
    expect(compared).toBeGreaterThan(200);
  });
});
