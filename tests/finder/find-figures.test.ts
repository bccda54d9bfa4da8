// Synthetic Danish phrases, made up for the tests.
import { describe, expect, it } from 'vitest';
import { findAmounts, findDurations, parseDanishNumber } from '../../src/finder/find-amounts.ts';
import { findYears } from '../../src/finder/find-years.ts';
import { findKommuner } from '../../src/finder/find-kommune.ts';

describe('findAmounts', () => {
  it.each([
    ['I 2025 tilføres 12 mio. kr. ekstra.', '12 mio. kr.', 12_000_000, false, false],
    [
      'et løft på godt 69 millioner kroner årligt',
      'godt 69 millioner kroner årligt',
      69_000_000,
      true,
      true,
    ],
    ['der gives 450.000 årligt til klubben', '450.000 årligt', 450_000, true, false],
    ['kr. 1,5 mio. til forsøget', 'kr. 1,5 mio.', 1_500_000, false, false],
    ['i alt 2,25 mia. kr.', 'i alt 2,25 mia. kr.', 2_250_000_000, false, true],
    ['tilskud på 800 kr. pr. år', '800 kr. pr. år', 800, true, false],
  ])('%s', (text, words, dkk, perYear, approximate) => {
    expect(findAmounts(text)).toEqual([{ text: words, dkk, perYear, approximate }]);
  });

  it('does not read counts, years or durations as money', () => {
    expect(findAmounts('100 unge i job inden 2030, 3 måneder og 888 boliger')).toEqual([]);
  });

  it('parses Danish numbers', () => {
    expect(parseDanishNumber('1.234,5')).toBe(1234.5);
    expect(parseDanishNumber('12')).toBe(12);
  });
});

describe('findDurations', () => {
  it('reads a duration and a range', () => {
    expect(findDurations('en garanti på 14 dage og 3 til 5 år')).toEqual([
      { text: '14 dage', value: 14, unit: 'day' },
      { text: '3 til 5 år', value: 3, upTo: 5, unit: 'year' },
    ]);
    expect(findDurations('de 18-25 årige')).toEqual([]);
  });
});

describe('findYears', () => {
  it('says how a year binds', () => {
    const found = findYears(
      'fra 2026, inden 2030, i 2025, budget 2027, senest 2028, for 2020-2023, indtil marts 2025 og 2019',
    );
    expect(found.map((y) => [y.text, y.relation, y.year, y.endYear])).toEqual([
      ['fra 2026', 'from', 2026, undefined],
      ['inden 2030', 'by', 2030, undefined],
      ['i 2025', 'in', 2025, undefined],
      ['budget 2027', 'budget', 2027, undefined],
      ['senest 2028', 'by', 2028, undefined],
      ['for 2020-2023', 'period', 2020, 2023],
      ['indtil marts 2025', 'by', 2025, undefined],
      ['2019', 'year', 2019, undefined],
    ]);
  });

  it('does not read the year of a date written with dots or a larger number', () => {
    expect(findYears('Pr. 01.01.2021 og 120255 borgere')).toEqual([]);
  });
});

describe('findKommuner', () => {
  // Synthetic names and codes, not the real list.
  const kommuner = [
    { kode: '901', navn: 'Testby' },
    { kode: '902', navn: 'Nordø' },
    { kode: '903', navn: 'Ås-Vig' },
  ];

  it('counts whole, capitalised names, also in the genitive, most named first', () => {
    const text =
      'Nordø Kommune og Testby. Testbys borgere i Testby Kommune. Ås-Vig. testby nordøst';
    expect(findKommuner(text, kommuner)).toEqual([
      { kode: '901', navn: 'Testby', count: 3 },
      { kode: '902', navn: 'Nordø', count: 1 },
      { kode: '903', navn: 'Ås-Vig', count: 1 },
    ]);
  });

  it('finds none in a text that names none', () => {
    expect(findKommuner('Vi skal bygge flere boliger.', kommuner)).toEqual([]);
  });
});
