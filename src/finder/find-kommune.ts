/**
 * Which kommune a text names. The names come from the caller (data/sources/kommuner.csv in the CLI,
 * the catalogue's kommuner in the app), so a new or renamed kommune needs no change here.
 *
 * A name counts with a capital, as a whole word, also in the genitive ("Københavns Kommune");
 * "aarhusianere" does not name Aarhus. The document's kommune is the one named most often.
 */
import { words } from './word-pattern.ts';

export interface KommuneName {
  kode: string;
  navn: string;
}

export interface KommuneMention {
  kode: string;
  navn: string;
  /** How often the text names it. */
  count: number;
}

interface Matcher {
  kommune: KommuneName;
  pattern: RegExp;
}

const cache = new WeakMap<readonly KommuneName[], Matcher[]>();

function matchers(kommuner: readonly KommuneName[]): Matcher[] {
  let list = cache.get(kommuner);
  if (!list) {
    list = kommuner
      .filter((k) => k.navn.trim() !== '')
      .map((kommune) => ({
        kommune,
        pattern: words(`${escape(kommune.navn.trim())}s?`, 'gu'),
      }));
    cache.set(kommuner, list);
  }
  return list;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every kommune the text names, most often named first (ties: the one named first). */
export function findKommuner(text: string, kommuner: readonly KommuneName[]): KommuneMention[] {
  const found: (KommuneMention & { first: number })[] = [];
  for (const { kommune, pattern } of matchers(kommuner)) {
    const hits = [...text.matchAll(pattern)];
    const first = hits[0];
    if (first)
      found.push({
        kode: kommune.kode,
        navn: kommune.navn,
        count: hits.length,
        first: first.index,
      });
  }
  return found
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ kode, navn, count }) => ({ kode, navn, count }));
}
