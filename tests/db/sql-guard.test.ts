import { describe, expect, it } from 'vitest';
import { checkUserSql, MAX_SQL_LENGTH, type GuardReason } from '../../src/db/sql-guard.ts';
import { tokenizeSql } from '../../src/db/sql-tokenize.ts';

// The SQL below is written for these tests; none of it touches data.
const allowed: [string, string, string][] = [
  // [label, input, returned statement]
  ['plain select', 'SELECT * FROM kommuner', 'SELECT * FROM kommuner'],
  ['trailing semicolon and space', 'SELECT 1;  \n', 'SELECT 1'],
  ['several trailing semicolons', 'SELECT 1;;', 'SELECT 1'],
  ['trailing line comment is dropped', 'SELECT 1 -- note', 'SELECT 1'],
  ['leading comment is dropped', '/* why */ SELECT 1', 'SELECT 1'],
  ['lower case', 'select kode from kommuner', 'select kode from kommuner'],
  ['mixed case', 'SeLeCt 1', 'SeLeCt 1'],
  ['WITH', 'WITH a AS (SELECT 1 x) SELECT * FROM a', 'WITH a AS (SELECT 1 x) SELECT * FROM a'],
  ['FROM-first', 'FROM observations LIMIT 5', 'FROM observations LIMIT 5'],
  ['VALUES', 'VALUES (1, 2)', 'VALUES (1, 2)'],
  ['TABLE', 'TABLE kommuner', 'TABLE kommuner'],
  ['DESCRIBE', 'DESCRIBE observations', 'DESCRIBE observations'],
  ['SUMMARIZE', 'summarize observations', 'summarize observations'],
  ['SHOW TABLES', 'SHOW TABLES', 'SHOW TABLES'],
  ['EXPLAIN', 'EXPLAIN SELECT 1', 'EXPLAIN SELECT 1'],
  ['EXPLAIN ANALYZE of a query', 'EXPLAIN ANALYZE SELECT 1', 'EXPLAIN ANALYZE SELECT 1'],
  [
    'PIVOT',
    'PIVOT observations ON kode USING sum(value)',
    'PIVOT observations ON kode USING sum(value)',
  ],
  ['UNPIVOT', 'UNPIVOT t ON a, b INTO NAME k VALUE v', 'UNPIVOT t ON a, b INTO NAME k VALUE v'],
  ['parenthesised query', '(SELECT 1) UNION (SELECT 2)', '(SELECT 1) UNION (SELECT 2)'],
  ['semicolon inside a string', "SELECT 'a;b'", "SELECT 'a;b'"],
  [
    'keywords inside a string',
    "SELECT 'INSTALL httpfs; COPY x TO y'",
    "SELECT 'INSTALL httpfs; COPY x TO y'",
  ],
  ['doubled quote in a string', "SELECT 'it''s; fine'", "SELECT 'it''s; fine'"],
  ['keyword in a quoted name', 'SELECT 1 AS "delete"', 'SELECT 1 AS "delete"'],
  ['semicolon in a quoted name', 'SELECT 1 AS "a;b"', 'SELECT 1 AS "a;b"'],
  ['E-string with escaped quote', "SELECT E'a\\';b'", "SELECT E'a\\';b'"],
  ['dollar-quoted string', "SELECT $$it's; DROP$$", "SELECT $$it's; DROP$$"],
  ['tagged dollar quote', 'SELECT $q$ ; $q$', 'SELECT $q$ ; $q$'],
  ['nested block comment hiding ;', 'SELECT /* a /* ; */ b */ 1', 'SELECT /* a /* ; */ b */ 1'],
  [
    'unicode names and text',
    "SELECT 'Ærø' AS ø FROM kommuner WHERE navn = 'Høje-Taastrup'",
    "SELECT 'Ærø' AS ø FROM kommuner WHERE navn = 'Høje-Taastrup'",
  ],
  [
    'URL in the middle of a pattern',
    "SELECT * FROM observations WHERE source_url LIKE '%https://www.dst.dk%'",
    "SELECT * FROM observations WHERE source_url LIKE '%https://www.dst.dk%'",
  ],
  ['current_setting', "SELECT current_setting('threads')", "SELECT current_setting('threads')"],
  [
    'column named like a setting word',
    'SELECT 1 AS load, 2 AS copy',
    'SELECT 1 AS load, 2 AS copy',
  ],
];

