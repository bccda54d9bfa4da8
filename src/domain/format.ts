/**
 * Danish-first number, date and period formatting. The rules are written out here rather than
 * taken from Intl, so output is identical in every browser, in Node and under any TZ or ICU build.
 */
import type { IsoDate } from './pledge.ts';
import { parseIsoDate, parsePeriod } from './period.ts';

export type Lang = 'da' | 'en';

/** Shown for a value that cannot be formatted (missing, NaN, ±Infinity). An en dash. */
export const MISSING = '–';
/** U+2212: typographic minus, not the hyphen. */
export const MINUS = '−';

export interface NumberOptions {
  /** Fixed number of decimals. Without it: up to two, trailing zeros dropped. */
  decimals?: number;
  /** Show '+' on positive values (for changes). */
  signed?: boolean;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** How each language writes units, dates and periods around a formatted number. */
const PATTERNS: Record<
  Lang,
  {
    percent: (n: string) => string;
    percentPoints: (n: string) => string;
    day: (d: number, month: string, y: number) => string;
    quarter: (i: number | null | undefined, y: number | null) => string;
    quarterInText: (i: number | null | undefined, y: number | null) => string;
    half: (i: number | null | undefined, y: number | null) => string;
    kroner: (n: string, scale: 'none' | 'million' | 'billion') => string;
  }
> = {
  da: {
    percent: (n) => `${n} %`,
    percentPoints: (n) => `${n} procentpoint`,
    day: (d, month, y) => `${d}. ${month} ${y}`,
    quarter: (i, y) => `${i}. kvt. ${y}`,
    quarterInText: (i, y) => `${i}. kvartal ${y}`,
    half: (i, y) => `${i}. halvår ${y}`,
    kroner: (n, scale) => `${n} ${{ none: '', million: 'mio. ', billion: 'mia. ' }[scale]}kr.`,
  },
  en: {
    percent: (n) => `${n}%`,
    percentPoints: (n) => `${n} percentage points`,
    day: (d, month, y) => `${d} ${month} ${y}`,
    quarter: (i, y) => `Q${i} ${y}`,
    quarterInText: (i, y) => `Q${i} ${y}`,
    half: (i, y) => `H${i} ${y}`,
    kroner: (n, scale) =>
      `DKK ${n}${{ none: '', million: ' million', billion: ' billion' }[scale]}`,
  },
};

/** The character between a number's whole part and its decimals. */
export function decimalMark(lang: Lang): string {
  return SEPARATORS[lang].decimal;
}

export const MONTHS: Record<Lang, readonly string[]> = {
  da: [
    'jan.',
    'feb.',
    'mar.',
    'apr.',
    'maj',
    'jun.',
    'jul.',
    'aug.',
    'sep.',
    'okt.',
    'nov.',
    'dec.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Written out, for running text: "I juli 2026 var der …" rather than "I jul. 2026". */
export const MONTHS_IN_TEXT: Record<Lang, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function clampDecimals(decimals: number | undefined): number | undefined {
  if (decimals === undefined || !Number.isFinite(decimals)) return undefined;
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}

/** Plain decimal digits of |value|, rounded half away from zero, with '.' as decimal point. */
function plainDigits(abs: number, decimals: number): string {
  // toFixed switches to exponent notation from 1e21; such doubles are integers, which BigInt
  // prints exactly.
  if (abs >= 1e21) {
    const whole = BigInt(abs).toString();
    return decimals > 0 ? `${whole}.${'0'.repeat(decimals)}` : whole;
  }
  return abs.toFixed(decimals);
}

function group(intPart: string, separator: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += separator;
    out += intPart[i];
  }
  return out;
}

export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  options: NumberOptions = {},
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const fixed = clampDecimals(options.decimals);
  let digits = plainDigits(Math.abs(value), fixed ?? 2);
  if (fixed === undefined && digits.includes('.')) digits = digits.replace(/\.?0+$/, '');
  const [intPart = '0', fraction] = digits.split('.');
  const { group: groupSep, decimal } = SEPARATORS[lang] ?? SEPARATORS.da;
  const body = group(intPart, groupSep) + (fraction ? decimal + fraction : '');
  // A value that rounds to zero is shown without a sign: '−0' reads as an error.
  const isZero = /^[0.]*$/.test(digits);
  if (isZero) return body;
  if (value < 0) return MINUS + body;
  return options.signed ? `+${body}` : body;
}

/** `value` is in percent (28 means 28 %). Danish puts a space before the sign. */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang,
  options: NumberOptions = {},
): string {
  const number = formatNumber(value, lang, options);
  if (number === MISSING) return MISSING;
  return PATTERNS[lang].percent(number);
}

