/**
 * The name a document's text gets in data/seeds/ (the catalogue's seed_file: letters, digits,
 * dots and dashes, ending in .txt), from the name of the file it came from.
 */
import { slugOf } from '../../finder/slug-of.ts';

export function seedName(fileName: string | null): string {
  const base = (fileName ?? '').replace(/\.[^.]*$/u, '');
  return `${slugOf(base, 60) || 'dokument'}.txt`;
}
