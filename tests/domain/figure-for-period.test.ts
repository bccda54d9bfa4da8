// The rule for which figure counts for a period, on SYNTHETIC figures (values mean nothing).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  figureForPeriod,
  figuresThatCount,
  periodStartOf,
  type PeriodFigure,
} from '../../src/domain/figure-for-period.ts';
import type { QualityFlag } from '../../src/domain/series.ts';

interface Figure extends PeriodFigure {
  name: string;
}

function fig(
  name: string,
  over: Partial<Omit<Figure, 'source'>> & { retrieved?: string; url?: string } = {},
): Figure {
  return {
    name,
    value: over.value === undefined ? 100 : over.value,
    quality: over.quality ?? 'primary',
    flags: over.flags ?? [],
    source: { retrieved: over.retrieved ?? '2025-01-01', url: over.url ?? 'https://a.example' },
  };
}

const CASES: [string, Figure[], string][] = [
  ['a value beats a gap', [fig('gap', { value: null }), fig('value')], 'value'],
  [
    'a value beats a gap even when the value is secondary and flagged',
    [fig('gap', { value: null }), fig('weak', { quality: 'secondary', flags: ['approx'] })],
    'weak',
  ],
  ['a non-finite value is a gap', [fig('nan', { value: Number.NaN }), fig('value')], 'value'],
  ['primary beats secondary', [fig('sec', { quality: 'secondary' }), fig('pri')], 'pri'],
  [
    'primary and flagged beats secondary and clean',
    [fig('sec', { quality: 'secondary' }), fig('pri', { flags: ['provisional'] })],
    'pri',
  ],
  [
    'clean beats provisional (the issue 13 case: 600 provisional, 556 clean)',
    [fig('600', { value: 600, flags: ['provisional'] }), fig('556', { value: 556 })],
    '556',
  ],
  ...(
    [
      'approx',
      'lower_bound',
      'provisional',
      'unvalidated',
      'known_gap',
      'partial_coverage',
      'sub_area',
      'undated',
    ] as QualityFlag[]
  ).map((flag): [string, Figure[], string] => [
    `clean beats ${flag}`,
    [fig('flagged', { flags: [flag] }), fig('clean')],
    'clean',
  ]),
  [
    'footnote and break_in_series do not block: the later retrieval decides',
    [
      fig('noted', { flags: ['footnote', 'break_in_series'], retrieved: '2025-06-01' }),
      fig('plain', { retrieved: '2025-01-01' }),
    ],
    'noted',
  ],
  [
    'the later retrieval wins among equals',
    [fig('old', { retrieved: '2024-01-01' }), fig('new', { retrieved: '2025-01-01' })],
    'new',
  ],
  [
    'then the smaller URL',
    [fig('b', { url: 'https://b.example' }), fig('a', { url: 'https://a.example' })],
    'a',
  ],
  ['then the smaller value', [fig('big', { value: 9 }), fig('small', { value: 3 })], 'small'],
  ['one figure is its own choice', [fig('only', { value: null })], 'only'],
];

describe('figureForPeriod', () => {
  it.each(CASES)('%s', (_name, figures, expected) => {
    expect(figureForPeriod(figures)?.name).toBe(expected);
    expect(figureForPeriod([...figures].reverse())?.name).toBe(expected);
  });

  it('has nothing to choose from an empty list', () => {
    expect(figureForPeriod([])).toBeUndefined();
  });

  it('never depends on the order of its input', () => {
    const arbitraryFigure = fc.record({
      value: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
      quality: fc.constantFrom('primary' as const, 'secondary' as const),
      flags: fc.subarray(['provisional', 'footnote', 'approx'] as QualityFlag[]),
      source: fc.record({
        retrieved: fc.constantFrom('2024-01-01', '2025-01-01'),
        url: fc.constantFrom('https://a', 'https://b'),
      }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { minLength: 1, maxLength: 6 }), (figures) => {
        const chosen = figureForPeriod(figures);
        const reversed = figureForPeriod([...figures].reverse());
        expect(JSON.stringify(reversed)).toBe(JSON.stringify(chosen));
      }),
    );
  });
});

describe('figuresThatCount', () => {
  it('chooses per period and leaves out figures without a period', () => {
    const figures = [
      { ...fig('2024 provisional', { flags: ['provisional'] }), periodStart: '2024-01-01' },
      { ...fig('2023'), periodStart: '2023-01-01' },
      { ...fig('2024 final'), periodStart: '2024-01-01' },
      { ...fig('undated'), periodStart: null },
      { ...fig('not a date'), periodStart: '2024' },
    ];
    const counting = figuresThatCount(figures, periodStartOf);
    expect([...counting.entries()].map(([k, f]) => [k, f.name])).toEqual([
      ['2024-01-01', '2024 final'],
      ['2023-01-01', '2023'],
    ]);
  });
});
