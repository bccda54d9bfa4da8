import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pledgeTerm, councilTerm, FIRST_TERM_YEAR } from '../../src/domain/council-term.ts';
import { daysInMonth, toIso } from '../../src/domain/period.ts';

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

describe('councilTerm', () => {
  it.each([
    ['2024-11-05', '2022-01-01', '2025-12-31', 2021],
    ['2022-01-01', '2022-01-01', '2025-12-31', 2021],
    ['2025-12-31', '2022-01-01', '2025-12-31', 2021],
    ['2026-01-01', '2026-01-01', '2029-12-31', 2025],
    ['2021-12-31', '2018-01-01', '2021-12-31', 2017],
    ['2021-11-16', '2018-01-01', '2021-12-31', 2017], // election day: the old council still sits
    ['2020-02-29', '2018-01-01', '2021-12-31', 2017],
    ['2010-01-01', '2010-01-01', '2013-12-31', 2009],
    ['2009-12-31', '2006-01-01', '2009-12-31', 2005],
    ['2007-01-01', '2006-01-01', '2009-12-31', 2005], // the new kommuner's first day
    ['1982-01-01', '1982-01-01', '1985-12-31', 1981],
    ['2031-06-15', '2030-01-01', '2033-12-31', 2029],
    ['2100-02-28', '2098-01-01', '2101-12-31', 2097], // 2100 is not a leap year
  ])('%s → %s..%s, elected %i', (date, start, end, electionYear) => {
    expect(councilTerm(date)).toEqual({ start, end, electionYear });
  });

  it.each(['', '2024-13-01', '2023-02-29', '2024-1-5', '05-11-2024', '2024-11-05T10:00', 'x'])(
    'throws a clear error for %j',
    (date) => {
      expect(() => councilTerm(date)).toThrow(/not a valid date/);
    },
  );

  it('throws for a value that is not a string', () => {
    expect(() => councilTerm(null as unknown as string)).toThrow(/'null' is not a valid date/);
  });

  it('refuses dates before the current four-year calendar began', () => {
    expect(() => councilTerm('1981-12-31')).toThrow(RangeError);
    expect(() => councilTerm('1975-06-01')).toThrow(/another calendar/);
  });

  it('refuses a term that would end after year 9999', () => {
    expect(councilTerm('9997-12-31').end).toBe('9997-12-31');
    expect(() => councilTerm('9998-01-01')).toThrow(RangeError);
  });
});

describe('councilTerm (property)', () => {
  const dateArb = fc
    .record({
      y: fc.integer({ min: FIRST_TERM_YEAR, max: 9997 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => toIso(y, m, Math.min(d, daysInMonth(y, m))));

  it('holds the date, spans four calendar years, and follows the election', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const term = councilTerm(date);
        expect(term.start <= date && date <= term.end).toBe(true);
        expect(term.start.slice(4)).toBe('-01-01');
        expect(term.end.slice(4)).toBe('-12-31');
        const startYear = Number(term.start.slice(0, 4));
        expect(Number(term.end.slice(0, 4)) - startYear).toBe(3);
        expect((((startYear - 2010) % 4) + 4) % 4).toBe(0);
        expect(term.electionYear).toBe(startYear - 1);
        // Four years less a day: 1460 days with one leap day, 1459 in a century without.
        const span = dayNumber(term.end) - dayNumber(term.start);
        expect(span === 1459 || span === 1460).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives every date of a term the same term, and the next day after it the next term', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const term = councilTerm(date);
        expect(councilTerm(term.start)).toEqual(term);
        expect(councilTerm(term.end)).toEqual(term);
        const nextYear = Number(term.end.slice(0, 4)) + 1;
        if (nextYear <= 9994) {
          expect(councilTerm(`${nextYear}-01-01`).electionYear).toBe(term.electionYear + 4);
        }
      }),
    );
  });
});

describe('pledgeTerm', () => {
  it('runs an election programme’s pledges for the council its election chooses', () => {
    expect(pledgeTerm('2021-01-01', 'programme_draft')).toMatchObject({
      start: '2022-01-01',
      end: '2025-12-31',
      electionYear: 2021,
    });
    // Written after the election but still for it: the same coming term.
    expect(pledgeTerm('2021-12-15', 'programme_draft').end).toBe('2025-12-31');
    expect(pledgeTerm('2024-03-01', 'programme_draft').end).toBe('2029-12-31');
  });

  it('runs every other pledge for the term it was made in', () => {
    for (const kind of ['newsletter', 'agreement', 'budget_proposal', undefined] as const)
      expect(pledgeTerm('2021-01-01', kind).end).toBe('2021-12-31');
  });
});
