/**
 * The explorer's first line of defence: SQL from the editor or a shared link is checked here
 * before it reaches DuckDB. It allows exactly one read-only statement and refuses, with a reason
 * the journalist can act on, anything that installs extensions, touches files or the network,
 * changes settings or data. The engine is locked down as well (lock-down.ts): a string built at
 * run time, e.g. 'ht' || 'tp://…', passes this check but not the engine. The guard still matters:
 * DuckDB-WASM 1.28 fetches the file behind ATTACH 'https://…' before it refuses the ATTACH.
 */
import { tokenizeSql, type Token } from './sql-tokenize.ts';
import { stripUnicodeSpaces } from './unicode-spaces.ts';

export type Bilingual = { da: string; en: string };

export type GuardReason =
  | 'empty'
  | 'too_long'
  | 'syntax'
  | 'character'
  | 'multiple'
  | 'extension'
  | 'attach'
  | 'copy'
  | 'export'
  | 'settings'
  | 'write'
  | 'url'
  | 'function'
  | 'not_read_only';

export type GuardResult =
  | { ok: true; sql: string; keyword: string }
  | { ok: false; reason: GuardReason; message: Bilingual };

/** Longer input is refused before tokenizing; a shared link carries far less. */
export const MAX_SQL_LENGTH = 100_000;

/** Statements that only produce a result; the ones CREATE TABLE … AS can wrap come first. */
export const QUERY_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT'];
const META_KEYWORDS = ['DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN'];

const REFUSED: Record<string, GuardReason> = {
  INSTALL: 'extension',
  LOAD: 'extension',
  FORCE: 'extension',
  ATTACH: 'attach',
  DETACH: 'attach',
  USE: 'attach',
  COPY: 'copy',
  EXPORT: 'export',
  IMPORT: 'export',
  SET: 'settings',
  RESET: 'settings',
  PRAGMA: 'settings',
  CALL: 'settings',
  CREATE: 'write',
  DROP: 'write',
  ALTER: 'write',
  INSERT: 'write',
  UPDATE: 'write',
  DELETE: 'write',
  TRUNCATE: 'write',
};

// DuckDB accepts WITH … INSERT/UPDATE/DELETE, so these are refused wherever they stand bare.
const WRITE_ANYWHERE = new Set(['INSERT', 'UPDATE', 'DELETE']);
const REMOTE = /^\s*(https?|s3[an]?|gcs|gs|az|azure|abfss?|r2|hf|ftps?|file):/i;
const REFUSED_FUNCTIONS = new Set(['GETENV']);

/**
 * Checks one statement from the explorer. On success it returns the text to run: DuckDB's own
 * unicode-space pre-pass already applied (so the engine lexes exactly what was checked), without
 * leading or trailing comments and semicolons.
 */
export function checkUserSql(sql: string): GuardResult {
  if (sql.length > MAX_SQL_LENGTH) return refuse('too_long', '');
  // DuckDB-WASM hands the text on as a C string: everything after a NUL would be cut off unseen.
  if (sql.includes('\0')) return refuse('character', 'U+0000');
  const checked = checkText(stripUnicodeSpaces(sql));
  if (!checked.ok) return checked;
  // The statement alone can meet DuckDB's pre-pass in another state than the whole text did (a
  // quote inside a leading comment), and it may be run with a line after it (parquet-relay.ts).
  // Check it again until the pre-pass leaves it as it is; each round removes a unicode space.
  const stable = `${checked.sql}\n`;
  return stripUnicodeSpaces(stable) === stable ? checked : checkUserSql(stable);
}

function checkText(sql: string): GuardResult {
  const lexed = tokenizeSql(sql);
  if (!lexed.ok) return refuse('syntax', lexed.unterminated);
  const statements = splitStatements(lexed.tokens);
  if (statements.length === 0) return refuse('empty', '');
  if (statements.length > 1) return refuse('multiple', '');
  const tokens = statements[0]!;

  const first = firstWord(tokens, 0);
  const keyword = first?.text.toUpperCase() ?? '';
  const refusal = checkKeyword(tokens, keyword, first ? tokens.indexOf(first) : -1);
  if (refusal) return refusal;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = t.kind === 'word' ? t.text.toUpperCase() : '';
    if (WRITE_ANYWHERE.has(word)) return refuse('write', word);
    if (REFUSED_FUNCTIONS.has(word) && tokens[i + 1]?.kind === 'open') {
      return refuse('function', t.text);
    }
    if ((t.kind === 'string' || t.kind === 'quoted') && REMOTE.test(t.value)) {
      return refuse('url', t.value);
    }
  }
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { ok: true, sql: sql.slice(start, end), keyword };
}

function checkKeyword(tokens: Token[], keyword: string, at: number): GuardResult | null {
  if (keyword in REFUSED) return refuse(REFUSED[keyword]!, keyword, tokens);
  if (QUERY_KEYWORDS.includes(keyword)) return null;
  if (!META_KEYWORDS.includes(keyword)) return refuse('not_read_only', keyword || '?');
  // DESCRIBE, SUMMARIZE, SHOW and EXPLAIN take a statement; EXPLAIN ANALYZE even runs it.
  let inner = firstWord(tokens, at + 1);
  if (keyword === 'EXPLAIN' && /^ANALY[SZ]E$/i.test(inner?.text ?? '')) {
    inner = firstWord(tokens, tokens.indexOf(inner!) + 1);
  }
  const innerKeyword = inner?.text.toUpperCase() ?? '';
  if (innerKeyword in REFUSED) return refuse(REFUSED[innerKeyword]!, innerKeyword, tokens);
  if (keyword === 'EXPLAIN' && !QUERY_KEYWORDS.includes(innerKeyword)) {
    return refuse('not_read_only', `EXPLAIN ${innerKeyword}`.trim());
  }
  return null;
}

