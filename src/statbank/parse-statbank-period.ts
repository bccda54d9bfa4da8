/**
 * DST period codes ('2024', '2024K3', '2024M01', '2024H2', '2024U05', '2024M01D15') to the dates
 * they cover. The output CSV keeps DST's code verbatim; the dates are only used to decide which
 * quality rules apply and to refuse codes we do not understand, because a period we misread would
 * put a figure in the wrong year without anyone noticing.
 */
import { StatbankFormatError } from './statbank-error.ts';

export interface StatbankPeriod {
  /** DST's Danish code ('2024K1', also for an English '2024Q1'). */
  code: string;
  /** First day of the period, 'YYYY-MM-DD'. */
  start: string;
  /** First day after the period, 'YYYY-MM-DD'. */
  end: string;
}

type Rule = [RegExp, (m: RegExpMatchArray) => [Date, Date] | null];

const RULES: Rule[] = [
  // 2024: a year
  [/^(\d{4})$/, (m) => [utc(m, 0), utc(m, 12)]],
  // 2024H2: a half year
  [/^(\d{4})H([12])$/, (m) => span(m, (n(m[2]) - 1) * 6, 6)],
  // 2024K3: a quarter (DST writes K for kvartal; Q appears in English labels)
  [/^(\d{4})[KQ]([1-4])$/, (m) => span(m, (n(m[2]) - 1) * 3, 3)],
  // 2024M01: a month
  [/^(\d{4})M(0[1-9]|1[0-2])$/, (m) => span(m, n(m[2]) - 1, 1)],
  // 2024M01D15: a day
  [/^(\d{4})M(0[1-9]|1[0-2])D(\d{2})$/, (m) => day(m)],
  // 2024U05: an ISO week (Monday to Monday)
  [/^(\d{4})U(\d{2})$/, (m) => isoWeek(n(m[1]), n(m[2]))],
];

export function parseStatbankPeriod(code: string, context = ''): StatbankPeriod {
  const trimmed = code.trim();
  for (const [pattern, toRange] of RULES) {
    const m = trimmed.match(pattern);
    if (!m) continue;
    const range = toRange(m);
    // lang=en writes quarters as 2024Q1; one spelling keeps fetched and imported files alike.
    const canonical = trimmed.replace(/^(\d{4})Q([1-4])$/, '$1K$2');
    if (range) return { code: canonical, start: iso(range[0]), end: iso(range[1]) };
  }
  const where = context === '' ? '' : `${context}: `;
  throw new StatbankFormatError(
    `${where}ukendt periodekode "${code}" (forventede fx 2024, 2024H1, 2024K1, 2024M01, 2024U01)`,
  );
}

function n(s: string | undefined): number {
  return Number(s);
}

function utc(m: RegExpMatchArray, monthOffset: number): Date {
  return new Date(Date.UTC(n(m[1]), monthOffset, 1));
}

function span(m: RegExpMatchArray, firstMonth: number, months: number): [Date, Date] {
  return [utc(m, firstMonth), utc(m, firstMonth + months)];
}

function day(m: RegExpMatchArray): [Date, Date] | null {
  const [y, mo, d] = [n(m[1]), n(m[2]), n(m[3])];
  const start = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2024-02-30 over into March; such a code is not a real day.
  if (start.getUTCMonth() !== mo - 1 || start.getUTCDate() !== d) return null;
  return [start, new Date(Date.UTC(y, mo - 1, d + 1))];
}

function isoWeek(year: number, week: number): [Date, Date] | null {
  // Week 1 is the week with 4 January in it; weeks start on Monday.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayWeek1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  const dec28 = new Date(Date.UTC(year, 11, 28)); // always in the year's last week
  const dec28Monday = Date.UTC(year, 11, 28 - ((dec28.getUTCDay() + 6) % 7));
  const weeksInYear = Math.round((dec28Monday - mondayWeek1) / (7 * 86400000)) + 1;
  if (week < 1 || week > weeksInYear) return null;
  const start = mondayWeek1 + (week - 1) * 7 * 86400000;
  return [new Date(start), new Date(start + 7 * 86400000)];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
