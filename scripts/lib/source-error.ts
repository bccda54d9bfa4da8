/** A problem in a checked-in source file, reported as "file:line: reason" so an editor can jump to it. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Several source errors at once, so one build run reports every broken row, not just the first. */
export class SourceErrors extends Error {
  readonly errors: SourceError[];

  constructor(errors: SourceError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SourceErrors';
    this.errors = errors;
  }
}
