/**
 * Which population a per-1,000 rate divides by, and which period a comparison opens on. The
 * kommuner, figures and populations in the first three blocks are SYNTHETIC (made up to exercise
 * the rule); the last block checks the real FOLK1A and FOLK1AM files in data/sources/statbank.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildComparison, type ComparisonKommune } from '../../src/domain/comparison.ts';
import {
  populationDay,
  populationLookup,
  populationNeeded,
} from '../../src/domain/comparison-population.ts';
import type { Metric, Observation } from '../../src/domain/series.ts';
import { parsePeriod } from '../../src/domain/period.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';

const KOMMUNER: ComparisonKommune[] = [
  { kode: '101', navn: 'Ådal', region: 'Nord' },
  { kode: '102', navn: 'Bøby', region: 'Nord' },
  { kode: '103', navn: 'Aaby', region: 'Syd' },
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

function obs(metric: string, kode: string, label: string, value: number): Observation {
  return {
    metric,
    kode,
    periodStart: parsePeriod(label).start,
    periodLabel: label,
    value,
    quality: 'primary',
    flags: [],
    source: {
      title: `Synthetic ${metric}`,
      url: `https://example.org/${metric}`,
      table: metric === 'folk1a' ? 'FOLK1A' : 'FOLK1AM',
      retrieved: '2025-01-01',
    },
  };
}
const figure = (kode: string, label: string, value: number) => obs(COUNT.id, kode, label, value);
const folk1a = (kode: string, label: string, value: number) => obs('folk1a', kode, label, value);
const folk1am = (kode: string, label: string, value: number) => obs('folk1am', kode, label, value);

const compare = (observations: Observation[], population: Observation[], period?: string) =>
  buildComparison({
    metric: COUNT,
    observations,
    population,
    kommuner: KOMMUNER,
    focusKode: '101',
    ...(period === undefined ? {} : { period }),
  });
const rates = (c: ReturnType<typeof compare>) =>
  Object.fromEntries(c.rows.map((r) => [r.kode, r.rate]));

describe('the population day of a period', () => {
  it.each([
    ['2023', '2023-01-01'],
    ['2023K2', '2023-04-01'],
    ['2023M05', '2023-05-01'],
  ])('%s is measured against the population on %s', (label, day) => {
    expect(populationDay(label)).toBe(day);
  });

  it.each(['2019-2022', '2016-04 to 2018-10', '2023H1', 'n/a'])('%s has no population day', (l) => {
    expect(populationDay(l)).toBeNull();
  });

  it('a population published for a whole year says no day, so it is never used', () => {
    const lookup = populationLookup([folk1a('101', '2023', 1000)]);
    expect(lookup.figure('101', '2023')).toBeNull();
  });
});

describe('per-1,000 rates from FOLK1A and FOLK1AM', () => {
  it("a quarter takes FOLK1A's quarter or FOLK1AM's first month of it, never a later month", () => {
    const c = compare(
      [figure('101', '2023K2', 10), figure('102', '2023K2', 10), figure('103', '2023K2', 10)],
      [
        folk1a('101', '2023K2', 1000),
        folk1am('102', '2023M04', 2000),
        folk1am('103', '2023M05', 1),
      ],
    );
    expect(rates(c)).toEqual({ '101': 10, '102': 5, '103': null });
  });

  it("a month takes FOLK1AM's same month, and never the quarter's first month for a later one", () => {
    const c = compare(
      [figure('101', '2023M02', 10), figure('102', '2023M02', 10)],
      [
        folk1am('101', '2023M02', 1000),
        folk1a('102', '2023K1', 2000),
        folk1am('102', '2023M01', 1),
      ],
    );
    expect(rates(c)).toEqual({ '101': 10, '102': null });
  });

  it("a year takes 1 January from FOLK1A's first quarter or FOLK1AM's January", () => {
    const c = compare(
      [figure('101', '2023', 10), figure('102', '2023', 10), figure('103', '2023', 10)],
      [folk1a('101', '2023K1', 1000), folk1am('102', '2023M01', 2000), folk1a('103', '2023K2', 5)],
    );
    expect(rates(c)).toEqual({ '101': 10, '102': 5, '103': null });
  });

  it('a year whose 1 January no source counted has no rate, whatever the neighbouring days have', () => {
    const c = compare(
      [figure('101', '2017', 10)],
      [folk1a('101', '2016K1', 1000), folk1am('101', '2016M12', 1000), folk1a('101', '2017K2', 1)],
    );
    expect(c.perThousand).toBe('no_population');
    expect(rates(c)).toEqual({ '101': null });
  });

  it('names the source of the population it used', () => {
    const c = compare([figure('101', '2023M02', 10)], [folk1am('101', '2023M02', 1000)]);
    expect(c.populationSources.map((s) => s.table)).toEqual(['FOLK1AM']);
  });
});

describe('the period a comparison opens on', () => {
  // Three months of figures for every kommune; population only for the first two, and for
  // one kommune only in the second: the focus kommune's latest month (M03) has no rate at all.
  const observations = ['2023M01', '2023M02', '2023M03'].flatMap((m) =>
    KOMMUNER.map((k) => figure(k.kode, m, 10)),
  );
  const population = [
    ...KOMMUNER.map((k) => folk1am(k.kode, '2023M01', 1000)),
    ...KOMMUNER.map((k) => folk1am(k.kode, '2023M02', 1000)),
  ];

  it('opens on the latest period with a rate for the most kommuner, and says so', () => {
    const c = compare(observations, population);
    expect(c.period).toBe('2023M02');
    expect(c.periodChoice).toBe('most_rates');
    expect(c.coverage).toEqual({ withValue: 3, withRate: 3, total: 3 });
  });

  it('prefers more kommuner with a rate over a later period', () => {
    const c = compare(observations, population.slice(0, 4));
    expect(c.period).toBe('2023M01');
    expect(c.coverage.withRate).toBe(3);
  });

  it("without any population, opens on the focus kommune's latest period", () => {
    const c = compare(observations, []);
    expect([c.period, c.periodChoice]).toEqual(['2023M03', 'focus_latest']);
  });

  it('an asked-for period wins', () => {
    const c = compare(observations, population, '2023M03');
    expect([c.period, c.periodChoice, c.coverage.withRate]).toEqual(['2023M03', 'requested', 0]);
  });
});

const STATBANK = resolve(import.meta.dirname, '../../data/sources/statbank');
const PRESENT = ['FOLK1A.csv', 'FOLK1AM.csv'].every((f) => existsSync(join(STATBANK, f)));

describe.skipIf(!PRESENT)('the real FOLK1A and FOLK1AM files', () => {
  it('give the same population wherever they count the same day (FOLK1A 2022K1 = FOLK1AM 2022M01)', () => {
    const byDay = new Map<string, Map<string, string>>();
    for (const name of ['FOLK1A.csv', 'FOLK1AM.csv']) {
      const file = join(STATBANK, name);
      for (const { values: v } of parseCsv(readFileSync(file, 'utf8'), file)) {
        const p = parsePeriod(v.period ?? '');
        if (p.freq !== 'quarter' && p.freq !== 'month') continue;
        const key = `${v.kode}\u0000${p.start}`;
        const seen = byDay.get(key) ?? new Map<string, string>();
        seen.set(name, v.value ?? '');
        byDay.set(key, seen);
      }
    }
    const both = [...byDay.entries()].filter(([, seen]) => seen.size === 2);
    const differ = both.filter(([, seen]) => new Set(seen.values()).size !== 1);
    expect(differ).toEqual([]);
    // The two tables share at least 1 January 2022, for all 98 kommuner and Hele landet.
    expect(both.filter(([key]) => key.endsWith('\u00002022-01-01')).length).toBe(99);
  });
});

describe('the population a comparison needs', () => {
  it('is the population counted on the first day of one of its periods, and no other', () => {
    const population = [
      folk1a('101', '2023K1', 1),
      folk1am('101', '2023M01', 1),
      folk1am('101', '2023M02', 1),
      folk1am('101', '2023M04', 1),
      folk1a('101', '2024K1', 1),
    ];
    const needed = populationNeeded(population, [
      figure('101', '2023', 1),
      figure('101', '2023K2', 1),
    ]);
    expect(needed.map((p) => p.periodLabel)).toEqual(['2023K1', '2023M01', '2023M04']);
  });
});
