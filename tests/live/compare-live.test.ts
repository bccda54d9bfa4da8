// Synthetic figures (not DST's): they exercise the comparison rules only.
import { describe, expect, it } from 'vitest';
import { compareLive, mergeLive, type LiveFigure } from '../../src/live/compare-live.ts';
import type { Observation, Series } from '../../src/domain/series.ts';

const source = { title: 'synthetic', url: 'https://example.test/', retrieved: '2025-01-01' };

function page(
  kode: string,
  periodStart: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return {
    metric: 'm',
    kode,
    periodStart,
    periodLabel: periodStart.slice(0, 4),
    value,
    quality: 'primary',
    flags: [],
    source,
    ...extra,
  };
}

function live(kode: string, period: string, periodStart: string, value: number | null): LiveFigure {
  return { metricId: 'm', kode, period, periodStart, value, flags: [], note: '' };
}

describe('compareLive', () => {
  it('finds new periods and revised values, and counts agreeing ones', () => {
    const result = compareLive(
      [page('851', '2022-01-01', 80), page('851', '2023-01-01', 90), page('000', '2023-01-01', 70)],
      [
        live('851', '2022', '2022-01-01', 80),
        live('851', '2023', '2023-01-01', 91.5),
        live('851', '2024', '2024-01-01', 95),
        live('000', '2023', '2023-01-01', 70),
      ],
    );
    expect(result.agreeing).toBe(2);
    expect(result.checked).toBe(4);
    expect(result.changes).toEqual([
      {
        kind: 'revised',
        kode: '851',
        period: '2023',
        periodStart: '2023-01-01',
        before: 90,
        after: 91.5,
      },
      {
        kind: 'new',
        kode: '851',
        period: '2024',
        periodStart: '2024-01-01',
        before: null,
        after: 95,
      },
    ]);
  });

  it("matches DST's 2024K1 with the page's quarter by the day it starts", () => {
    const shown = page('101', '2024-01-01', 1000, { periodLabel: '2024K1' });
    expect(compareLive([shown], [live('101', '2024K1', '2024-01-01', 1000)]).changes).toEqual([]);
  });

  it('reports a value DST now withholds as revised to missing, and ignores a new empty period', () => {
    const result = compareLive(
      [page('101', '2023-01-01', 12)],
      [live('101', '2023', '2023-01-01', null), live('101', '2024', '2024-01-01', null)],
    );
    expect(result.changes).toEqual([
      {
        kind: 'revised',
        kode: '101',
        period: '2023',
        periodStart: '2023-01-01',
        before: 12,
        after: null,
      },
    ]);
  });

  it('compares with the figure the chart shows when the page has several for one period', () => {
    const secondary = page('101', '2023-01-01', 50, { quality: 'secondary' });
    const primary = page('101', '2023-01-01', 60);
    const result = compareLive([secondary, primary], [live('101', '2023', '2023-01-01', 60)]);
    expect(result.changes).toEqual([]);
    expect(result.agreeing).toBe(1);
  });
});

describe('mergeLive', () => {
  const series: Series = {
    metric: {
      id: 'm',
      titleDa: 'm',
      titleEn: 'm',
      unit: 'percent',
      description: '',
      source: 'synthetic',
      licence: '',
      higherIsBetter: true,
    },
    kode: '851',
    observations: [page('851', '2022-01-01', 80), page('851', '2023-01-01', 90)],
  };
  const liveSource = { title: 'live', url: 'http://127.0.0.1/x', retrieved: '2026-12-01' };

  it("replaces revised periods, adds new ones in order, keeps other kommuner's out", () => {
    const merged = mergeLive(
      series,
      [
        live('851', '2024', '2024-01-01', 95),
        live('851', '2023', '2023-01-01', 91),
        live('000', '2024', '2024-01-01', 70),
      ],
      liveSource,
    );
    expect(merged.observations.map((o) => [o.periodStart, o.value, o.source.title])).toEqual([
      ['2022-01-01', 80, 'synthetic'],
      ['2023-01-01', 91, 'live'],
      ['2024-01-01', 95, 'live'],
    ]);
    expect(series.observations).toHaveLength(2);
  });

  it('keeps only known quality flags on a live figure', () => {
    const figure = { ...live('851', '2024', '2024-01-01', 95), flags: ['known_gap', 'bogus'] };
    expect(mergeLive(series, [figure], liveSource).observations.at(-1)?.flags).toEqual([
      'known_gap',
    ]);
  });
});
