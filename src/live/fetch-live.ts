/**
 * The live check's one request to DST, from the reader's browser. It sends nothing that says who
 * asks or from which page (no cookies, no referrer), follows no redirect (connect-src would block
 * one to another origin anyway), gives up after a time limit and reads at most a few megabytes.
 * Every way it can fail becomes a LiveCheckError with a kind the page turns into one sentence.
 */
import { readLimitedBody } from '../statbank/read-limited-body.ts';

export type LiveFailure = 'offline' | 'unreachable' | 'timeout' | 'http' | 'format';

export class LiveCheckError extends Error {
  readonly kind: LiveFailure;
  /** HTTP status for `http`. */
  readonly status: number | null;
  /** DST's own error code and message, e.g. 'EXTRACT-NOTFOUND: Tabel findes ikke: X'. */
  readonly detail: string | null;

  constructor(
    kind: LiveFailure,
    message: string,
    status: number | null = null,
    detail: string | null = null,
  ) {
    super(message);
    this.name = 'LiveCheckError';
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }
}

export interface FetchLiveOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
  online?: () => boolean;
}

/** A live answer is for one kommune and its neighbours: far below this. */
const MAX_BYTES = 5_000_000;

export async function fetchLive(url: string, options: FetchLiveOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  if (!online()) throw new LiveCheckError('offline', 'the browser is offline');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
      signal: controller.signal,
    });
    const text = await readLimitedBody(response, options.maxBytes ?? MAX_BYTES, url);
    if (!response.ok) {
      throw new LiveCheckError('http', `HTTP ${response.status}`, response.status, dstError(text));
    }
    return text;
  } catch (e) {
    if (e instanceof LiveCheckError) throw e;
    if (controller.signal.aborted)
      throw new LiveCheckError('timeout', `no answer in ${timeoutMs} ms`);
    // fetch rejects with a TypeError for a refused connection, a CSP block and a CORS refusal
    // alike; the page cannot tell them apart, so neither does the sentence.
    if (e instanceof TypeError) throw new LiveCheckError('unreachable', e.message);
    throw new LiveCheckError('format', e instanceof Error ? e.message : String(e));
  } finally {
    clearTimeout(timer);
  }
}

/** DST's {"errorTypeCode": "...", "message": "..."} as one line, or null for another body. */
export function dstError(body: string): string | null {
  try {
    const json = JSON.parse(body) as { errorTypeCode?: unknown; message?: unknown };
    if (typeof json.message !== 'string') return null;
    const code = typeof json.errorTypeCode === 'string' ? `${json.errorTypeCode}: ` : '';
    return `${code}${json.message}`.replace(/\s+/g, ' ').slice(0, 200);
  } catch {
    return null;
  }
}
