/** The one translator: the dictionary for a language, and labels looked up by a data code. */
import type { Lang } from '../domain/format.ts';
import { da, type Dictionary } from './da.ts';
import { en } from './en.ts';

export type { Dictionary, Lang };

export function t(lang: Lang): Dictionary {
  return lang === 'en' ? en : da;
}

/** A label for a code from the data (a theme, a kind); an unknown code is shown as it is. */
export function labelOf(labels: object, code: string): string {
  const label = (labels as Readonly<Record<string, string>>)[code];
  return typeof label === 'string' ? label : code;
}

/** A field the data gives in both languages, e.g. a metric's title. */
export function pick<T>(lang: Lang, da: T, en: T): T {
  return lang === 'en' ? en : da;
}
