/**
 * The source line of a downloaded quick chart (issue 16): the sources of the rows drawn, named by
 * their source_title column, else the extracts and their build date. The frame that carries it,
 * with the title and the unit, is the one every chart download uses (src/charts/chart-frame.ts).
 */
import type { ResultColumn } from './chart-choice.ts';

export interface SourceWords {
  sourceLine: (sources: string) => string;
  moreSources: (n: string) => string;
  extractSource: (date: string) => string;
}

const MAX_NAMED_SOURCES = 4;

/**
 * "Kilde: …" for the rows drawn: the distinct source_title values of those rows when the result
 * has that column, else the extracts and their build date.
 */
export function sourceText(
  columns: readonly ResultColumn[],
  rows: readonly (readonly unknown[])[],
  words: SourceWords,
  builtOn: string,
  formatCount: (n: number) => string,
): string {
  const index = columns.findIndex((c) => c.name === 'source_title');
  const titles = new Set<string>();
  if (index >= 0) {
    for (const row of rows) {
      const value = row[index];
      if (typeof value === 'string' && value.trim() !== '') titles.add(value.trim());
    }
  }
  if (titles.size === 0) return words.sourceLine(words.extractSource(builtOn));
  const named = [...titles].slice(0, MAX_NAMED_SOURCES);
  const more = titles.size - named.length;
  return words.sourceLine(
    `${named.join('; ')}${more > 0 ? ` ${words.moreSources(formatCount(more))}` : ''}`,
  );
}
