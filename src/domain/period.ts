/**
 * Calendar arithmetic on ISO date strings and StatBank-style period labels, done by parts so the
 * result never depends on the host's time zone or ICU data.
 */
import type { IsoDate } from './pledge.ts';

export type Frequency = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range' | 'unknown';

export interface Period {
  freq: Frequency;
  /** First day; from the label when it has one, else the given periodStart. */
  start: IsoDate | null;
  /** Last day; null when the label does not tell. */
  end: IsoDate | null;
  year: number | null;
  /** Half (1–2), quarter (1–4) or month (1–12) within the year. */
  index: number | null;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function parseIsoDate(s: unknown): Ymd | null {
  if (typeof s !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(s: unknown): s is IsoDate {
  return parseIsoDate(s) !== null;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function toIso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Months per period for the regular frequencies that gap detection understands. */
const MONTHS: Partial<Record<Frequency, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

function regular(freq: Frequency, y: number, index: number): Period {
  const span = MONTHS[freq] ?? 12;
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return {
    freq,
    start: toIso(y, firstMonth, 1),
    end: toIso(y, lastMonth, daysInMonth(y, lastMonth)),
    year: y,
    index: freq === 'year' ? null : index,
  };
}

function monthOrDay(s: string, atEnd: boolean): IsoDate | null {
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return toIso(y, m, atEnd ? daysInMonth(y, m) : 1);
  }
  return isIsoDate(s) ? s : null;
}

/**
 * Reads '2024', '2024K1'/'2024Q1', '2024H1', '2024M01', '2024-01', '2024-01-15' and
 * '2016-04 to 2018-10'. Anything else is 'unknown' and keeps the given periodStart.
 */
export function parsePeriod(label: string, periodStart?: IsoDate | null): Period {
  const fallbackStart = isIsoDate(periodStart) ? periodStart : null;
  const unknown: Period = {
    freq: 'unknown',
    start: fallbackStart,
    end: null,
    year: null,
    index: null,
  };
  const text = typeof label === 'string' ? label.trim() : '';
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) return regular('year', Number(match[1]), 1);
  if ((match = /^(\d{4})\s?[KQ]([1-4])$/i.exec(text)))
    return regular('quarter', Number(match[1]), Number(match[2]));
  if ((match = /^(\d{4})\s?H([12])$/i.exec(text)))
    return regular('half', Number(match[1]), Number(match[2]));
  if ((match = /^(\d{4})(?:M|-)(\d{2})$/.exec(text))) {
    const m = Number(match[2]);
    return m >= 1 && m <= 12 ? regular('month', Number(match[1]), m) : unknown;
  }
  const day = parseIsoDate(text);
  if (day) return { freq: 'day', start: text, end: text, year: day.y, index: null };
  if (
    (match = /^(\d{4}-\d{2}(?:-\d{2})?)\s*(?:to|til|–|-|—)\s*(\d{4}-\d{2}(?:-\d{2})?)$/.exec(text))
  ) {
    const start = monthOrDay(match[1] ?? '', false);
    const end = monthOrDay(match[2] ?? '', true);
    if (start && end && start <= end) return { freq: 'range', start, end, year: null, index: null };
  }
  return unknown;
}

/** Start of the regular period that follows the one starting at `start`. */
export function nextStart(freq: Frequency, start: IsoDate): IsoDate | null {
  const span = MONTHS[freq];
  const ymd = parseIsoDate(start);
  if (span === undefined || !ymd) return null;
  const months = ymd.y * 12 + (ymd.m - 1) + span;
  return toIso(Math.floor(months / 12), (months % 12) + 1, 1);
}

/** Start of the regular period containing `date`. */
export function alignedStart(freq: Frequency, date: IsoDate): IsoDate | null {
  const span = MONTHS[freq];
  const ymd = parseIsoDate(date);
  if (span === undefined || !ymd) return null;
  const firstMonth = Math.floor((ymd.m - 1) / span) * span + 1;
  return toIso(ymd.y, firstMonth, 1);
}

/** The StatBank-style label of the regular period starting at `start`. */
export function labelFor(freq: Frequency, start: IsoDate): string {
  const ymd = parseIsoDate(start);
  if (!ymd) return start;
  const y = pad(ymd.y, 4);
  if (freq === 'year') return y;
  if (freq === 'half') return `${y}H${ymd.m <= 6 ? 1 : 2}`;
  if (freq === 'quarter') return `${y}K${Math.floor((ymd.m - 1) / 3) + 1}`;
  if (freq === 'month') return `${y}M${pad(ymd.m, 2)}`;
  return start;
}

/** True for the frequencies whose missing periods can be named. */
export function isRegular(freq: Frequency): boolean {
  return MONTHS[freq] !== undefined;
}

/**
 * Starts of all regular periods from the one beginning on or after `from` up to the last one
 * beginning on or before `to`. Null when the span is unreasonably long for the frequency.
 */
export function expectedStarts(freq: Frequency, from: IsoDate, to: IsoDate): IsoDate[] | null {
  const aligned = alignedStart(freq, from);
  if (aligned === null) return null;
  let cursor: IsoDate | null = aligned < from ? nextStart(freq, aligned) : aligned;
  const starts: IsoDate[] = [];
  while (cursor !== null && cursor <= to) {
    starts.push(cursor);
    if (starts.length > 2400) return null;
    cursor = nextStart(freq, cursor);
  }
  return starts;
}
