/** An error as a reader sees it: our own fetch problems in the page's language, others as they are. */
import { t, type Lang } from '../text/t.ts';
import { FetchJsonError } from './fetch-json.ts';

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof FetchJsonError) {
    const p = error.problem;
    const w = t(lang).fetchProblem;
    const detail =
      p.kind === 'timeout'
        ? w.timeout(p.seconds)
        : p.kind === 'status'
          ? w.status(p.status)
          : w[p.kind];
    return `${error.file}: ${detail}`;
  }
  return error instanceof Error ? error.message : String(error);
}