/** Percentage points, for changes in a percent-valued metric. */
export function formatPercentPoints(
  value: number | null | undefined,
  lang: Lang,
  options: NumberOptions = {},
): string {
  const number = formatNumber(value, lang, options);
  if (number === MISSING) return MISSING;
  return PATTERNS[lang].percentPoints(number);
}

function monthName(month: number, lang: Lang): string {
  return MONTHS[lang]?.[month - 1] ?? MISSING;
}

/** '2025-01-14' → '14. jan. 2025' / '14 Jan 2025'. Also takes 'YYYY-MM' and 'YYYY'. */
export function formatDate(iso: IsoDate | null | undefined, lang: Lang): string {
  if (typeof iso !== 'string') return MISSING;
  const text = iso.trim();
  const ymd = parseIsoDate(text);
  if (ymd) {
    const mon = monthName(ymd.m, lang);
    return PATTERNS[lang].day(ymd.d, mon, ymd.y);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return `${monthName(Number(month[2]), lang)} ${month[1]}`;
  }
  if (/^\d{4}$/.test(text)) return text;
  return MISSING;
}

/**
 * '2024' → '2024'; '2024K1' → '1. kvt. 2024' / 'Q1 2024'; '2024M01' → 'jan. 2024' / 'Jan 2024';
 * '2024H1' → '1. halvår 2024' / 'H1 2024'; '2016-04 to 2018-10' → 'apr. 2016–okt. 2018'.
 * An unrecognised label is shown as the source wrote it; with no label, the periodStart date.
 */
export function formatPeriod(
  label: string | null | undefined,
  lang: Lang,
  periodStart?: IsoDate | null,
  form: 'short' | 'text' = 'short',
): string {
  const text = typeof label === 'string' ? label.trim() : '';
  const period = parsePeriod(text, periodStart);
  const { year, index } = period;
  const inText = form === 'text';
  switch (period.freq) {
    case 'year':
      return String(year);
    case 'quarter':
      return PATTERNS[lang][inText ? 'quarterInText' : 'quarter'](index, year);
    case 'half':
      return PATTERNS[lang].half(index, year);
    case 'month': {
      const name = inText ? MONTHS_IN_TEXT[lang]?.[(index ?? 0) - 1] : undefined;
      return `${name ?? monthName(index ?? 0, lang)} ${year}`;
    }
    case 'day':
      return formatDate(period.start, lang);
    case 'range': {
      const from = (period.start ?? '').slice(0, 7);
      const to = (period.end ?? '').slice(0, 7);
      return `${formatDate(from, lang)}–${formatDate(to, lang)}`;
    }
    default:
      if (text !== '') return text;
      return periodStart ? formatDate(periodStart, lang) : MISSING;
  }
}

/**
 * A period in running text: months and quarters written out ("juli 2026", "4. kvartal 2025" /
 * "July 2026", "Q4 2025"), every other period as formatPeriod writes it. Tables and axes keep
 * formatPeriod's short forms.
 */
export const formatPeriodInText = (
  label: string | null | undefined,
  lang: Lang,
  periodStart?: IsoDate | null,
): string => formatPeriod(label, lang, periodStart, 'text');

/**
 * Money in whole kroner: '12 mio. kr.' / 'DKK 12 million', '1,5 mia. kr.' / 'DKK 1.5 billion',
 * '450.000 kr.' / 'DKK 450,000'.
 */
export function formatAmountDkk(amount: number | null | undefined, lang: Lang): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return MISSING;
  const abs = Math.abs(amount);
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  let scaled = abs;
  let scale: 'none' | 'million' | 'billion' = 'none';
  if (abs >= 1e6) {
    // Decide the scale after rounding, so 999,96 mio. becomes 1 mia., not 1.000 mio.
    scaled = round1(abs / 1e6);
    scale = 'million';
    if (scaled >= 1000) {
      scaled = round1(abs / 1e9);
      scale = 'billion';
    }
  }
  const number = formatNumber(amount < 0 ? -scaled : scaled, lang, {
    decimals: scale === 'none' ? 0 : undefined,
  });
  return PATTERNS[lang].kroner(number, scale);
}

/**
 * A date known only to the month or year is shown as such: a document dated "2020" must not
 * read as 1 January 2020.
 */
export function formatDateWithPrecision(
  iso: IsoDate | null | undefined,
  precision: 'day' | 'month' | 'year',
  lang: Lang,
): string {
  if (typeof iso !== 'string' || precision === 'day') return formatDate(iso, lang);
  return formatDate(precision === 'year' ? iso.slice(0, 4) : iso.slice(0, 7), lang);
}
