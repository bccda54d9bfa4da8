/**
 * Fetches one of our own JSON files with a time limit and an error that names the file and what
 * went wrong, in words a reader can act on.
 */
export class FetchJsonError extends Error {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.file = file;
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
          ? `no answer within ${timeoutMs / 1000} s`
          : 'the server could not be reached',
      );
    }
    if (response.status === 404) throw new FetchJsonError(file, 'not on the server (404)');
    if (!response.ok) throw new FetchJsonError(file, `the server answered ${response.status}`);
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new FetchJsonError(file, 'the download broke off');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchJsonError(file, 'is not valid JSON (damaged or cut short)');
    }
  } finally {
    clearTimeout(timer);
  }
}
