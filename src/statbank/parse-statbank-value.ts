/**
 * One StatBank value cell to a number. DST writes a decimal comma with lang=da and a decimal dot
 * with lang=en, and never groups digits in CSV or BULK (only the HTML view writes 5.932.654), so a
 * single ',' or '.' is always the decimal mark: reading '0.125' as 125 would be a silent error.
 * Symbols stand for cells DST does not publish ('..' not available or confidential, '.' cannot
 * occur, '-' nil): they become null with the `missing` flag and are never filled in. Anything
 * else is an error, because guessing would turn a format change at DST into wrong figures.
 */
import { StatbankFormatError } from './statbank-error.ts';

export interface StatbankValue {
  value: number | null;
  /** The DST symbol when the cell is not published, e.g. '..'; null for a number. */
  symbol: string | null;
}

const MISSING_SYMBOLS = new Set(['', '.', '..', '...', '-', 'x', 'X']);

// 1234  1234,5  -0,25  0.125
const PLAIN = /^-?\d+([.,]\d+)?$/;

export function parseStatbankValue(raw: string, context = ''): StatbankValue {
  const text = raw.trim();
  if (MISSING_SYMBOLS.has(text)) return { value: null, symbol: text === '' ? '(tom)' : text };
  if (PLAIN.test(text)) {
    const value = Number(text.replace(',', '.'));
    if (Number.isFinite(value)) return { value, symbol: null };
  }
  const where = context === '' ? '' : `${context}: `;
  throw new StatbankFormatError(
    `${where}værdien "${raw}" er hverken et tal eller et DST-symbol (..)`,
  );
}
