/**
 * Fetches one of our own JSON files with a time limit and an error that names the file and what
 * went wrong. The problem is a code, so the page says it in the reader's language (errorText);
 * the message is English, for the console.
 */
export type FetchProblem =
  | { kind: 'timeout'; seconds: number }
  | { kind: 'unreachable' }
  | { kind: 'not_found' }
  | { kind: 'status'; status: number }
  | { kind: 'broken_off' }
  | { kind: 'not_json' }
  /** The file parsed but is not what this app reads; the detail is for the console. */
  | { kind: 'unreadable'; detail: string };

const MESSAGES: { [K in FetchProblem['kind']]: (p: Extract<FetchProblem, { kind: K }>) => string } =
  {
    timeout: (p) => `no answer within ${p.seconds} s`,
    unreachable: () => 'the server could not be reached',
    not_found: () => 'not on the server (404)',
    status: (p) => `the server answered ${p.status}`,
    broken_off: () => 'the download broke off',
    not_json: () => 'is not valid JSON (damaged or cut short)',
    unreadable: (p) => p.detail,
  };

export class FetchJsonError extends Error {
  readonly file: string;
  readonly problem: FetchProblem;
  constructor(file: string, problem: FetchProblem) {
    super(`${file}: ${(MESSAGES[problem.kind] as (p: FetchProblem) => string)(problem)}`);
    this.file = file;
    this.problem = problem;
  }
}

export async function fetchJson(
  url: string,
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<unknown> {
  const file = url.replace(/^.*\/data\//, '').replace(/\?.*$/, '');
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 20_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { signal: controller.signal });
    } catch {
      throw new FetchJsonError(
        file,
        controller.signal.aborted
          ? { kind: 'timeout', seconds: timeoutMs / 1000 }
          : { kind: 'unreachable' },
      );
    }
    if (response.status === 404) throw new FetchJsonError(file, { kind: 'not_found' });
    if (!response.ok) throw new FetchJsonError(file, { kind: 'status', status: response.status });
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new FetchJsonError(file, { kind: 'broken_off' });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchJsonError(file, { kind: 'not_json' });
    }
  } finally {
    clearTimeout(timer);
  }
}
