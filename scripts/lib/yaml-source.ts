/**
 * Reads a YAML source file and validates it with a zod schema, turning each problem into a
 * SourceError that names the file, the line of the offending node and the reason. Hostile or
 * damaged files (alias bombs, huge or deeply nested documents) fail the same way, never as a
 * bare exception without a file name.
 */
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { SourceError, SourceErrors } from './source-error.ts';

/** Our largest source file is under 50 kB; anything this big is a mistake or an attack. */
const MAX_YAML_BYTES = 1_000_000;
/**
 * yaml's own measure of alias expansion (uses × size of what they repeat). The sources use no
 * aliases today; a small allowance keeps honest reuse possible while an alias bomb cannot
 * multiply into millions of nodes for the schema check to walk.
 */
const MAX_YAML_ALIAS_COUNT = 50;

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
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_YAML_BYTES) {
    throw new SourceError(
      file,
      null,
      `the file is ${bytes} bytes; a YAML source may hold at most ${MAX_YAML_BYTES} bytes`,
    );
  }
  const lineCounter = new LineCounter();
  const doc = guarded(file, 'cannot be read as YAML', () =>
    parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }),
  );
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (e) {
    const reason = e instanceof Error ? firstLine(e.message) : String(e);
    if (/excessive alias count/i.test(reason)) {
      throw new SourceError(
        file,
        guarded(file, 'cannot be read as YAML', () => firstAliasLine(doc, lineCounter)),
        `the aliases (*name) expand too much (yaml: ${reason}); write the values out`,
      );
    }
    throw new SourceError(file, null, `cannot be read as YAML (${reason})`);
  }
  const result = guarded(file, 'cannot be checked', () => schema.safeParse(value));
  if (!result.success) {
    throw new SourceErrors(
      result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        return new SourceError(file, lineOf(path), `${where}${issue.message}`);
      }),
    );
  }
  return { value: result.data as z.infer<S>, lineOf };
}

/** Runs a step of reading; any exception it throws (yaml's own, a stack overflow) names the file. */
function guarded<T>(file: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    const reason = e instanceof Error ? firstLine(e.message) : String(e);
    throw new SourceError(file, null, `${what} (${reason})`);
  }
}

function firstAliasLine(doc: Document, lineCounter: LineCounter): number | null {
  let line: number | null = null;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
