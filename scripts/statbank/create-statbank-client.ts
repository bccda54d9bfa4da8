/**
 * HTTP client for api.statbank.dk/v1: /tableinfo (metadata, JSON) and /data (CSV). Uses the
 * global fetch so no dependency is needed. Every attempt has its own timeout (AbortController),
 * and network errors, timeouts, 5xx and 429 are retried with exponential backoff, because DST's
 * API does have brief outages; a 4xx is our mistake (unknown table, bad variable) and is reported
 * at once with DST's own message.
 */
import {
  tableInfoSchema,
  type TableInfo,
  type TableInfoVariable,
  type VariableSelection,
} from '../../src/statbank/table-info.ts';
import { readLimitedBody } from '../../src/statbank/read-limited-body.ts';
import {
  StatbankDeadlineError,
  StatbankError,
  StatbankFormatError,
  StatbankHttpError,
  StatbankTimeoutError,
  StatbankUnreachableError,
} from '../../src/statbank/statbank-error.ts';

export const DEFAULT_BASE_URL = 'https://api.statbank.dk/v1';
/** The largest table in tables.yaml is well under 10 MB as CSV. */
export const DEFAULT_MAX_BYTES = 50_000_000;
const MAX_REDIRECTS = 5;

export type { TableInfo, TableInfoVariable, VariableSelection };
export { statbankDataUrl } from '../../src/statbank/statbank-data-url.ts';

export interface StatbankClientOptions {
  baseUrl?: string;
  /** Per attempt, covering both the headers and the body. */
  timeoutMs?: number;
  /** Extra attempts after the first. */
  retries?: number;
  /** Wait before the first retry; doubles each time. */
  backoffMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry, e.g. to print it. */
  onRetry?: (message: string, error: StatbankError) => void;
  /** Largest response body accepted, in bytes; a larger one is refused, not buffered. */
  maxBytes?: number;
  /** Time for everything this client does, from its creation, retries and waits included. */
  deadlineMs?: number;
}

export interface StatbankClient {
  readonly baseUrl: string;
  tableinfo(table: string): Promise<TableInfo>;
  data(table: string, variables: VariableSelection[]): Promise<string>;
}

// Errors that mean "cannot reach the host at all", as opposed to trouble mid-request.
const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
]);

