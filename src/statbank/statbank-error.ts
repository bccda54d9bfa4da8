/**
 * The ways a StatBank import can fail. Each message is one self-contained line (it names the table
 * and, where there is one, the line), because the CLI prints exactly one line per failed table and
 * a journalist must be able to act on it without reading a stack trace.
 */
export class StatbankError extends Error {
  /** Whether trying the same request again might succeed (network trouble, 5xx, 429, timeout). */
  readonly retryable: boolean;

  constructor(message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StatbankError';
    this.retryable = options.retryable ?? false;
  }
}

/**
 * The API could not be reached at all (no DNS, connection refused, no route). Every other table
 * would fail the same way, so the run stops at the first one and prints a single line.
 */
export class StatbankUnreachableError extends StatbankError {
  readonly code: string;
  readonly host: string;

  constructor(host: string, code: string, cause?: unknown) {
    super(`Kan ikke nå Danmarks Statistik (${host}): ${code}`, { retryable: true, cause });
    this.name = 'StatbankUnreachableError';
    this.code = code;
    this.host = host;
  }
}

/** The API answered with an HTTP error; 4xx other than 429 means our request is wrong. */
export class StatbankHttpError extends StatbankError {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message, { retryable: status === 429 || status >= 500 });
    this.name = 'StatbankHttpError';
    this.status = status;
  }
}

export class StatbankTimeoutError extends StatbankError {
  constructor(message: string) {
    super(message, { retryable: true });
    this.name = 'StatbankTimeoutError';
  }
}

/**
 * The whole run has used the time it was given (--deadline-ms). Like an unreachable API it stops
 * the run: every later table would hit the same limit.
 */
export class StatbankDeadlineError extends StatbankError {
  constructor(message: string) {
    super(message, { retryable: false });
    this.name = 'StatbankDeadlineError';
  }
}

/** The response or the configuration does not have the shape we rely on. Never retried. */
export class StatbankFormatError extends StatbankError {
  constructor(message: string) {
    super(message, { retryable: false });
    this.name = 'StatbankFormatError';
  }
}

/** One line for any thrown value, for the CLI. */
export function errorLine(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
