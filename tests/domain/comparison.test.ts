/**
 * buildComparison on SYNTHETIC fixtures: the kommuner, values and populations below are made up to
 * exercise the rules (ties, gaps, source preference, same-period rates); they are not real figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  isCountUnit,
  type ComparisonInput,
  type ComparisonKommune,
} from '../../src/domain/comparison.ts';
import type { Metric, Observation, QualityFlag } from '../../src/domain/series.ts';

const KOMMUNER: ComparisonKommune[] = [
  { kode: '101', navn: 'Ådal', region: 'Nord' },
  { kode: '102', navn: 'Bøby', region: 'Nord' },
  { kode: '103', navn: 'Aaby', region: 'Syd' },
  { kode: '104', navn: 'Æby', region: 'Syd' },
  { kode: '105', navn: 'Cby', region: null },
];

const COUNT: Metric = {
  id: 'synthetic_count',
  titleDa: 'Syntetisk antal',
  titleEn: 'Synthetic count',
  unit: 'persons',
  description: 'Synthetic test metric',
  source: 'Synthetic',
  licence: 'CC0',
  higherIsBetter: false,
};
const SHARE: Metric = { ...COUNT, id: 'synthetic_share', unit: 'percent', higherIsBetter: true };
const NEUTRAL: Metric = { ...COUNT, id: 'synthetic_neutral', unit: 'dkk', higherIsBetter: null };

interface O {
  kode: string;
  label?: string;
  value: number | null;
  quality?: 'primary' | 'secondary';
  flags?: QualityFlag[];
  retrieved?: string;
  metric?: string;
  url?: string;
}

function o(x: O, metric: Metric = COUNT): Observation {
  const label = x.label ?? '2023';
  return {
    metric: x.metric ?? metric.id,
    kode: x.kode,
    periodStart: `${label.slice(0, 4)}-01-01`,
    periodLabel: label,
    value: x.value,
    quality: x.quality ?? 'primary',
    flags: x.flags ?? [],
    source: {
      title: 'Synthetic',
      url: x.url ?? 'https://example.org/synthetic',
      retrieved: x.retrieved ?? '2025-01-01',
    },
  };
}

const input = (over: Partial<ComparisonInput>): ComparisonInput => ({
  metric: COUNT,
  observations: [],
  kommuner: KOMMUNER,
  focusKode: '101',
  ...over,
});

const ranks = (c: ReturnType<typeof buildComparison>) => c.rows.map((r) => [r.kode, r.rank]);

describe('buildComparison: ranking', () => {
  const cases: { name: string; metric: Metric; values: number[]; expected: [string, number][] }[] =
    [
      {
        name: 'lower is better ranks ascending, ties share a rank, kode orders ties',
        metric: COUNT,
        values: [30, 10, 20, 10, 40],
        expected: [
          ['102', 1],
          ['104', 1],
          ['103', 3],
          ['101', 4],
          ['105', 5],
        ],
      },
      {
        name: 'higher is better ranks descending',
        metric: SHARE,
        values: [30, 10, 20, 10, 40],
        expected: [
          ['105', 1],
          ['101', 2],
          ['103', 3],
          ['102', 4],
          ['104', 4],
        ],
      },
      {
        name: 'no better direction ranks by value, highest first',
        metric: NEUTRAL,
        values: [5, 5, 5, 1, 9],
        expected: [
          ['105', 1],
          ['101', 2],
          ['102', 2],
          ['103', 2],
          ['104', 5],
        ],
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const observations = KOMMUNER.map((k, i) =>
        o({ kode: k.kode, value: c.values[i]! }, c.metric),
      );
      const result = buildComparison(input({ metric: c.metric, observations }));
      expect(ranks(result)).toEqual(c.expected);
    });
  }

  it('says how it ranked', () => {
    const obs = [o({ kode: '101', value: 1 })];
    expect(buildComparison(input({ observations: obs })).rankOrder).toBe('lower_is_better');
    expect(buildComparison(input({ metric: SHARE, observations: obs })).rankOrder).toBe(
      'higher_is_better',
    );
    expect(buildComparison(input({ metric: NEUTRAL, observations: obs })).rankOrder).toBe(
      'by_value',
    );
  });

  it('does not depend on the order of the observations', () => {
    const observations = KOMMUNER.map((k, i) => o({ kode: k.kode, value: [3, 1, 3, 2, 1][i]! }));
    const a = buildComparison(input({ observations }));
    const b = buildComparison(input({ observations: [...observations].reverse() }));
    expect(b).toEqual(a);
  });
});

describe('buildComparison: which figures count', () => {
  it('sends null cells and kommuner without figures to missing, alphabetically (Danish)', () => {
    const result = buildComparison(
      input({
        observations: [
          o({ kode: '101', value: 5 }),
          o({ kode: '102', value: null }),
          o({ kode: '105', value: 2 }),
        ],
      }),
    );
    expect(result.rows.map((r) => r.kode)).toEqual(['105', '101']);
    // Aaby under A; Æ and Å after Z.
    expect(result.missing.map((k) => k.navn)).toEqual(['Bøby', 'Æby', 'Aaby']);
    expect(result.coverage).toEqual({ withValue: 2, withRate: 0, total: 5 });
  });

  it('ignores sub-area, undated and other-metric figures', () => {
    const result = buildComparison(
      input({
        observations: [
          o({ kode: '101', value: 5, flags: ['sub_area'] }),
          o({ kode: '102', value: 6, flags: ['undated'] }),
          o({ kode: '103', value: 7, metric: 'another_metric' }),
          o({ kode: '104', value: 8, flags: ['approx'] }),
        ],
      }),
    );
    expect(result.rows.map((r) => r.kode)).toEqual(['104']);
    expect(result.rows[0]?.flags).toEqual(['approx']);
  });

  const preference: { name: string; obs: O[]; value: number; quality: string }[] = [
    {
      name: 'primary beats secondary, whatever the retrieval date',
      obs: [
        { kode: '101', value: 9, quality: 'secondary', retrieved: '2025-06-01' },
        { kode: '101', value: 7, quality: 'primary', retrieved: '2024-01-01' },
      ],
      value: 7,
      quality: 'primary',
    },
    {
      name: 'among primaries, the latest retrieval wins',
      obs: [
        { kode: '101', value: 7, retrieved: '2024-01-01' },
        { kode: '101', value: 8, retrieved: '2025-01-01', url: 'https://example.org/b' },
      ],
      value: 8,
      quality: 'primary',
    },
    {
      name: 'a secondary figure stands in for a primary one published as missing',
      obs: [
        { kode: '101', value: null, quality: 'primary' },
        { kode: '101', value: 4, quality: 'secondary' },
      ],
      value: 4,
      quality: 'secondary',
    },
  ];
  for (const c of preference) {
    it(c.name, () => {
      const observations = c.obs.map((x) => o(x));
      for (const obs of [observations, [...observations].reverse()]) {
        const row = buildComparison(input({ observations: obs })).rows[0];
        expect(row?.value).toBe(c.value);
        expect(row?.quality).toBe(c.quality);
      }
    });
  }

  it("uses kode '000' as the national figure and never ranks it", () => {
    const result = buildComparison(
      input({
        observations: [
          o({ kode: '000', value: 1 }),
          o({ kode: '101', value: 5 }),
          o({ kode: '000', value: 3, label: '2022' }),
        ],
      }),
    );
    expect(result.national?.value).toBe(1);
    expect(result.rows.map((r) => r.kode)).toEqual(['101']);
    expect(result.periods).toEqual(['2023']);
    expect(result.missing.some((k) => k.kode === '000')).toBe(false);
  });
});

describe('buildComparison: period', () => {
  const observations = [
    o({ kode: '101', value: 1, label: '2021' }),
    o({ kode: '102', value: 1, label: '2021' }),
    o({ kode: '103', value: 1, label: '2021' }),
    o({ kode: '101', value: 1, label: '2022' }),
    o({ kode: '102', value: 1, label: '2023' }),
    o({ kode: '103', value: 1, label: '2023' }),
    o({ kode: '104', value: 1, label: '2023' }),
    o({ kode: '102', value: 1, label: '2024' }),
    o({ kode: '000', value: 1, label: '2025' }),
  ];
  const cases: { name: string; focus: string; period?: string; expected: string }[] = [
    { name: 'latest period with a focus value', focus: '101', expected: '2022' },
    // 2021 and 2023 both have three kommuner; the later one wins.
    { name: 'without focus values: the latest with most kommuner', focus: '105', expected: '2023' },
    { name: 'an explicit period wins', focus: '101', period: '2021', expected: '2021' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = buildComparison(input({ observations, focusKode: c.focus, period: c.period }));
      expect(result.period).toBe(c.expected);
    });
  }

  it('lists kommune periods in time order, not text order', () => {
    const result = buildComparison(
      input({
        observations: [
          o({ kode: '101', value: 1, label: '2024K1' }),
          o({ kode: '101', value: 1, label: '2023K4' }),
          o({ kode: '101', value: 1, label: '2023' }),
        ],
      }),
    );
    expect(result.periods).toEqual(['2023', '2023K4', '2024K1']);
    expect(result.period).toBe('2024K1');
  });

  it('has no period and no rows without data', () => {
    const result = buildComparison(input({}));
    expect(result.period).toBeNull();
    expect(result.rows).toEqual([]);
    expect(result.missing).toHaveLength(5);
  });
});

describe('buildComparison: provenance', () => {
  it('keeps each compared figure with its own source', () => {
    const result = buildComparison(input({ observations: [o({ kode: '101', value: 10 })] }));
    expect(result.rows[0]?.source).toEqual(o({ kode: '101', value: 10 }).source);
  });
});

describe('buildComparison: per 1,000 inhabitants', () => {
  const values = [o({ kode: '101', value: 10 }), o({ kode: '102', value: 30 })];
  const pop = (kode: string, value: number, label = '2023K1') =>
    o({ kode, value, label, metric: 'population' });

  it('ranks on the rate when every row has a same-period population', () => {
    const result = buildComparison(
      input({ observations: values, population: [pop('101', 1000), pop('102', 10000)] }),
    );
    expect(result.perThousand).toBe('shown');
    expect(result.rows.map((r) => [r.kode, r.rate, r.rank])).toEqual([
      ['102', 3, 1],
      ['101', 10, 2],
    ]);
  });

  it('ranks on the raw figure when the reader asks for counts, keeping the rates and period', () => {
    const population = [pop('101', 1000), pop('102', 10000)];
    const rates = buildComparison(input({ observations: values, population }));
    const counts = buildComparison(input({ observations: values, population, rankByValue: true }));
    expect(counts.perThousand).toBe('shown');
    expect(counts.period).toBe(rates.period);
    expect(counts.rows.map((r) => [r.kode, r.value, r.rate, r.rank])).toEqual([
      ['101', 10, 10, 1],
      ['102', 30, 3, 2],
    ]);
  });

  it('never borrows a population from another period', () => {
    const result = buildComparison(
      input({
        observations: values,
        population: [pop('101', 1000, '2022'), pop('102', 1000, '2023K2'), pop('101', 0)],
      }),
    );
    expect(result.perThousand).toBe('no_population');
    expect(result.rows.every((r) => r.rate === null)).toBe(true);
    expect(result.rows.map((r) => r.kode)).toEqual(['101', '102']);
  });

  it('divides a yearly figure by the population on 1 January of that year (FOLK1A K1)', () => {
    const result = buildComparison(
      input({
        observations: values,
        population: [
          pop('101', 1000, '2023K1'),
          pop('102', 10000, '2023K1'),
          pop('101', 1, '2023K3'),
        ],
      }),
    );
    expect(result.perThousand).toBe('shown');
    expect(result.rows.map((r) => [r.kode, r.rate])).toEqual([
      ['102', 3],
      ['101', 10],
    ]);
  });

  it('leaves a row unranked when its population is missing and the others have one', () => {
    const result = buildComparison(input({ observations: values, population: [pop('102', 100)] }));
    expect(result.rows.map((r) => [r.kode, r.rate, r.rank])).toEqual([
      ['102', 300, 1],
      ['101', null, null],
    ]);
  });

  it('gives the national rate only from a national population of the same period', () => {
    const observations = [...values, o({ kode: '000', value: 500 })];
    const shown = buildComparison(
      input({ observations, population: [pop('101', 1000), pop('000', 100000)] }),
    );
    expect(shown.nationalRate).toBe(5);
    const other = buildComparison(
      input({ observations, population: [pop('101', 1000), pop('000', 100000, '2022K1')] }),
    );
    expect(other.nationalRate).toBeNull();
  });

  it('does not compute rates for shares', () => {
    const share = [o({ kode: '101', value: 10 }, SHARE)];
    const result = buildComparison(
      input({ metric: SHARE, observations: share, population: [pop('101', 1000)] }),
    );
    expect(result.perThousand).toBe('not_a_count');
    expect(result.rows[0]?.rate).toBeNull();
  });

  it('knows the count units used in data/metrics', () => {
    expect(['count', 'persons', 'fulltime_persons'].every(isCountUnit)).toBe(true);
    expect(['percent', 'per_mille', 'dkk', 'dkk_1000', 'flag'].some(isCountUnit)).toBe(false);
  });
});

describe('buildComparison: focus and region', () => {
  it('marks the focus, its region and keeps national ranks in the region subset', () => {
    const observations = KOMMUNER.map((k, i) => o({ kode: k.kode, value: [4, 1, 3, 2, 5][i]! }));
    const result = buildComparison(input({ observations, focusKode: '102' }));
    expect(result.focusRegion).toBe('Nord');
    expect(result.rows.find((r) => r.isFocus)?.kode).toBe('102');
    expect(result.regionRows.map((r) => [r.kode, r.rank])).toEqual([
      ['102', 1],
      ['101', 4],
    ]);
  });

  it('has no region subset for a kommune without a region', () => {
    const observations = [o({ kode: '105', value: 1 }), o({ kode: '101', value: 2 })];
    const result = buildComparison(input({ observations, focusKode: '105' }));
    expect(result.focusRegion).toBeNull();
    expect(result.regionRows).toEqual([]);
    expect(result.rows.every((r) => !r.inFocusRegion)).toBe(true);
  });
});

describe('buildComparison: purity', () => {
  it('does not mutate its input', () => {
    const i = input({
      observations: [o({ kode: '101', value: 3, flags: ['approx'] }), o({ kode: '102', value: 1 })],
      population: [o({ kode: '101', value: 100, metric: 'population' })],
    });
    const before = structuredClone(i);
    const result = buildComparison(i);
    result.rows[0]?.flags.push('footnote');
    expect(i).toEqual(before);
  });
});

describe('buildComparison: properties', () => {
  it('splits the kommuner into rows and missing, with ranks 1..n non-decreasing', () => {
    const cell = fc.option(fc.integer({ min: -50, max: 50 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.integer({ min: 0, max: 4 }), v: cell }), { maxLength: 12 }),
        fc.constantFrom(COUNT, SHARE, NEUTRAL),
        (cells, metric) => {
          const observations = cells.map((c) =>
            o({ kode: KOMMUNER[c.k]!.kode, value: c.v }, metric),
          );
          const result = buildComparison(input({ metric, observations }));
          expect(result.rows.length + result.missing.length).toBe(KOMMUNER.length);
          const r = result.rows.map((row) => row.rank ?? 0);
          if (r.length > 0) expect(r[0]).toBe(1);
          r.forEach((rank, i) => {
            expect(rank).toBeGreaterThanOrEqual(1);
            expect(rank).toBeLessThanOrEqual(i + 1);
            if (i > 0) expect(rank).toBeGreaterThanOrEqual(r[i - 1]!);
          });
        },
      ),
    );
  });
});
