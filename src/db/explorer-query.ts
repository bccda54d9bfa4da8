/**
 * Runs a journalist's SQL for the explorer: checked by the guard, streamed, capped, cancellable,
 * with a time limit, and every failure turned into an ExplorerError with a bilingual message the
 * page can show next to the editor.
 */
import type { Db, ResultColumn, RowStream } from './db.ts';
import { ValueReadError } from './arrow-values.ts';
import { UNION_REFUSED } from './parquet-relay.ts';
import { checkUserSql, QUERY_KEYWORDS, type Bilingual, type GuardReason } from './sql-guard.ts';

export interface QueryResult {
  columns: ResultColumn[];
  /** Row arrays in column order, with plain values (see arrow-values.ts). */
  rows: unknown[][];
  /** Rows returned, at most maxRows. */
  rowCount: number;
  /** True when the query had more rows than maxRows. */
  truncated: boolean;
  elapsedMs: number;
}

export interface RunOptions {
  /** Rows kept for rendering; reading stops once one more row shows the result is larger. */
  maxRows: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type ExplorerErrorKind = 'refused' | 'sql' | 'timeout' | 'cancelled' | 'engine';

export class ExplorerError extends Error {
  readonly kind: ExplorerErrorKind;
  readonly bilingual: Bilingual;
  /** Why the guard refused; null when the engine refused or failed. */
  readonly reason: GuardReason | null;
  /** DuckDB's own message (first line), when it gave one. */
  readonly detail: string | null;
  constructor(
    kind: ExplorerErrorKind,
    message: Bilingual,
    extra: { reason?: GuardReason; detail?: string } = {},
  ) {
    super(message.en);
    this.name = 'ExplorerError';
    this.kind = kind;
    this.bilingual = message;
    this.reason = extra.reason ?? null;
    this.detail = extra.detail ?? null;
  }
}

/** Runs one read-only statement and returns at most maxRows of its result. */
export async function runUserQuery(db: Db, sql: string, options: RunOptions): Promise<QueryResult> {
  const checked = checkUserSql(sql);
  if (!checked.ok) {
    throw new ExplorerError('refused', checked.message, { reason: checked.reason });
  }
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();

  const pending = db.stream(checked.sql, { signal: controller.signal });
  let stream: RowStream | null = null;
  try {
    stream = await untilAborted(pending, controller.signal);
    const rows: unknown[][] = [];
    let truncated = false;
    for (;;) {
      const batch = await untilAborted(stream.next(), controller.signal);
      if (batch === null) break;
      const room = options.maxRows - rows.length;
      if (batch.length > room) {
        rows.push(...batch.slice(0, room));
        truncated = true;
        break;
      }
      rows.push(...batch);
    }
    const elapsedMs = Math.round(performance.now() - started);
    return { columns: stream.columns, rows, rowCount: rows.length, truncated, elapsedMs };
  } catch (e) {
    if (timedOut) throw timeoutError(options.timeoutMs);
    if (controller.signal.aborted) throw cancelledError();
    if (SEVERAL_STATEMENTS.test(String(e))) throw severalStatementsError(checked.keyword);
    throw toExplorerError(e);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // A stream that arrives after we gave up is closed as soon as it does.
    if (stream) void stream.close().catch(() => undefined);
    else void pending.then((s) => s.close()).catch(() => undefined);
  }
}

/**
 * The whole result of a user query as Parquet, written by the engine so types survive. Only
 * queries (SELECT, WITH, FROM, VALUES, TABLE, PIVOT, UNPIVOT) qualify: DESCRIBE, SHOW, SUMMARIZE
 * and EXPLAIN cannot be wrapped in CREATE TABLE … AS in DuckDB 0.9.1.
 */
export async function exportUserQueryParquet(db: Db, sql: string): Promise<Uint8Array> {
  const checked = checkUserSql(sql);
  if (!checked.ok) {
    throw new ExplorerError('refused', checked.message, { reason: checked.reason });
  }
  if (!QUERY_KEYWORDS.includes(checked.keyword)) {
    throw new ExplorerError('refused', {
      da: `Resultatet af ${checked.keyword} kan ikke hentes som Parquet. Brug Hent CSV, eller skriv forespørgslen som SELECT.`,
      en: `The result of ${checked.keyword} cannot be downloaded as Parquet. Use Download CSV, or write the query as a SELECT.`,
    });
  }
  try {
    return await db.writeParquet(checked.sql);
  } catch (e) {
    if (checked.keyword === 'PIVOT' && /multiple statements/.test(String(e))) {
      // DuckDB 0.9.1 expands PIVOT without IN (…) into several statements, which a table
      // cannot be created from.
      throw new ExplorerError('refused', {
        da: "PIVOT uden en liste af værdier kan ikke hentes som Parquet. Skriv værdierne ud, fx PIVOT observations ON quality IN ('primary', 'secondary') USING count(*).",
        en: "PIVOT without a list of values cannot be downloaded as Parquet. List the values, e.g. PIVOT observations ON quality IN ('primary', 'secondary') USING count(*).",
      });
    }
    if (String(e).includes(UNION_REFUSED)) {
      throw new ExplorerError('refused', {
        da: 'Resultatet har en UNION-kolonne, som ikke kan hentes som Parquet. Brug Hent CSV, eller gør kolonnen til tekst, fx u::VARCHAR.',
        en: 'The result has a UNION column, which cannot be downloaded as Parquet. Use Download CSV, or turn the column into text, e.g. u::VARCHAR.',
      });
    }
    throw toExplorerError(e);
  }
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (the engine may still be busy). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function timeoutError(ms: number): ExplorerError {
  const seconds = String(Math.round(ms / 100) / 10);
  return new ExplorerError('timeout', {
    da: `Forespørgslen blev stoppet efter ${seconds.replace('.', ',')} sekunder. Begræns den, fx med WHERE eller LIMIT.`,
    en: `The query was stopped after ${seconds} seconds. Narrow it down, e.g. with WHERE or LIMIT.`,
  });
}

// DuckDB's refusal, before it runs anything, of text it reads as more than one statement.
const SEVERAL_STATEMENTS = /PendingQuery can only take a single statement/;

/**
 * The engine read the text as several statements and ran none. The guard found one, so either
 * DuckDB expands the statement itself (PIVOT without IN (…) becomes CREATE TYPE + PIVOT) or the
 * text was made to look like one; either way it is refused, never run statement by statement.
 */
function severalStatementsError(keyword: string): ExplorerError {
  if (keyword === 'PIVOT') {
    return new ExplorerError(
      'refused',
      {
        da: "PIVOT uden en liste af værdier kan ikke køres i udforskeren: DuckDB gør den til flere forespørgsler. Skriv værdierne ud, fx PIVOT observations ON quality IN ('primary', 'secondary') USING count(*).",
        en: "PIVOT without a list of values cannot run in the explorer: DuckDB turns it into several statements. List the values, e.g. PIVOT observations ON quality IN ('primary', 'secondary') USING count(*).",
      },
      { reason: 'multiple' },
    );
  }
  return new ExplorerError(
    'refused',
    {
      da: 'Databasemotoren læser teksten som flere forespørgsler, så ingen af dem blev kørt. Udforskeren kører én forespørgsel ad gangen.',
      en: 'The engine reads the text as several statements, so none of them was run. The explorer runs one statement at a time.',
    },
    { reason: 'multiple' },
  );
}

function cancelledError(): ExplorerError {
  return new ExplorerError('cancelled', {
    da: 'Forespørgslen blev annulleret.',
    en: 'The query was cancelled.',
  });
}

// DuckDB's error classes for mistakes in the statement itself, as opposed to engine failures.
const SQL_ERRORS =
  /^(Parser|Binder|Catalog|Conversion|Invalid Input|Invalid|Out of Range|Not implemented|Constraint|Type|Mismatch Type|Syntax|Dependency|Sequence) Error:/;

/**
 * What a kind of DuckDB error means, in the reader's words; DuckDB's own line (English) is kept
 * beside it as `detail`. The kind is the words before "Error:".
 */
const SQL_ERROR_MEANINGS: [RegExp, Bilingual][] = [
  [
    /^Catalog Error:/,
    {
      da: 'Et navn i forespørgslen findes ikke: en tabel, en kolonne eller en funktion. Tabellerne og deres kolonner står under »Tabeller«.',
      en: 'A name in the query does not exist: a table, a column or a function. The tables and their columns are listed under "Tables".',
    },
  ],
  [
    /^(Parser|Syntax) Error:/,
    {
      da: 'Forespørgslen kan ikke læses som SQL. Se efter kommaer, parenteser og anførselstegn.',
      en: 'The query cannot be read as SQL. Check commas, brackets and quotes.',
    },
  ],
  [
    /^Binder Error:/,
    {
      da: 'En kolonne eller en værdi passer ikke ind, hvor den står: et navn, der findes i flere tabeller, eller en type, der ikke kan sammenlignes.',
      en: 'A column or value does not fit where it stands: a name found in several tables, or types that cannot be compared.',
    },
  ],
  [
    /^(Conversion|Invalid Input|Out of Range|Type|Mismatch Type) Error:/,
    {
      da: 'En værdi kan ikke laves om til den type, forespørgslen beder om.',
      en: 'A value cannot be turned into the type the query asks for.',
    },
  ],
];

const SQL_ERROR_OTHER: Bilingual = {
  da: 'Databasemotoren kan ikke køre forespørgslen.',
  en: 'The database engine cannot run the query.',
};

/** Sorts an engine error into refused / sql / engine, keeping DuckDB's own first line. */
export function toExplorerError(e: unknown): ExplorerError {
  if (e instanceof ExplorerError) return e;
  if (e instanceof ValueReadError) {
    // The engine answered; one value could not be shown. A fault in the result, not the engine.
    return new ExplorerError(
      'sql',
      {
        da: `En værdi i resultatet kan ikke vises (${e.message}). Gør kolonnen til tekst, fx kolonne::VARCHAR.`,
        en: `A value in the result cannot be shown (${e.message}). Turn the column into text, e.g. column::VARCHAR.`,
      },
      { detail: e.message },
    );
  }
  const text = e instanceof Error ? e.message : String(e);
  const detail = (text.split('\n')[0] ?? text).trim();
  if (detail.startsWith('Permission Error:') || detail.startsWith('Missing Extension Error:')) {
    return new ExplorerError(
      'refused',
      {
        da: `Databasemotoren afviste forespørgslen, fordi fil-, net- og udvidelsesadgang er slået fra: ${detail}`,
        en: `The engine refused the query because file, network and extension access is switched off: ${detail}`,
      },
      { detail },
    );
  }
  if (SQL_ERRORS.test(detail)) {
    const meaning = SQL_ERROR_MEANINGS.find(([kind]) => kind.test(detail))?.[1] ?? SQL_ERROR_OTHER;
    return new ExplorerError(
      'sql',
      { da: `Fejl i SQL: ${meaning.da}`, en: `SQL error: ${meaning.en}` },
      { detail },
    );
  }
  return new ExplorerError(
    'engine',
    {
      da: `Databasemotoren fejlede: ${detail}. Genindlæs siden, hvis det sker igen.`,
      en: `The database engine failed: ${detail}. Reload the page if it happens again.`,
    },
    { detail },
  );
}
