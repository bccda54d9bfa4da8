// Synthetic query results shaped like the explorer's templates and starter; the numbers mean nothing.
import { describe, expect, it } from 'vitest';
import {
  suggestChart,
  suggestSeries,
  withKind,
  type ResultColumn,
} from '../../src/ui/explorer/chart-choice.ts';
import { LINE_MAX_SERIES, toLineInput } from '../../src/ui/explorer/quick-chart-data.ts';
import { layoutMultiLine, SERIES_DASHES } from '../../src/ui/explorer/multi-line-layout.ts';

const col = (name: string, type: string): ResultColumn => ({ name, type });
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('chart-kind choice (issue 16)', () => {
  it('a per-measure-and-kommune count (the old starter) is not a map', () => {
    const columns = [
      col('maaling', 'VARCHAR'),
      col('kode', 'VARCHAR'),
      col('tal', 'BIGINT'),
      col('fra', 'VARCHAR'),
      col('til', 'VARCHAR'),
    ];
    const rows = [
      ['Måling A', '101', 76n, '2007K1', '2025K4'],
      ['Måling A', '851', 76n, '2007K1', '2025K4'],
      ['Måling B', '101', 76n, '2008K1', '2025K3'],
    ];
    // kode repeats: not one row per kommune; maaling repeats: not a readable ranking either.
    expect(suggestChart(columns, rows)).toEqual({ kind: 'none' });
  });

  it('one row per measure (the new starter) is a ranking, not a line over "fra"', () => {
    const columns = [
      col('maaling', 'VARCHAR'),
      col('tal', 'BIGINT'),
      col('kommuner', 'BIGINT'),
      col('fra', 'VARCHAR'),
      col('til', 'VARCHAR'),
    ];
    const rows = [
      ['Måling A', 76n, 99n, '2007K1', '2025K4'],
      ['Måling B', 50n, 98n, '2015', '2024'],
    ];
    expect(suggestChart(columns, rows)).toEqual({ kind: 'bar', x: 'maaling', y: 'tal' });
  });

  it('one row per kommune code (the comparison) is a map of the figure, not of the rank', () => {
    const columns = [
      col('navn', 'VARCHAR'),
      col('kode', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('pr_1000', 'DOUBLE'),
      col('vaerdi', 'DOUBLE'),
      col('quality', 'VARCHAR'),
      col('placering', 'BIGINT'),
    ];
    const rows = [
      ['København', '101', 'Hovedstaden', 2.1, 1300, 'primary', 2n],
      ['Aalborg', '851', 'Nordjylland', 2.5, 550, 'secondary', 1n],
    ];
    expect(suggestChart(columns, rows)).toEqual({ kind: 'map', x: 'kode', y: 'pr_1000' });
    const ranked = [col('placering', 'BIGINT'), col('kode', 'VARCHAR'), col('value', 'DOUBLE')];
    expect(
      suggestChart(ranked, [
        [1n, '101', 3],
        [2n, '851', 2],
      ]),
    ).toEqual({ kind: 'map', x: 'kode', y: 'value' });
  });

  it('a kommune and Hele landet over time is a line split by the area name', () => {
    const columns = [
      col('omraade', 'VARCHAR'),
      col('kode', 'VARCHAR'),
      col('period_label', 'VARCHAR'),
      col('period_start', 'DATE'),
      col('value', 'DOUBLE'),
      col('quality', 'VARCHAR'),
      col('source_title', 'VARCHAR'),
    ];
    const rows = [
      ['Aalborg', '851', '2021', day('2021-01-01'), 10, 'primary', 'Kilde A'],
      ['Aalborg', '851', '2022', day('2022-01-01'), 12, 'primary', 'Kilde A'],
      ['Hele landet', '000', '2021', day('2021-01-01'), 100, 'primary', 'Kilde A'],
      ['Hele landet', '000', '2022', day('2022-01-01'), 110, 'primary', 'Kilde A'],
    ];
    expect(suggestChart(columns, rows)).toEqual({
      kind: 'line',
      x: 'period_label',
      y: 'value',
      series: 'omraade',
    });
  });

  it('one point per pledge is not a line, even with a DATE column', () => {
    const columns = [
      col('loefte', 'VARCHAR'),
      col('kommune', 'VARCHAR'),
      col('frist', 'DATE'),
      col('tal', 'BIGINT'),
    ];
    const rows = [
      ['a', 'Aarhus', day('2025-01-01'), 5n],
      ['b', 'Aarhus', day('2029-01-01'), 0n],
      ['c', 'Aalborg', day('2025-01-01'), 3n],
    ];
    expect(suggestChart(columns, rows)).toEqual({ kind: 'bar', x: 'loefte', y: 'tal' });
  });

  it('a single series over time needs no series column', () => {
    const columns = [col('period_start', 'DATE'), col('value', 'DOUBLE')];
    const rows = [
      [day('2020-01-01'), 1],
      [day('2021-01-01'), 2],
    ];
    expect(suggestChart(columns, rows)).toEqual({ kind: 'line', x: 'period_start', y: 'value' });
    expect(suggestSeries(columns, rows, 'period_start', 'value')).toBeUndefined();
  });

  it('keeps a series the reader chose when switching back to a line', () => {
    const columns = [col('kode', 'VARCHAR'), col('aar', 'INTEGER'), col('v', 'DOUBLE')];
    const rows = [
      ['101', 2020, 1],
      ['101', 2021, 2],
      ['851', 2020, 3],
    ];
    expect(withKind(columns, rows, { kind: 'bar', x: 'kode', y: 'v' }, 'line')).toEqual({
      kind: 'line',
      x: 'aar',
      y: 'v',
      series: 'kode',
    });
    expect(
      withKind(columns, rows, { kind: 'map', x: 'kode', y: 'v', series: 'kode' }, 'bar'),
    ).toEqual({ kind: 'bar', x: 'kode', y: 'v' });
  });
});

describe('series split', () => {
  const columns = [col('navn', 'VARCHAR'), col('period_label', 'VARCHAR'), col('value', 'DOUBLE')];
  const spec = { kind: 'line', x: 'period_label', y: 'value', series: 'navn' } as const;

  it('draws one line per series, each sorted by date, in order of first appearance', () => {
    const data = toLineInput(
      columns,
      [
        ['Hele landet', '2022', 110],
        ['Aalborg', '2021', 10],
        ['Hele landet', '2021', 100],
        ['Aalborg', '2022', null],
        ['Aalborg', '2022', 99], // same series and date: the first one counts
        [null, '2021', 5],
      ],
      spec,
    );
    expect(data.series.map((s) => [s.name, s.points.map((p) => [p.label, p.value])])).toEqual([
      [
        'Hele landet',
        [
          ['2021', 100],
          ['2022', 110],
        ],
      ],
      [
        'Aalborg',
        [
          ['2021', 10],
          ['2022', null],
        ],
      ],
      [null, [['2021', 5]]],
    ]);
    expect(data.duplicates).toBe(1);
    expect(data.points).toHaveLength(5);
  });

  it(`draws at most ${LINE_MAX_SERIES} lines and counts the rows of the rest`, () => {
    const rows = Array.from({ length: LINE_MAX_SERIES + 2 }, (_, i) => [
      [`Serie ${i}`, '2021', i],
      [`Serie ${i}`, '2022', i],
    ]).flat();
    const data = toLineInput(columns, rows, spec);
    expect(data.series).toHaveLength(LINE_MAX_SERIES);
    expect(data.seriesOmitted).toBe(2);
    expect(data.rowsInOmittedSeries).toBe(4);
  });

  it('without a series column, the rows are one line as before', () => {
    const data = toLineInput(
      columns,
      [
        ['A', '2021', 1],
        ['B', '2021', 2],
      ],
      { kind: 'line', x: 'period_label', y: 'value' },
    );
    expect(data.series).toHaveLength(1);
    expect(data.series[0]?.name).toBeNull();
    expect(data.duplicates).toBe(1);
  });
});

describe('multi-line layout', () => {
  const point = (date: string, value: number | null) => ({
    date,
    label: date.slice(0, 4),
    value,
    secondary: false,
    flagged: false,
  });

  it('puts all series on one scale, with a legend inside the chart and a dash each', () => {
    const layout = layoutMultiLine({
      series: [
        { label: 'Hele landet', points: [point('2021-01-01', 100), point('2022-01-01', 110)] },
        { label: 'Aalborg', points: [point('2021-01-01', 10), point('2022-01-01', null)] },
      ],
      width: 640,
      height: 320,
      legend: true,
    });
    expect(layout.legend.map((e) => e.label)).toEqual(['Hele landet', 'Aalborg']);
    expect(layout.margin.top).toBeGreaterThan(Math.max(...layout.legend.map((e) => e.y)));
    const [national, aalborg] = layout.series;
    // Same date, same x; the bigger value is higher up (smaller y).
    expect(national?.points[0]?.x).toBe(aalborg?.points[0]?.x);
    expect(national!.points[0]!.y).toBeLessThan(aalborg!.points[0]!.y);
    // The NULL is a gap, not a point at zero.
    expect(Number.isNaN(aalborg?.points[1]?.y)).toBe(true);
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
  });

  it('wraps a long legend onto more rows within the width', () => {
    const series = Array.from({ length: 8 }, (_, i) => ({
      label: `En ret lang seriebetegnelse nummer ${i}`,
      points: [point('2021-01-01', i)],
    }));
    const layout = layoutMultiLine({ series, width: 320, height: 240, legend: true });
    expect(new Set(layout.legend.map((e) => e.y)).size).toBeGreaterThan(1);
    for (const e of layout.legend) expect(e.x + 32 + e.label.length * 7.2).toBeLessThanOrEqual(330);
    expect(layout.height).toBeGreaterThan(240);
  });
});
