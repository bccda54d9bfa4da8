import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PledgeChart from '../../src/charts/PledgeChart.svelte';
import {
  layoutPledgeChart,
  NARROW_CHART,
  narrowChartInput,
  WIDE_CHART_MIN_PX,
  type ChartInput,
} from '../../src/charts/pledge-chart-layout.ts';
import { formatNumber } from '../../src/domain/format.ts';

// Synthetic series for chart geometry; the numbers mean nothing. The embed's wide chart is 560
// wide (scripts/pages/card-model.ts).
const wide: ChartInput = {
  points: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year, i) => ({
    date: `${year}-01-01`,
    label: String(year),
    value: 12000 + 350 * i,
    secondary: false,
    flagged: i === 3,
  })),
  target: { value: 10000, comparator: 'at_most' },
  pledgeDate: '2021-11-16',
  deadline: '2025-12-31',
  termEnd: '2025-12-31',
  annotations: [{ date: '2022-03-01' }],
  width: 560,
  height: 260,
};

/** At 320 px a card's content box is 288 px: 1 rem of padding each side (src/embed/card.css). */
const ROOM_AT_320 = 320 - 2 * 16;

/** Every font size the rendered SVG uses, as the browser would resolve them, in viewBox units. */
function fontSizes(input: ChartInput): number[] {
  const { body, head } = render(PledgeChart, {
    props: {
      input,
      title: 'Syntetisk serie',
      description: 'Syntetiske tal til test.',
      formatValue: (v: number) => formatNumber(v, 'da'),
      labels: { target: 'Mål 10.000', pledge: 'Løftet givet', deadline: 'Frist', termEnd: 'Slut' },
    },
  });
  // A size in the component's CSS would override the layout's attribute: there must be none.
  expect(head).not.toMatch(/font(-size)?\s*:[^;}]*\d/);
  const sizes = [...body.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(body.match(/<svg[^>]*font-size="/)).not.toBeNull();
  expect(body.match(/<text/g)?.length).toBeGreaterThan(5);
  return sizes;
}

describe('pledge chart text on a phone', () => {
  it('keeps every text at 11 px or more at 320 px, in the narrow chart', () => {
    const layout = layoutPledgeChart(narrowChartInput(wide));
    expect(layout.narrow).toBe(true);
    const scale = Math.min(ROOM_AT_320, layout.width) / layout.width;
    for (const size of fontSizes(narrowChartInput(wide)))
      expect(size * scale).toBeGreaterThanOrEqual(11);
  });

  it('keeps every text at 11 px or more in the wide chart wherever it is shown', () => {
    const layout = layoutPledgeChart(wide);
    expect(layout.narrow).toBe(false);
    const scale = WIDE_CHART_MIN_PX / layout.width;
    for (const size of fontSizes(wide)) expect(size * scale).toBeGreaterThanOrEqual(11);
  });

  it('would shrink the wide chart’s text below 11 px at 320 px (why the narrow one exists)', () => {
    const layout = layoutPledgeChart(wide);
    expect((layout.fontSize * ROOM_AT_320) / layout.width).toBeLessThan(11);
  });

  it('lays the narrow chart out for its width: fewer ticks, marker labels on two rows', () => {
    const narrow = layoutPledgeChart(narrowChartInput(wide));
    const full = layoutPledgeChart(wide);
    expect(narrow.width).toBe(NARROW_CHART.width);
    expect(narrow.xTicks.length).toBeLessThan(full.xTicks.length);
    expect(narrow.yTicks.length).toBeLessThanOrEqual(full.yTicks.length);
    // Year labels (4 digits at 12 px, about 28 px wide) keep clear of each other.
    const gaps = narrow.xTicks.slice(1).map((t, i) => t.position - narrow.xTicks[i]!.position);
    expect(Math.min(...gaps)).toBeGreaterThan(40);
    expect(narrow.labelY.pledge).toBeLessThan(narrow.labelY.deadline - narrow.fontSize);
    expect(narrow.labelY.pledge).toBeGreaterThan(narrow.fontSize - 2);
    // Everything still inside the drawing.
    for (const p of narrow.points) {
      expect(p.x).toBeGreaterThanOrEqual(narrow.margin.left);
      expect(p.x).toBeLessThanOrEqual(narrow.width - narrow.margin.right);
    }
  });

  it('turns the pledge-date label leftwards when it would run off the right edge', () => {
    // Pledged in the last year drawn: the label cannot fit to the right of its rule.
    const late = layoutPledgeChart(narrowChartInput({ ...wide, pledgeDate: '2025-06-01' }));
    expect(late.pledgeLabelAnchor).toBe('end');
    const early = layoutPledgeChart(narrowChartInput({ ...wide, pledgeDate: '2016-06-01' }));
    expect(early.pledgeLabelAnchor).toBe('start');
    expect(early.pledgeX! + 4 + 90).toBeLessThanOrEqual(early.width);
  });
});
