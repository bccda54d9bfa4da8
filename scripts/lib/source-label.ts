/**
 * The label a page shows for a figure's source, in Danish and in English. The files we import
 * label their sources partly in English: "TV SYD (citing VIVE): … (2019-11)", "Aarhus Kommune: …
 * (21 Jun 2023)". A Danish page must be Danish throughout, so the build writes each label once
 * per language, here: dates become dates of that language ("nov. 2019" / "Nov 2019"); for Danish,
 * the annotations the files add become Danish by the table in data/sources/source-labels.yaml,
 * and a Danish label that still holds one of that file's English words stops the build with the
 * label and the word, so none reaches a page unnoticed. The files' annotations are English
 * already; what our own importers add in Danish ("eksport hentet via") becomes English by the
 * same file. The title a source gave itself is quoted, never translated.
 */
import { z } from 'zod';
import { formatDate, MONTHS, MONTHS_IN_TEXT, type Lang } from '../../src/domain/format.ts';
import { isIsoDate } from '../../src/domain/period.ts';
import { pick } from '../../src/text/t.ts';
import { readYamlSource } from './yaml-source.ts';
import { SourceError, SourceErrors } from './source-error.ts';

export interface SourceLabelRules {
  /** [English, Danish], applied longest first, each where it stands as whole words. */
  phrases: [string, string][];
  /** [Danish, English] for the English label: what our own importers add in Danish. */
  phrasesEn: [string, string][];
  /** Words that must not be left in a label (matched as whole words, any case). */
  english: string[];
}

const rulesSchema = z.strictObject({
  phrases: z.record(z.string().min(1).max(200), z.string().min(1).max(200)),
  phrases_en: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).default({}),
  english: z.array(z.string().regex(/^[A-Za-z][A-Za-z .'-]*$/, 'write a plain English word')),
});

export function readSourceLabelRules(text: string, file: string): SourceLabelRules {
  const { value } = readYamlSource(text, file, rulesSchema);
  const longestFirst = (map: Record<string, string>): [string, string][] =>
    Object.entries(map).sort((a, b) => b[0].length - a[0].length);
  return {
    phrases: longestFirst(value.phrases),
    phrasesEn: longestFirst(value.phrases_en),
    english: value.english,
  };
}

/** English month names as the files write them, short and long, to their numbers ("Sept" too). */
const MONTH_NUMBERS: Record<string, number> = { sept: 9 };
for (const names of [MONTHS.en, MONTHS_IN_TEXT.en])
  names.forEach((name, i) => (MONTH_NUMBERS[name.toLowerCase()] = i + 1));

// English month names are capitalised ("Sept. 2019", "21 Jun 2023"); Danish ones never are
// ("tema november 2015"), so only a capitalised name is read as English.
const MONTH = `(${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|')})\\.?`;

const pad = (n: number | string): string => String(n).padStart(2, '0');

function dateIn(lang: Lang, y: string, m: number, d?: string): string | null {
  const iso = d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  if (d !== undefined && !isIsoDate(iso)) return null;
  if (m < 1 || m > 12) return null;
  return formatDate(iso, lang);
}

/**
 * Folketinget's sessions are written "2010-11" (the year and the next one's last two digits),
 * which a month ("2019-11") resembles; a pair of years that follow each other is a session.
 */
const isSession = (y: string, mm: string): boolean => (Number(y.slice(2)) + 1) % 100 === Number(mm);

type DateRule = [RegExp, (lang: Lang, ...groups: string[]) => string | null];

const DATE_RULES: DateRule[] = [
  // 21 Jun 2023, 11 April 2025, Sept. 2019, Dec 2019; one pattern, so that an impossible day
  // ("31 Feb 2020") leaves the whole date as written rather than only its month rewritten
  [
    new RegExp(`\\b(?:(\\d{1,2}) )?${MONTH} (\\d{4})\\b`, 'g'),
    (lang, d, mon, y) =>
      dateIn(lang, y!, MONTH_NUMBERS[mon!.toLowerCase()]!, d === '' ? undefined : d),
  ],
  // 2013-10-09
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (lang, y, m, d) => dateIn(lang, y!, Number(m), d)],
  // 02-09-2022
  [/\b(\d{2})-(\d{2})-(\d{4})\b/g, (lang, d, m, y) => dateIn(lang, y!, Number(m), d)],
  // (2019-11): a month only in brackets of its own, and not a session of Folketinget
  [
    /\((\d{4})-(\d{2})\)/g,
    (lang, y, m) => {
      const month = isSession(y!, m!) ? null : dateIn(lang, y!, Number(m));
      return month === null ? null : `(${month})`;
    },
  ],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words: not inside another word, letters of any script included.
const wholeWord = (s: string, flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, flags);

/** The label in one language: its dates in that language's format, its annotations in it too. */
export function sourceLabel(raw: string, rules: SourceLabelRules, lang: Lang): string {
  let label = raw;
  for (const [pattern, replace] of DATE_RULES) {
    label = label.replace(pattern, (match: string, ...groups: unknown[]) => {
      const parts = groups.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      return replace(lang, ...parts) ?? match;
    });
  }
  for (const [from, to] of pick(lang, rules.phrases, rules.phrasesEn)) {
    label = label.replace(wholeWord(from, 'gu'), () => to);
  }
  return label;
}

/** The first of the rules' English words still in the label, or null. */
export function englishLeftIn(label: string, rules: SourceLabelRules): string | null {
  return rules.english.find((word) => wholeWord(word, 'iu').test(label)) ?? null;
}

/**
 * Every row with its Danish label as source_title and its English one as source_title_en. A
 * Danish label with English left in stops the build, naming the label, the word and the rules
 * file, once per label however many rows share it.
 */
export function withSourceLabels<T extends { source_title: string }>(
  rows: T[],
  rules: SourceLabelRules,
  rulesFile: string,
): (T & { source_title_en: string })[] {
  const labels = new Map<string, { da: string; en: string }>();
  const errors: SourceError[] = [];
  for (const raw of new Set(rows.map((r) => r.source_title))) {
    const da = sourceLabel(raw, rules, 'da');
    const word = englishLeftIn(da, rules);
    if (word !== null) {
      errors.push(
        new SourceError(
          rulesFile,
          null,
          `the source label "${da.slice(0, 200)}" still has the English "${word}"; add a phrase for it`,
        ),
      );
    }
    labels.set(raw, { da, en: sourceLabel(raw, rules, 'en') });
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  return rows.map((r) => {
    const label = labels.get(r.source_title)!;
    return { ...r, source_title: label.da, source_title_en: label.en };
  });
}