describe('checkUserSql allows one read-only statement', () => {
  it.each(allowed)('%s', (_label, input, sql) => {
    const result = checkUserSql(input);
    expect(result).toMatchObject({ ok: true, sql });
  });

  it('names the statement keyword, looking past parentheses', () => {
    expect(checkUserSql('(select 1)')).toMatchObject({ ok: true, keyword: 'SELECT' });
    expect(checkUserSql('from kommuner')).toMatchObject({ ok: true, keyword: 'FROM' });
  });

  it('handles a 10 000-character query', () => {
    const sql = `SELECT ${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(', ')} FROM t`;
    expect(sql.length).toBeGreaterThan(10_000);
    expect(checkUserSql(sql)).toMatchObject({ ok: true, sql });
    // The same length with a URL at the very end, and a run of quotes, answer quickly too.
    const withUrl = `${sql} WHERE x IN (SELECT * FROM 'http://h/x.csv')`;
    expect(checkUserSql(withUrl)).toMatchObject({ ok: false, reason: 'url' });
    expect(checkUserSql("'".repeat(10_001))).toMatchObject({ ok: false, reason: 'syntax' });
    expect(checkUserSql("'".repeat(10_000))).toMatchObject({ ok: false, reason: 'not_read_only' });
  });
});

const refused: [string, string, GuardReason, RegExp][] = [
  // [label, input, reason, text the Danish message must contain]
  ['empty', '', 'empty', /Skriv en forespørgsel/],
  ['only whitespace and comments', '  -- nothing\n /* here */ ;', 'empty', /Skriv/],
  ['INSTALL', 'INSTALL httpfs', 'extension', /INSTALL er slået fra/],
  ['LOAD', 'load httpfs', 'extension', /LOAD er slået fra/],
  ['FORCE INSTALL', 'FORCE INSTALL httpfs', 'extension', /FORCE INSTALL er slået fra/],
  ['INSTALL behind a comment', '/* */ INSTALL httpfs', 'extension', /INSTALL/],
  ['INSTALL behind a line comment', '-- SELECT\nINSTALL httpfs', 'extension', /INSTALL/],
  ['ATTACH', "ATTACH 'x.db' AS x", 'attach', /ATTACH er slået fra/],
  ['DETACH', 'DETACH x', 'attach', /DETACH/],
  ['USE', 'USE x', 'attach', /USE/],
  [
    'COPY … TO',
    "COPY (SELECT 1) TO 'x.parquet' (FORMAT PARQUET)",
    'copy',
    /COPY … TO er slået fra i udforskeren: den skriver filer\. Brug knapperne Hent CSV \/ Hent Parquet\./,
  ],
  ['COPY … FROM', "COPY kommuner FROM 'x.csv'", 'copy', /COPY … FROM er slået fra/],
  ['EXPORT DATABASE', "EXPORT DATABASE 'out'", 'export', /EXPORT DATABASE/],
  ['IMPORT DATABASE', "IMPORT DATABASE 'in'", 'export', /IMPORT DATABASE/],
  ['SET', 'SET enable_external_access = true', 'settings', /SET er slået fra/],
  ['RESET', 'RESET enable_external_access', 'settings', /RESET/],
  ['PRAGMA', 'PRAGMA enable_external_access', 'settings', /PRAGMA/],
  ['CALL', 'CALL pragma_version()', 'settings', /CALL/],
  ['CREATE', 'CREATE TABLE t AS SELECT 1', 'write', /CREATE er slået fra/],
  ['DROP', 'DROP TABLE kommuner', 'write', /DROP/],
  ['ALTER', 'ALTER TABLE kommuner RENAME TO k', 'write', /ALTER/],
  ['INSERT', 'INSERT INTO kommuner VALUES (1)', 'write', /INSERT/],
  ['UPDATE', 'UPDATE observations SET value = 0', 'write', /UPDATE/],
  ['DELETE', 'DELETE FROM observations', 'write', /DELETE/],
  ['TRUNCATE', 'TRUNCATE observations', 'write', /TRUNCATE/],
  [
    'WITH … DELETE (DuckDB runs it)',
    'WITH a AS (SELECT 1) DELETE FROM observations',
    'write',
    /DELETE/,
  ],
  ['WITH … UPDATE', 'with a as (select 1) update observations set value = 0', 'write', /UPDATE/],
  [
    'EXPLAIN ANALYZE runs its statement',
    'EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1',
    'write',
    /CREATE/,
  ],
  ['EXPLAIN of COPY', "EXPLAIN COPY kommuner TO 'k.csv'", 'copy', /COPY/],
  ['DESCRIBE of INSERT', 'DESCRIBE INSERT INTO t VALUES (1)', 'write', /INSERT/],
  ['two statements', 'SELECT 1; SELECT 2', 'multiple', /én forespørgsel ad gangen/],
  [
    'a statement after a string with ;',
    "SELECT ';'; INSTALL httpfs",
    'multiple',
    /én forespørgsel/,
  ],
  [
    'E-string escape does not hide ;',
    "SELECT E'\\\\'; DROP TABLE kommuner; --'",
    'multiple',
    /én forespørgsel/,
  ],
  [
    'read_csv over http',
    "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
    'url',
    /Netadgang fra SQL er slået fra/,
  ],
  [
    'https parquet',
    "FROM read_parquet('https://example.org/x.parquet')",
    'url',
    /ligner en netadresse/,
  ],
  [
    'replacement scan on a URL string',
    "SELECT * FROM 'https://example.org/x.csv'",
    'url',
    /netadresse/,
  ],
  [
    'replacement scan on a quoted URL name',
    'SELECT * FROM "http://example.org/x.csv"',
    'url',
    /netadresse/,
  ],
  [
    'URL in a list',
    "SELECT * FROM read_csv(['a.csv', 's3://bucket/b.csv'])",
    'url',
    /s3:\/\/bucket/,
  ],
  ['URL in a dollar quote', 'SELECT * FROM read_csv($$gcs://b/x.csv$$)', 'url', /gcs:/],
  [
    'URL decoded from an E-string escape',
    "SELECT * FROM read_csv(E'\\x68ttp://x/y.csv')",
    'url',
    /http:/,
  ],
  ['upper-case scheme', "SELECT * FROM read_csv('HTTPS://X/Y.CSV')", 'url', /HTTPS:/],
  ['hf path', "FROM 'hf://datasets/x/y.parquet'", 'url', /hf:/],
  ['az path', "FROM 'az://c/x.parquet'", 'url', /az:/],
  ['azure path', "FROM 'azure://c/x.parquet'", 'url', /azure:/],
  ['r2 path', "FROM 'r2://b/x.parquet'", 'url', /r2:/],
  ['gs path', "FROM 'gs://b/x.parquet'", 'url', /gs:/],
  ['ftp path', "FROM 'ftp://h/x.csv'", 'url', /ftp:/],
  ['file URL', "FROM 'file:///etc/passwd'", 'url', /file:/],
  ['getenv', "SELECT getenv('HOME')", 'function', /getenv\(\) er slået fra/],
  ['not a read statement', 'CHECKPOINT', 'not_read_only', /CHECKPOINT kan ikke køres/],
  ['transaction control', 'BEGIN TRANSACTION', 'not_read_only', /BEGIN/],
  ['unterminated string', "SELECT 'abc", 'syntax', /tekststreng/],
  ['unterminated quoted name', 'SELECT "abc', 'syntax', /navn/],
  ['unterminated comment', 'SELECT 1 /* abc', 'syntax', /kommentar/],
  ['unterminated dollar quote', 'SELECT $$abc', 'syntax', /tekststreng/],
  ['too long', `SELECT '${'x'.repeat(MAX_SQL_LENGTH)}'`, 'too_long', /for lang/],
];