function splitStatements(tokens: Token[]): Token[][] {
  const statements: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (t.kind !== 'semicolon') {
      current.push(t);
    } else if (current.length > 0) {
      statements.push(current);
      current = [];
    }
  }
  if (current.length > 0) statements.push(current);
  return statements;
}

/** The first word from `from` on, skipping opening parentheses: (SELECT 1) UNION (SELECT 2). */
function firstWord(tokens: Token[], from: number): Token | undefined {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') continue;
    return t.kind === 'word' ? t : undefined;
  }
  return undefined;
}

function refuse(reason: GuardReason, subject: string, tokens: Token[] = []): GuardResult {
  if (subject === 'FORCE') subject = 'FORCE INSTALL';
  return { ok: false, reason, message: guardMessage(reason, subject, tokens) };
}

const ALLOWED_LIST =
  'SELECT, WITH, FROM, VALUES, TABLE, PIVOT, UNPIVOT, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN';
const TABLES = 'kommuner, metrics, observations, documents, pledges';

function guardMessage(reason: GuardReason, subject: string, tokens: Token[]): Bilingual {
  switch (reason) {
    case 'empty':
      return {
        da: 'Skriv en forespørgsel, fx SELECT * FROM kommuner.',
        en: 'Write a query, e.g. SELECT * FROM kommuner.',
      };
    case 'too_long':
      return {
        da: 'Forespørgslen er for lang til udforskeren.',
        en: 'The query is too long for the explorer.',
      };
    case 'syntax': {
      const da = { string: 'en tekststreng', identifier: 'et navn i "…"', comment: 'en kommentar' };
      const en = { string: 'a string', identifier: 'a "quoted" name', comment: 'a comment' };
      const kind = subject as keyof typeof da;
      return {
        da: `Forespørgslen har ${da[kind]}, der aldrig bliver lukket.`,
        en: `The query has ${en[kind]} that is never closed.`,
      };
    }
    case 'character':
      return {
        da: `Forespørgslen indeholder tegnet ${subject}, som databasemotoren ville læse som tekstens slutning. Fjern det.`,
        en: `The query contains the character ${subject}, which the engine would read as the end of the text. Remove it.`,
      };
    case 'multiple':
      return {
        da: 'Udforskeren kører én forespørgsel ad gangen. Fjern alt efter det første semikolon.',
        en: 'The explorer runs one statement at a time. Remove everything after the first semicolon.',
      };
    case 'extension':
      return {
        da: `${subject} er slået fra i udforskeren: udvidelser hentes fra nettet. Tabellerne ${TABLES} er allerede indlæst.`,
        en: `${subject} is switched off in the explorer: extensions are downloaded from the internet. The tables ${TABLES} are already loaded.`,
      };
    case 'attach':
      return {
        da: `${subject} er slået fra i udforskeren: den arbejder kun med de indlæste tabeller (${TABLES}).`,
        en: `${subject} is switched off in the explorer: it works only with the loaded tables (${TABLES}).`,
      };
    case 'copy':
      return copyMessage(tokens);
    case 'export':
      return {
        da: `${subject} DATABASE er slået fra i udforskeren: den skriver og læser filer. Brug knapperne Hent CSV / Hent Parquet.`,
        en: `${subject} DATABASE is switched off in the explorer: it writes and reads files. Use the Download CSV / Download Parquet buttons.`,
      };
    case 'settings':
      return {
        da: `${subject} er slået fra i udforskeren: motorens indstillinger er låst.`,
        en: `${subject} is switched off in the explorer: the engine's settings are locked.`,
      };
    case 'write':
      return {
        da: `${subject} er slået fra: udforskeren kan kun læse data, ikke ændre dem.`,
        en: `${subject} is switched off: the explorer can read data, not change it.`,
      };
    case 'url': {
      const shown = subject.trim().length > 60 ? subject.trim().slice(0, 59) + '…' : subject.trim();
      return {
        da: `Netadgang fra SQL er slået fra: '${shown}' ligner en netadresse. Udforskeren læser kun de indlæste tabeller. Søg i en adressekolonne uden http(s)://, fx source_url LIKE '%dst.dk%'.`,
        en: `Network access from SQL is switched off: '${shown}' looks like a web address. The explorer reads only the loaded tables. To search an address column, leave out http(s)://, e.g. source_url LIKE '%dst.dk%'.`,
      };
    }
    case 'function':
      return {
        da: `${subject}() er slået fra i udforskeren.`,
        en: `${subject}() is switched off in the explorer.`,
      };
    case 'not_read_only':
      return {
        da: `${subject} kan ikke køres i udforskeren. En forespørgsel skal begynde med ${ALLOWED_LIST}.`,
        en: `${subject} cannot be run in the explorer. A query must start with ${ALLOWED_LIST}.`,
      };
  }
}

function copyMessage(tokens: Token[]): Bilingual {
  const reads = tokens.some((t) => t.kind === 'word' && t.text.toUpperCase() === 'FROM');
  const writes = tokens.some((t) => t.kind === 'word' && t.text.toUpperCase() === 'TO');
  if (reads && !writes) {
    return {
      da: `COPY … FROM er slået fra i udforskeren: den læser filer. Data kommer kun fra de indlæste tabeller (${TABLES}).`,
      en: `COPY … FROM is switched off in the explorer: it reads files. Data comes only from the loaded tables (${TABLES}).`,
    };
  }
  return {
    da: 'COPY … TO er slået fra i udforskeren: den skriver filer. Brug knapperne Hent CSV / Hent Parquet.',
    en: 'COPY … TO is switched off in the explorer: it writes files. Use the Download CSV / Download Parquet buttons.',
  };
}
