/**
 * Years and deadlines: "fra 2026", "inden 2030", "i 2025", "senest 2027", "i budget 2025",
 * "budgetaftalen for 2020-2023". The word before the year says how it binds the pledge.
 */
import { words } from './word-pattern.ts';

export type YearRelation = 'from' | 'by' | 'in' | 'budget' | 'period' | 'year';

export interface YearMention {
  /** The words, as in the text ("inden 2030"). */
  text: string;
  year: number;
  /** A period "2020-2023" or "2022–2025": its last year. */
  endYear?: number;
  relation: YearRelation;
}

const YEAR = '(?:19[5-9]\\d|20\\d{2})';
const MONTH =
  '(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|okt\\.|nov\\.|dec\\.)';
const MENTION = words(
  `(?:(?<word>fra|inden|senest|frem mod|frem til|til og med|indtil|til|i løbet af|inden udgangen af|ved udgangen af|udgangen af|i|budget|budgetår|budgetåret|for)\\s+(?:${MONTH}\\s+)?)?(?<!\\d[.,/])(?<year>${YEAR})(?:\\s*[-–]\\s*(?<end>${YEAR}))?`,
  'giu',
);

const RELATIONS: Record<string, YearRelation> = {
  fra: 'from',
  inden: 'by',
  senest: 'by',
  'frem mod': 'by',
  'frem til': 'by',
  'til og med': 'by',
  indtil: 'by',
  til: 'by',
  'i løbet af': 'by',
  'inden udgangen af': 'by',
  'ved udgangen af': 'by',
  'udgangen af': 'by',
  i: 'in',
  budget: 'budget',
  budgetår: 'budget',
  budgetåret: 'budget',
};

export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const g = m.groups ?? {};
    if (g.year === undefined) continue;
    const word = g.word?.toLowerCase();
    const endYear = g.end === undefined ? undefined : Number(g.end);
    const relation: YearRelation =
      endYear !== undefined ? 'period' : word ? (RELATIONS[word] ?? 'year') : 'year';
    out.push({
      text: m[0],
      year: Number(g.year),
      ...(endYear !== undefined ? { endYear } : {}),
      relation,
    });
  }
  return out;
}
