/**
 * Turns a period as a source writes it into the date it starts. Sources write periods freely
 * ('2017 (Flere skal med baseline)', '2016-04 to 2018-10', '2024K1'), so the label is always kept
 * verbatim next to the date; this only finds where the period begins, and never guesses a year
 * that is not written.
 */
import { daysInMonth } from '../../src/domain/period.ts';

export interface ParsedPeriod {
  start: string | null;
  label: string;
}

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string | null][] = [
  // 2018-12-01
  [/^(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => isoDay(m[1], m[2], m[3])],
  // DST: 2024K1 (kvartal), English 2016Q3
  [/^(\d{4})[KQ]([1-4])(?!\d)/, (m) => isoDay(m[1], pad((Number(m[2]) - 1) * 3 + 1), '01')],
  // DST: 2024M01
  [/^(\d{4})M(\d{2})(?!\d)/, (m) => isoDay(m[1], m[2], '01')],
  // DST: 2024H2 (halvår)
  [/^(\d{4})H([12])(?!\d)/, (m) => isoDay(m[1], m[2] === '1' ? '01' : '07', '01')],
  // 2018-01, but not the year range 2017-2019 or 1968-69
  [/^(\d{4})-(\d{2})(?![\d])/, (m) => isoDay(m[1], m[2], '01')],
  // 2024, 2017-2019, 2022- (budget ...), 1968-69 (built)
  [/^(\d{4})(?!\d)/, (m) => isoDay(m[1], '01', '01')],
];

export function parsePeriod(text: string): ParsedPeriod {
  const label = text.trim();
  for (const [pattern, toDate] of PATTERNS) {
    const m = label.match(pattern);
    if (m) {
      const start = toDate(m);
      if (start) return { start, label };
    }
  }
  return { start: null, label };
}

function isoDay(year?: string, month?: string, day?: string): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  if (d > daysInMonth(y, mo)) return null;
  return `${year}-${month}-${day}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
