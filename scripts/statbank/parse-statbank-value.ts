/**
 * One StatBank value cell to a number. DST writes Danish numbers (decimal comma, sometimes a dot
 * or space between thousands) and symbols for cells it does not publish ('..' not available or
 * confidential, '.' cannot occur, '-' nil). A symbol becomes null with the `missing` flag and is
 * never filled in; anything else that is not a number is an error, because guessing would turn a
 * format change at DST into silently wrong figures.
 */
import { StatbankFormatError } from './statbank-error.ts';

export interface StatbankValue {
  value: number | null;
  /** The DST symbol when the cell is not published, e.g. '..'; null for a number. */
  symbol: string | null;
}

const MISSING_SYMBOLS = new Set(['', '.', '..', '...', '-', 'x', 'X']);

// 1234  1234,5  -0,25
const PLAIN = /^-?\d+(,\d+)?$/;
// 1.234.567,8  1 234  (dot, space or no-break space between groups of three)
const GROUPED = /^-?\d{1,3}([. \u00a0]\d{3})+(,\d+)?$/;

export function parseStatbankValue(raw: string, context = ''): StatbankValue {
  const text = raw.trim();
  if (MISSING_SYMBOLS.has(text)) return { value: null, symbol: text === '' ? '(tom)' : text };
  let normalised: string | null = null;
  if (PLAIN.test(text)) normalised = text;
  else if (GROUPED.test(text)) normalised = text.replace(/[. \u00a0]/g, '');
  if (normalised !== null) {
    const value = Number(normalised.replace(',', '.'));
    if (Number.isFinite(value)) return { value, symbol: null };
  }
  const where = context === '' ? '' : `${context}: `;
  throw new StatbankFormatError(
    `${where}værdien "${raw}" er hverken et tal eller et DST-symbol (..)`,
  );
}
