/**
 * The network side of a run: every finished request with its page-relative start and end and its
 * transferred size (compressed body plus headers, as the browser received it), and the sums
 * before a moment such as the first chart or the first request for the wasm.
 */

export interface LoggedRequest {
  url: string;
  /** ms since the page's navigation started (performance.now() of the page). */
  start: number;
  end: number;
  /** Bytes on the wire: encoded body + response headers. */
  bytes: number;
}

export interface NetworkTotals {
  requests: number;
  bytes: number;
}

/** Requests that had finished by `time`, and their bytes. All of them for time = Infinity. */
export function finishedBy(log: readonly LoggedRequest[], time: number): NetworkTotals {
  const done = log.filter((r) => r.end <= time);
  return { requests: done.length, bytes: done.reduce((s, r) => s + r.bytes, 0) };
}

/** The first request for a .wasm file (query string ignored), or null when none was made. */
export function firstWasmRequest(log: readonly LoggedRequest[]): LoggedRequest | null {
  const wasm = log
    .filter((r) => new URL(r.url).pathname.endsWith('.wasm'))
    .sort((a, b) => a.start - b.start);
  return wasm[0] ?? null;
}

/**
 * Converts a request's wall-clock start (Playwright's timing.startTime, ms since 1970) and its
 * end (ms after that start) to the page's clock, given the page's performance.timeOrigin.
 */
export function toPageTime(
  wallStart: number,
  responseEnd: number,
  timeOrigin: number,
): { start: number; end: number } {
  const start = wallStart - timeOrigin;
  return { start, end: responseEnd >= 0 ? start + responseEnd : NaN };
}