export function createStatbankClient(options: StatbankClientOptions = {}): StatbankClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const host = new URL(baseUrl).host;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const deadlineMs = options.deadlineMs ?? Infinity;
  const deadlineAt = Date.now() + deadlineMs;
  const origin = new URL(baseUrl).origin;
  const deadlineError = (table: string) =>
    new StatbankDeadlineError(
      `${table}: hele hentningen har brugt sin tidsgrænse på ${seconds(deadlineMs)} (--deadline-ms)`,
    );

  async function attempt(path: string, body: object, table: string): Promise<string> {
    const remaining = deadlineAt - Date.now();
    if (remaining <= 0) throw deadlineError(table);
    const controller = new AbortController();
    let deadlineHit = false;
    const timer = setTimeout(
      () => {
        deadlineHit = remaining < timeoutMs;
        controller.abort();
      },
      Math.min(timeoutMs, remaining),
    );
    try {
      const response = await fetchSameOrigin(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await readLimitedBody(response, maxBytes, `${table}: ${path}`);
      if (response.ok) return text;
      throw httpError(table, path, response.status, text, response.headers.get('retry-after'));
    } catch (e) {
      if (deadlineHit) throw deadlineError(table);
      if (e instanceof StatbankError) throw e;
      if (controller.signal.aborted) {
        throw new StatbankTimeoutError(
          `${table}: intet svar fra Danmarks Statistik (${host}${path}) inden for ${seconds(timeoutMs)}`,
        );
      }
      const code = errorCode(e);
      if (code !== null && UNREACHABLE.has(code)) throw new StatbankUnreachableError(host, code, e);
      throw new StatbankError(`${table}: netværksfejl mod ${host}${path}: ${code ?? String(e)}`, {
        retryable: true,
        cause: e,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Follows redirects only within the API's own origin: the provenance of every figure names that
   * host, so an answer from anywhere else is refused rather than silently credited to DST.
   */
  async function fetchSameOrigin(url: string, init: RequestInit): Promise<Response> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(current, { ...init, redirect: 'manual' });
      const redirected =
        response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
      if (!redirected) return response;
      await response.body?.cancel();
      const location = response.headers.get('location');
      const next = location === null ? null : new URL(location, current);
      if (next === null || next.origin !== origin) {
        throw new StatbankFormatError(
          `${new URL(current).host}${new URL(current).pathname} omdirigerer (HTTP ${response.status}) ` +
            `til ${next?.origin ?? 'en ukendt adresse'}; kun omdirigeringer inden for ${origin} følges`,
        );
      }
      if (hop >= MAX_REDIRECTS) {
        throw new StatbankFormatError(`${current}: mere end ${MAX_REDIRECTS} omdirigeringer`);
      }
      current = next.href;
    }
  }

  async function request(path: string, body: object, table: string): Promise<string> {
    for (let i = 0; ; i++) {
      try {
        return await attempt(path, body, table);
      } catch (e) {
        if (!(e instanceof StatbankError) || !e.retryable || i >= retries) {
          if (
            e instanceof StatbankError &&
            e.retryable &&
            retries > 0 &&
            !(e instanceof StatbankUnreachableError)
          ) {
            e.message = `${e.message} (${i + 1} forsøg)`;
          }
          throw e;
        }
        const retryAfter = e instanceof RetryAfterHttpError ? e.retryAfterMs : null;
        const wait = Math.min(retryAfter ?? backoffMs * 2 ** i, 60_000);
        if (Date.now() + wait >= deadlineAt) {
          throw new StatbankDeadlineError(`${deadlineError(table).message}, sidst: ${e.message}`);
        }
        options.onRetry?.(`${e.message}; prøver igen om ${seconds(wait)}`, e);
        await sleep(wait);
      }
    }
  }

  return {
    baseUrl,
    async tableinfo(table) {
      const text = await request('/tableinfo', { table, format: 'JSON', lang: 'da' }, table);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new StatbankFormatError(`${table}: /tableinfo svarede ikke med JSON`);
      }
      const parsed = tableInfoSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StatbankFormatError(
          `${table}: /tableinfo har ikke den forventede form (${issue?.path.join('.')}: ${issue?.message})`,
        );
      }
      return parsed.data;
    },
    async data(table, variables) {
      // valuePresentation Code: cells hold codes ('101', 'OKPCT'), not Danish texts, so they can
      // be matched against tables.yaml and the kommune list.
      const body = { table, format: 'CSV', lang: 'da', valuePresentation: 'Code', variables };
      const text = await request('/data', body, table);
      if (/^\s*[{<]/.test(text)) {
        throw new StatbankFormatError(`${table}: /data svarede med JSON/XML i stedet for CSV`);
      }
      return text;
    },
  };
}

/** An HTTP error that carries DST's Retry-After, so the next wait can honour it. */
class RetryAfterHttpError extends StatbankHttpError {
  readonly retryAfterMs: number;

  constructor(message: string, status: number, retryAfterMs: number) {
    super(message, status);
    this.retryAfterMs = retryAfterMs;
  }
}

function httpError(
  table: string,
  path: string,
  status: number,
  body: string,
  retryAfter: string | null,
): StatbankHttpError {
  // DST reports errors as {"errorTypeCode": "...", "message": "..."}.
  let detail = body.trim().slice(0, 300);
  try {
    const json = JSON.parse(body) as { errorTypeCode?: unknown; message?: unknown };
    if (typeof json.message === 'string') {
      detail =
        typeof json.errorTypeCode === 'string'
          ? `${json.errorTypeCode}: ${json.message}`
          : json.message;
    }
  } catch {
    // not JSON: keep the start of the body
  }
  detail = detail.replace(/\s+/g, ' ');
  if (status === 429 || status >= 500) {
    const message = `${table}: Danmarks Statistik svarede HTTP ${status} på ${path}${detail ? ` (${detail})` : ''}`;
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    return Number.isFinite(seconds) && seconds >= 0
      ? new RetryAfterHttpError(message, status, seconds * 1000)
      : new StatbankHttpError(message, status);
  }
  return new StatbankHttpError(
    `${table}: Danmarks Statistik afviste forespørgslen på ${path} (HTTP ${status}): ${detail || 'intet svar'}`,
    status,
  );
}

function errorCode(e: unknown): string | null {
  // fetch wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
  // and with several addresses the cause is an AggregateError whose parts carry the code.
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const obj = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof obj.code === 'string') return obj.code;
    if (Array.isArray(obj.errors) && obj.errors.length > 0) current = obj.errors[0];
    else current = obj.cause;
  }
  return null;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