describe('checkUserSql refuses with a reason and a bilingual message', () => {
  it.each(refused)('%s', (_label, input, reason, da) => {
    const result = checkUserSql(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message.da).toMatch(da);
    expect(result.message.en.length).toBeGreaterThan(10);
    expect(result.message.en).not.toBe(result.message.da);
  });

  it('refuses every case variant of a refused keyword', () => {
    for (const word of ['install', 'Install', 'iNsTaLl', 'INSTALL']) {
      expect(checkUserSql(`${word} httpfs`)).toMatchObject({ ok: false, reason: 'extension' });
    }
  });

  it('shortens a long URL in the message', () => {
    const result = checkUserSql(`FROM 'https://example.org/${'a'.repeat(200)}.csv'`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.da.length).toBeLessThan(400);
  });
});

describe('tokenizeSql', () => {
  it('keeps strings, quoted names and comments apart like DuckDB', () => {
    const lexed = tokenizeSql(`SELECT 'a''b', "c""d", E'e\\'f', $x$g$x$ -- h\n/* i /* j */ k */ l`);
    expect(lexed.ok).toBe(true);
    if (!lexed.ok) return;
    expect(lexed.tokens.map((t) => [t.kind, t.value])).toEqual([
      ['word', 'SELECT'],
      ['string', "a'b"],
      ['symbol', ','],
      ['quoted', 'c"d'],
      ['symbol', ','],
      ['string', "e'f"],
      ['symbol', ','],
      ['string', 'g'],
      ['word', 'l'],
    ]);
  });

  it('reads $ inside a name as part of it, and $1 as a parameter', () => {
    const lexed = tokenizeSql('SELECT a$$b, $1');
    expect(lexed.ok && lexed.tokens.map((t) => t.text)).toEqual(['SELECT', 'a$$b', ',', '$', '1']);
  });
});

