/**
 * The one translator: the dictionary for a language, and labels looked up by a data code.
 *
 * Danish first: the browser loads the Danish words with the page and the English ones only when a
 * reader asks for English (loadLanguage), which keeps the pledge page within its JavaScript
 * budget. Node code loads English the same way before rendering: the static pages through
 * scripts/pages/render-card.ts, the unit tests in tests/setup/english.ts.
 */
import type { Lang } from '../domain/format.ts';
import { da, type Dictionary } from './da.ts';

export type { Dictionary, Lang };

let en: Dictionary | undefined;

/** A language from outside the types (a URL, an old caller): anything but 'en' is Danish. */
export function asLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'da';
}

/** Whether t(lang) can answer now. */
export function hasLanguage(lang: Lang): boolean {
  return lang !== 'en' || en !== undefined;
}

/** Loads a language's words; resolves at once for Danish or once English is loaded. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && en === undefined) en = (await import('./en.ts')).en;
}

export function t(lang: Lang): Dictionary {
  if (lang !== 'en') return da;
  if (en === undefined) throw new Error('English words asked for before loadLanguage("en")');
  return en;
}

/** Both languages of a text, each made when first read (English may not be loaded yet). */
export function bilingual(text: (lang: Lang) => string): {
  readonly da: string;
  readonly en: string;
} {
  return {
    get da() {
      return text('da');
    },
    get en() {
      return text('en');
    },
  };
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
