/**
 * Sums of money and durations in Danish text: "12 mio. kr.", "25 millioner kroner", "godt 69
 * millioner kroner årligt", "450.000 årligt", "kr. 1,5 mio.", and "14 dage", "3 til 5 år". Each keeps
 * its words as they stand, so the editor sees what the figure was read from.
 */
import { words } from './word-pattern.ts';

export interface Amount {
  /** The words, as in the text ("næsten 12 mio. kr."). */
  text: string;
  /** In kroner. */
  dkk: number;
  perYear: boolean;
  /** "godt", "næsten", "ca.", "op til", "over" …: the sum is not exact. */
  approximate: boolean;
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface Duration {
  text: string;
  value: number;
  /** "3 til 5 år": the upper end. */
  upTo?: number;
  unit: DurationUnit;
}

/** A Danish number: 450.000 / 1.234,5 / 12 / 1,5. */
const NUMBER = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const QUALIFIER =
  '(?:godt|knap|knapt|næsten|ca\\.|cirka|omkring|op til|over|under|mindst|højst|i alt)\\s+';
const SCALE = '(?:mio\\.|mill\\.|millioner|million|mia\\.|milliarder|milliard|tusind|t\\.)';
const KRONER = '(?:kr\\.?|kroner|DKK)';
const PER_YEAR = '(?:\\s+(?:årligt|om året|pr\\.\\s?år|per år|hvert år))';

const AMOUNT = words(
  [
    // 12 mio. kr. / 25 millioner kroner årligt / 450.000 kr.
    `(?<q1>${QUALIFIER})?(?<n1>${NUMBER})\\s*(?:(?<s1>${SCALE})\\s*${KRONER}?|${KRONER})(?<y1>${PER_YEAR})?`,
    // kr. 1,5 mio. / DKK 450.000
    `(?<q2>${QUALIFIER})?${KRONER}\\s*(?<n2>${NUMBER})(?:\\s*(?<s2>${SCALE}))?(?<y2>${PER_YEAR})?`,
    // 450.000 årligt: a sum with no currency, but large and yearly
    `(?<q3>${QUALIFIER})?(?<n3>\\d{1,3}(?:\\.\\d{3})+)(?<y3>${PER_YEAR})`,
  ].join('|'),
  'giu',
);

const DURATION = words(
  `(?<n>\\d+(?:,\\d+)?)(?:\\s*(?:til|-|–)\\s*(?<m>\\d+(?:,\\d+)?))?\\s+(?<u>dage|dag|døgn|uger|uge|måneder|måned|år)`,
);

const UNITS: Record<string, DurationUnit> = {
  dag: 'day',
  dage: 'day',
  døgn: 'day',
  uge: 'week',
  uger: 'week',
  måned: 'month',
  måneder: 'month',
  år: 'year',
};

const SCALES: Record<string, number> = {
  'mio.': 1e6,
  'mill.': 1e6,
  millioner: 1e6,
  million: 1e6,
  'mia.': 1e9,
  milliarder: 1e9,
  milliard: 1e9,
  tusind: 1e3,
  't.': 1e3,
};

/** "1.234,5" → 1234.5 */
export function parseDanishNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const number = g.n1 ?? g.n2 ?? g.n3;
    if (number === undefined) continue;
    const scale = (g.s1 ?? g.s2)?.toLowerCase();
    const dkk = parseDanishNumber(number) * (scale ? (SCALES[scale] ?? 1) : 1);
    if (!Number.isFinite(dkk)) continue;
    out.push({
      text: m[0].trim(),
      dkk: Math.round(dkk),
      perYear: Boolean(g.y1 ?? g.y2 ?? g.y3),
      approximate: Boolean(g.q1 ?? g.q2 ?? g.q3),
    });
  }
  return out;
}

export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    const unit = UNITS[(g.u ?? '').toLowerCase()];
    if (!unit || g.n === undefined) continue;
    out.push({
      text: m[0],
      value: parseDanishNumber(g.n),
      ...(g.m !== undefined ? { upTo: parseDanishNumber(g.m) } : {}),
      unit,
    });
  }
  return out;
}
