/**
 * Reads a YAML source file and validates it with a zod schema, turning each problem into a
 * SourceError that names the file, the line of the offending node and the reason.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { SourceError, SourceErrors } from './source-error.ts';

export interface YamlSource<T> {
  value: T;
  /** Line of the node at a path such as ['pledges', 3, 'quote'], for errors found after parsing. */
  lineOf(path: (string | number)[]): number | null;
}

export function readYamlSource<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): YamlSource<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SourceErrors(
      doc.errors.map(
        (e) =>
          new SourceError(
            file,
            lineCounter.linePos(e.pos[0]).line,
            `invalid YAML: ${firstLine(e.message)}`,
          ),
      ),
    );
  }
  const lineOf = (path: (string | number)[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new SourceErrors(
      result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        return new SourceError(file, lineOf(path), `${where}${issue.message}`);
      }),
    );
  }
  return { value: result.data, lineOf };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
