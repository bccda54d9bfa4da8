import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  formatAmountDkk,
  formatDate,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatPeriod,
  formatPeriodInText,
  MINUS,
  MISSING,
  type Lang,
} from '../../src/domain/format.ts';

describe('formatNumber', () => {
  it.each([
    [1234.5, 'da', {}, '1.234,5'],
    [1234.5, 'en', {}, '1,234.5'],
    [1234567.891, 'da', {}, '1.234.567,89'],
    [1234567.891, 'en', {}, '1,234,567.89'],
    [556, 'da', {}, '556'],
    [1000, 'da', {}, '1.000'],
    [0, 'da', {}, '0'],
    [1234.5, 'da', { decimals: 0 }, '1.235'],
    [1234.4, 'en', { decimals: 0 }, '1,234'],
    [12, 'da', { decimals: 2 }, '12,00'],
    [-1234.5, 'da', {}, `${MINUS}1.234,5`],
    [-1234.5, 'en', { decimals: 0 }, `${MINUS}1,235`],
    [-0.001, 'da', {}, '0'],
    [-0, 'en', {}, '0'],
    [3.2, 'da', { signed: true }, '+3,2'],
    [-3.2, 'da', { signed: true }, `${MINUS}3,2`],
    [0, 'da', { signed: true }, '0'],
    [1e21, 'en', {}, '1,000,000,000,000,000,000,000'],
  ] as const)('%s (%s, %j) → %s', (value, lang, options, expected) => {
    expect(formatNumber(value, lang, options)).toBe(expected);
  });

  it('uses the typographic minus, not a hyphen', () => {
    expect(formatNumber(-5, 'da')).toBe('\u22125');
    expect(formatNumber(-5, 'da')).not.toContain('-');
  });

  it.each([NaN, Infinity, -Infinity, null, undefined])('%s → en dash, no crash', (value) => {
    expect(formatNumber(value, 'da')).toBe(MISSING);
    expect(formatNumber(value, 'en', { decimals: 3 })).toBe('–');
    expect(formatPercent(value, 'da')).toBe('–');
    expect(formatAmountDkk(value, 'en')).toBe('–');
  });

  it('clamps silly decimal counts instead of throwing', () => {
    expect(formatNumber(1.5, 'da', { decimals: -3 })).toBe('2');
    expect(formatNumber(1.5, 'da', { decimals: 500 })).toBe('1,' + '5'.padEnd(20, '0'));
    expect(formatNumber(1.5, 'da', { decimals: NaN })).toBe('1,5');
  });

  // Property (d): sign and digits survive a round trip; separators follow the language.
  const parse = (text: string, lang: Lang): number => {
    const [group, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
    return Number(text.split(group).join('').replace(decimal, '.').replace(MINUS, '-'));
  };
  const shape: Record<Lang, RegExp> = {
    da: /^[−+]?\d{1,3}(\.\d{3})*(,\d+)?$/,
    en: /^[−+]?\d{1,3}(,\d{3})*(\.\d+)?$/,
  };

  it('round-trips sign and value, locale-correct, for arbitrary doubles', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom<Lang>('da', 'en'),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        (value, lang, decimals) => {
          const text = formatNumber(value, lang, { decimals });
          if (!Number.isFinite(value)) return text === MISSING;
          expect(text).toMatch(shape[lang]);
          expect(text).not.toContain('-');
          const parsed = parse(text, lang);
          const rounded = Number(Math.abs(value).toFixed(decimals ?? 2));
          if (Math.abs(value) < 1e21) expect(Math.abs(parsed)).toBe(rounded);
          else expect(Math.abs(parsed)).toBe(Math.abs(value));
          // A value that rounds to zero has no sign; otherwise the sign is kept.
          if (rounded === 0) expect(text.startsWith(MINUS)).toBe(false);
          else expect(text.startsWith(MINUS)).toBe(value < 0);
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatPercent and formatPercentPoints', () => {
  it('puts a space before % in Danish, none in English', () => {
    expect(formatPercent(28, 'da')).toBe('28 %');
    expect(formatPercent(28, 'en')).toBe('28%');
    expect(formatPercent(12.5, 'da')).toBe('12,5 %');
    expect(formatPercent(-3, 'en')).toBe(`${MINUS}3%`);
    expect(formatPercent(33.333, 'da', { decimals: 1 })).toBe('33,3 %');
  });

  it('names percentage points', () => {
    expect(formatPercentPoints(3.2, 'da')).toBe('3,2 procentpoint');
    expect(formatPercentPoints(3.2, 'en')).toBe('3.2 percentage points');
  });
});

describe('formatDate', () => {
  it.each([
    ['2025-01-14', 'da', '14. jan. 2025'],
    ['2025-01-14', 'en', '14 Jan 2025'],
    ['2025-05-01', 'da', '1. maj 2025'],
    ['2025-06-30', 'da', '30. jun. 2025'],
    ['2025-10-03', 'da', '3. okt. 2025'],
    ['2025-12-31', 'en', '31 Dec 2025'],
    ['2024-02-29', 'da', '29. feb. 2024'],
    ['2025-03', 'da', 'mar. 2025'],
    ['2025', 'en', '2025'],
  ] as const)('%s (%s) → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '14/01/2025', '', 'garbage', null, undefined])(
    'rejects %s with an en dash',
    (iso) => {
      expect(formatDate(iso, 'da')).toBe(MISSING);
    },
  );

  it('does not depend on the time zone (no Date parsing)', () => {
    // 1 January at midnight is where a UTC/local mix-up would show as 31 December.
    expect(formatDate('2025-01-01', 'da')).toBe('1. jan. 2025');
    expect(formatDate('2024-12-31', 'en')).toBe('31 Dec 2024');
  });

  it('gives every Danish month its abbreviation', () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => formatDate(`2025-${String(i + 1).padStart(2, '0')}-01`, 'da').split(' ')[1],
    );
    expect(months).toEqual([
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
    ]);
  });
});

describe('formatPeriodInText', () => {
  it.each([
    ['2026M07', 'da', 'juli 2026'],
    ['2026M07', 'en', 'July 2026'],
    ['2025K4', 'da', '4. kvartal 2025'],
    ['2025K4', 'en', 'Q4 2025'],
    ['2024', 'da', '2024'],
    ['2024H1', 'da', '1. halvår 2024'],
  ] as [string, Lang, string][])(
    'writes %s in running text (%s) as %s',
    (label, lang, expected) => {
      expect(formatPeriodInText(label, lang)).toBe(expected);
    },
  );

  it('writes every other period as the tables do', () => {
    for (const label of ['2016-04 to 2018-10', 'uge 6, 2024', ''])
      for (const lang of ['da', 'en'] as Lang[])
        expect(formatPeriodInText(label, lang, '2024-01-01')).toBe(
          formatPeriod(label, lang, '2024-01-01'),
        );
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2024', 'da', '2024'],
    ['2024', 'en', '2024'],
    ['2024K1', 'da', '1. kvt. 2024'],
    ['2024K1', 'en', 'Q1 2024'],
    ['2024Q4', 'da', '4. kvt. 2024'],
    ['2024M01', 'da', 'jan. 2024'],
    ['2024M05', 'en', 'May 2024'],
    ['2024H2', 'da', '2. halvår 2024'],
    ['2024H2', 'en', 'H2 2024'],
    ['2024-03-05', 'da', '5. mar. 2024'],
    ['2016-04 to 2018-10', 'da', 'apr. 2016–okt. 2018'],
    ['2016-04 to 2018-10', 'en', 'Apr 2016–Oct 2018'],
    ['vinteren 2019', 'da', 'vinteren 2019'],
  ] as const)('%s (%s) → %s', (label, lang, expected) => {
    expect(formatPeriod(label, lang)).toBe(expected);
  });

  it('falls back to the period start, then to an en dash', () => {
    expect(formatPeriod('', 'da', '2024-04-01')).toBe('1. apr. 2024');
    expect(formatPeriod('', 'en', null)).toBe(MISSING);
    expect(formatPeriod(null, 'en')).toBe(MISSING);
  });
});

describe('formatAmountDkk', () => {
  it.each([
    [12_000_000, 'da', '12 mio. kr.'],
    [12_000_000, 'en', 'DKK 12 million'],
    [12_500_000, 'da', '12,5 mio. kr.'],
    [1_500_000_000, 'da', '1,5 mia. kr.'],
    [1_500_000_000, 'en', 'DKK 1.5 billion'],
    [999_960_000, 'da', '1 mia. kr.'],
    [450_000, 'da', '450.000 kr.'],
    [450_000, 'en', 'DKK 450,000'],
    [-3_000_000, 'da', `${MINUS}3 mio. kr.`],
    [-3_000_000, 'en', `DKK ${MINUS}3 million`],
    [0, 'da', '0 kr.'],
  ] as const)('%s (%s) → %s', (amount, lang, expected) => {
    expect(formatAmountDkk(amount, lang)).toBe(expected);
  });
});
