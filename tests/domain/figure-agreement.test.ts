// Issue 13: the verdict, the chart, the comparison and the CSV must show the same figure for a
// period that has several. SYNTHETIC figures: 600 provisional and 556 clean for one period.
import { describe, expect, it } from 'vitest';
import { pledgeChartInput } from '../../src/charts/pledge-chart-input.ts';
import { layoutPledgeChart } from '../../src/charts/pledge-chart-layout.ts';
import { buildComparison } from '../../src/domain/comparison.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { seriesToCsv } from '../../src/domain/series-csv.ts';
import type { Observation } from '../../src/domain/series.ts';
import { METRIC, obs, pledge, series } from './fixtures.ts';

function withSource(o: Observation, source: Partial<Observation['source']>): Observation {
  return { ...o, source: { ...o.source, ...source } };
}

/** Each order of the two 2024 figures, so no caller gets it right by the luck of input order. */
const ORDERS: [string, Observation[]][] = (() => {
  const provisional = withSource(obs({ label: '2024', value: 600, flags: ['provisional'] }), {
    url: 'https://a.example/provisional',
    retrieved: '2025-03-01',
  });
  const clean = withSource(obs({ label: '2024', value: 556 }), {
    url: 'https://b.example/final',
    retrieved: '2025-02-01',
  });
  const before = obs({ label: '2023', value: 580 });
  return [
    ['provisional first', [before, provisional, clean]],
    ['clean first', [before, clean, provisional]],
  ];
})();

describe('one figure per period everywhere', () => {
  it.each(ORDERS)('verdict, chart, comparison and CSV pick 556 (%s)', (_order, observations) => {
    const s = series(observations);
    const p = pledge();

    const verdict = evaluateOutcome(p, s, '2026-01-01').latest?.value;

    const chart = layoutPledgeChart(pledgeChartInput(p, s, { width: 640, height: 320 }));
    const drawn = chart.points.filter((pt) => pt.label === '2024').map((pt) => pt.value);

    const comparison = buildComparison({
      metric: METRIC,
      observations,
      kommuner: [{ kode: '751', navn: 'Aarhus', region: 'Midtjylland' }],
      focusKode: '751',
      period: '2024',
    });

    const csv = seriesToCsv({ series: s, kommuneName: 'Aarhus', pageUrl: 'x', lang: 'da' });
    const rows = csv.split('\r\n').filter((l) => l !== '' && !l.startsWith('#'));
    const header = rows[0]?.split(',') ?? [];
    const cells = rows.slice(1).map((r) => r.split(','));
    const counted = cells
      .filter((c) => c[header.indexOf('period')] === '2024')
      .filter((c) => c[header.indexOf('counts')] === 'true')
      .map((c) => Number(c[header.indexOf('value')]));

    expect({
      verdict,
      chart: drawn,
      comparison: comparison.rows.map((r) => r.value),
      csv: counted,
    }).toEqual({ verdict: 556, chart: [556], comparison: [556], csv: [556] });
  });
});