// Issue 12: DuckDB turns these into spaces before lexing (outside its pre-pass's quotes), while
// JavaScript's \s and DuckDB's lexer disagree on others. Each must leave guard and engine agreed.
const DUCKDB_SPACES = [
  0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x200b, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
].map((c) => String.fromCodePoint(c));
// Whitespace to JavaScript, part of a name (or a stray symbol) to DuckDB.
const JS_ONLY_SPACES = ['\u2028', '\u2029', '\u1680', '\u0085'];
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const ATTACH = 'ATTACH $$http://127.0.0.1:4499/x.db$$ AS y';

describe('checkUserSql reads unicode spaces as DuckDB does (issue 12)', () => {
  it.each(DUCKDB_SPACES.map((c) => [hex(c), c]))(
    '%s before e turns the rest into code, as in DuckDB: refused',
    (_label, c) => {
      const sql = `SELECT ${c}e'\\' AS note, ' ; ${ATTACH} ; -- '`;
      expect(checkUserSql(sql)).toMatchObject({ ok: false, reason: 'multiple' });
      // Without a leading space too, and with writes that would outlive the rollback.
      const writes = `SELECT${c}e'\\' AS note, ' ; COMMIT ; UPDATE observations SET value = 0 ; -- '`;
      expect(checkUserSql(writes)).toMatchObject({ ok: false, reason: 'multiple' });
    },
  );

  it.each(JS_ONLY_SPACES.map((c) => [hex(c), c]))(
    '%s is not a space to DuckDB, so it cannot open an E-string for the guard alone',
    (_label, c) => {
      // DuckDB reads a<c>e as one name and '\' as a whole string, so ATTACH is a statement.
      const sql = `SELECT 1 AS a${c}e'\\' ; ${ATTACH} ; --'`;
      expect(checkUserSql(sql)).toMatchObject({ ok: false, reason: 'multiple' });
    },
  );

  it.each(DUCKDB_SPACES.map((c) => [hex(c), c]))(
    '%s outside quotes is run as the space DuckDB makes of it',
    (_label, c) => {
      expect(checkUserSql(`SELECT${c}1${c}AS${c}one`)).toMatchObject({
        ok: true,
        sql: 'SELECT 1 AS one',
        keyword: 'SELECT',
      });
    },
  );

  it('keeps unicode spaces inside strings and quoted names, where DuckDB keeps them', () => {
    expect(checkUserSql(`SELECT 'a\u00a0b' AS "c\u200bd"`)).toMatchObject({
      ok: true,
      sql: `SELECT 'a\u00a0b' AS "c\u200bd"`,
    });
    // DuckDB's pre-pass takes the ' inside $$…$$ for a quote, so the space after it is replaced.
    expect(checkUserSql(`SELECT $$'$$ AS a, 'x\u200by' AS b`)).toMatchObject({
      ok: true,
      sql: `SELECT $$'$$ AS a, 'x y' AS b`,
    });
  });

  it('checks the statement again when, alone, it meets the pre-pass in another state', () => {
    // The quote in the leading comment hides the U+200B from the pre-pass on the whole text; on
    // the statement alone (as it is run) the pre-pass replaces it and ATTACH becomes code.
    const sql = `/* ' */ SELECT \u200be'\\' AS n, ' ; ${ATTACH} ; -- '`;
    expect(checkUserSql(sql)).toMatchObject({ ok: false, reason: 'multiple' });
  });

  it('refuses a NUL, after which DuckDB-WASM would read nothing', () => {
    const result = checkUserSql(`SELECT 1 AS a\u0000; ${ATTACH}`);
    expect(result).toMatchObject({ ok: false, reason: 'character' });
    if (!result.ok) expect(result.message.da).toMatch(/U\+0000/);
  });

  it('only space, tab, LF, CR and form feed separate tokens', () => {
    const lexed = tokenizeSql('SELECT\f1\u2028x\u000b2');
    expect(lexed.ok && lexed.tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'SELECT'],
      ['number', '1'],
      ['word', '\u2028x'],
      ['symbol', '\u000b'],
      ['number', '2'],
    ]);
  });
});
