import { render } from 'svelte/server';
import { line } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import PledgeChart from '../../src/charts/PledgeChart.svelte';
import { layoutPledgeChart, type ChartInput } from '../../src/charts/pledge-chart-layout.ts';
import { formatNumber } from '../../src/domain/format.ts';
import { checkSnapshot } from './snapshot.ts';

// Synthetic series for chart geometry; the numbers mean nothing.
const input: ChartInput = {
  points: [
    { date: '2017-01-01', label: '2017', value: 700, secondary: false, flagged: false },
    { date: '2019-01-01', label: '2019', value: 650, secondary: false, flagged: false },
    { date: '2021-01-01', label: '2021', value: null, secondary: false, flagged: false },
    { date: '2022-01-01', label: '2022', value: 500, secondary: false, flagged: true },
    { date: '2024-01-01', label: '2024', value: 560, secondary: true, flagged: false },
  ],
  target: { value: 400, comparator: 'at_most' },
  pledgeDate: '2020-06-01',
  deadline: '2025-12-31',
  width: 640,
  height: 320,
};

function renderChart(i: ChartInput): string {
  return render(PledgeChart, {
    props: {
      input: i,
      title: 'Syntetisk serie',
      description: 'Syntetiske tal til test.',
      formatValue: (v: number) => formatNumber(v, 'da'),
      labels: {
        target: 'Mål 400',
        pledge: 'Løftet givet',
        deadline: 'Frist',
        termEnd: 'Valgperiodens slut',
      },
    },
  }).body;
}

describe('pledge chart', () => {
  it('matches its SVG snapshot', () => {
    const svg = renderChart(input);
    const result = checkSnapshot('pledge-chart', svg);
    expect(result.ok, `snapshot differs: see ${result.path.replace('.svg', '-changed.svg')}`).toBe(
      true,
    );
  });

  it('breaks the line at a published gap instead of bridging it', () => {
    const layout = layoutPledgeChart(input);
    // Two segments: 2017–2019, then 2022–2024; the 2021 gap has no point.
    expect(layout.linePath.match(/M/g)).toHaveLength(2);
    expect(layout.points.filter((p) => Number.isFinite(p.y))).toHaveLength(4);
  });

  it('draws the same line as d3’s line(), lone points and gaps included', () => {
    // The layout draws its own path to keep d3-shape off the pledge page; d3 is the reference.
    const cell = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (values) => {
        const layout = layoutPledgeChart({
          ...input,
          points: values.map((value, i) => ({
            date: `${2010 + i}-01-01`,
            label: String(2010 + i),
            value,
            secondary: false,
            flagged: false,
          })),
        });
        const d3Path =
          line<{ x: number; y: number }>()
            .defined((p) => Number.isFinite(p.y))
            .x((p) => p.x)
            .y((p) => p.y)(layout.points) ?? '';
        // The points are already rounded, so d3 writes the same numbers.
        expect(layout.linePath).toBe(d3Path);
      }),
      { numRuns: 300 },
    );
  });

  it('draws the target, pledge date and deadline inside the plot', () => {
    const layout = layoutPledgeChart(input);
    expect(layout.targetY).not.toBeNull();
    expect(layout.targetY!).toBeGreaterThan(layout.margin.top);
    expect(layout.targetY!).toBeLessThan(layout.height - layout.margin.bottom);
    expect(layout.pledgeX!).toBeGreaterThan(layout.margin.left);
    expect(layout.deadlineX!).toBeGreaterThan(layout.pledgeX!);
  });

  it('draws one point per date, the first given: the figure is chosen before the chart', () => {
    const layout = layoutPledgeChart({
      ...input,
      points: [
        { date: '2022-01-01', label: '2022', value: 507, secondary: false, flagged: false },
        { date: '2022-01-01', label: '2022', value: 510, secondary: true, flagged: false },
      ],
    });
    expect(layout.points).toHaveLength(1);
    expect(layout.points[0]?.value).toBe(507);
  });

  it('renders accessible SVG with a title and description, and escapes text', () => {
    const svg = render(PledgeChart, {
      props: {
        input,
        title: '<script>alert(1)</script>',
        description: 'a & b',
        formatValue: String,
        labels: { target: 't', pledge: 'p', deadline: 'd' },
      },
    }).body;
    expect(svg).toContain('role="img"');
    expect(svg).toContain('&lt;script>');
    expect(svg).not.toContain('<script>');
  });

  it('survives absurd numbers without NaN in the markup', () => {
    const svg = renderChart({
      ...input,
      points: [
        { date: '2020-01-01', label: '2020', value: Number.NaN, secondary: false, flagged: false },
        { date: '2021-01-01', label: '2021', value: 1e308, secondary: false, flagged: false },
        { date: '2022-01-01', label: '2022', value: -5, secondary: false, flagged: false },
      ],
    });
    expect(svg).not.toContain('NaN');
  });

  it('marks the term end apart from the deadline, and merges them when they coincide', () => {
    const apart = layoutPledgeChart({ ...input, deadline: '2030-12-31', termEnd: '2025-12-31' });
    expect(apart.termEndX).not.toBeNull();
    expect(apart.deadlineIsTermEnd).toBe(false);
    expect(apart.termEndX!).toBeLessThan(apart.deadlineX!);
    const same = layoutPledgeChart({ ...input, termEnd: '2025-12-31' });
    expect(same.termEndX).toBeNull();
    expect(same.deadlineIsTermEnd).toBe(true);
    const svg = render(PledgeChart, {
      props: {
        input: { ...input, termEnd: '2025-12-31' },
        title: 't',
        description: 'd',
        formatValue: String,
        labels: { target: 't', pledge: 'p', deadline: 'Frist', termEnd: 'Valgperiodens slut' },
      },
    }).body;
    expect(svg).toContain('Frist = valgperiodens slut');
  });

  it('numbers annotations in order and leaves out undatable ones', () => {
    const layout = layoutPledgeChart({
      ...input,
      annotations: [{ date: '2021-01-01' }, { date: 'not a date' }, { date: '2023-06-01' }],
    });
    expect(layout.annotations.map((a) => a.number)).toEqual([1, 3]);
    expect(layout.annotations[0]!.x).toBeLessThan(layout.annotations[1]!.x);
  });

  it('matches its SVG snapshot with a term end and annotations', () => {
    const svg = renderChart({
      ...input,
      deadline: '2029-12-31',
      termEnd: '2025-12-31',
      annotations: [{ date: '2021-01-01' }],
    });
    const result = checkSnapshot('pledge-chart-term-annotations', svg);
    expect(result.ok, `snapshot differs: see ${result.path}`).toBe(true);
  });
});
