import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RankedDotPlot from '../../src/charts/RankedDotPlot.svelte';
import {
  layoutRankedDotPlot,
  type DotPlotInput,
  type DotRow,
} from '../../src/charts/ranked-dot-plot-layout.ts';
import { formatNumber } from '../../src/domain/format.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { checkSnapshot } from './snapshot.ts';

// Synthetic rows for chart geometry: real kommune names, made-up values that mean nothing.
const row = (kode: string, label: string, value: number, extra: Partial<DotRow> = {}): DotRow => ({
  kode,
  label,
  value,
  isFocus: false,
  inFocusRegion: false,
  secondary: false,
  flagged: false,
  ...extra,
});

const input: DotPlotInput = {
  rows: [
    row('851', 'Aalborg', 4.2, { isFocus: true, inFocusRegion: true }),
    row('101', 'København', 5.1, { secondary: true }),
    row('849', 'Jammerbugt', 2.4, { inFocusRegion: true, flagged: true }),
    row('751', 'Aarhus', 3.3),
    row('461', 'Odense', 1.2, { inFocusRegion: false }),
    row('825', 'Læsø', 0, { inFocusRegion: true }),
  ],
  reference: { label: 'Hele landet 3,1', value: 3.1, kind: 'national' },
  references: [{ label: 'Region Nordjylland (beregnet) 2,9', value: 2.9, kind: 'region' }],
  width: 560,
  rowHeight: 22,
};

function renderPlot(i: DotPlotInput, title = 'Syntetisk sammenligning'): string {
  return render(RankedDotPlot, {
    props: {
      input: i,
      title,
      description: 'Syntetiske tal til test.',
      formatValue: (v: number) => formatNumber(v, 'da'),
    },
  }).body;
}

/** The 98 kommuner from the real list, with synthetic values 1..98. */
function allKommuner(): DotRow[] {
  const lines = readFileSync('data/sources/kommuner.csv', 'utf8').trim().split('\n').slice(1);
  return lines.map((line, i) => {
    const [kode = '', navn = ''] = line.split(',');
    return row(kode, navn, 98 - i, { isFocus: kode === '851' });
  });
}

describe('ranked dot plot layout', () => {
  it('keeps the given order top to bottom, one row height apart', () => {
    const layout = layoutRankedDotPlot(input);
    expect(layout.rows.map((r) => r.kode)).toEqual(input.rows.map((r) => r.kode));
    const ys = layout.rows.map((r) => r.y);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBe(22));
  });

  it('starts the scale at zero for non-negative values, with nice ticks', () => {
    const layout = layoutRankedDotPlot(input);
    expect(layout.xTicks[0]).toMatchObject({ value: 0, position: layout.margin.left });
    expect(layout.zeroX).toBe(layout.margin.left);
    const last = layout.xTicks[layout.xTicks.length - 1]!;
    expect(Number.isInteger(last.value * 2)).toBe(true);
    expect(last.value).toBeGreaterThanOrEqual(5.1);
    const laesoe = layout.rows.find((r) => r.kode === '825')!;
    expect(laesoe.x).toBe(layout.margin.left);
    const kbh = layout.rows.find((r) => r.kode === '101')!;
    expect(kbh.x).toBeGreaterThan(layout.rows.find((r) => r.kode === '851')!.x);
  });

  it('spans negative values and places zero inside', () => {
    const layout = layoutRankedDotPlot({
      ...input,
      rows: [row('1', 'A', -4), row('2', 'B', 6)],
      reference: null,
    });
    expect(layout.xTicks[0]!.value).toBeLessThanOrEqual(-4);
    expect(layout.zeroX).toBeGreaterThan(layout.margin.left);
    expect(layout.zeroX).toBeLessThan(layout.width - layout.margin.right);
  });

  it('places the reference on the same scale', () => {
    const layout = layoutRankedDotPlot(input);
    const aarhus = layout.rows.find((r) => r.kode === '751')!;
    expect(layout.reference?.x).toBeLessThan(aarhus.x);
    expect(layout.reference?.x).toBeGreaterThan(layout.rows.find((r) => r.kode === '849')!.x);
  });

  it('shows all 98 kommuner and grows in height', () => {
    const rows = allKommuner();
    expect(rows).toHaveLength(98);
    const layout = layoutRankedDotPlot({ rows, width: 560, rowHeight: 16 });
    expect(layout.rows).toHaveLength(98);
    expect(layout.omitted).toBe(0);
    expect(layout.height).toBeGreaterThan(98 * 16);
    // The longest name fits left of the plot.
    expect(layout.margin.left).toBeGreaterThan('Ringkøbing-Skjern'.length * 6);
  });

  it('with maxRows keeps the top rows and the focus kommune after a gap', () => {
    const rows = allKommuner();
    const layout = layoutRankedDotPlot({ rows, width: 560, rowHeight: 16, maxRows: 10 });
    expect(layout.rows).toHaveLength(10);
    expect(layout.omitted).toBe(88);
    const focus = layout.rows[9]!;
    expect(focus.kode).toBe('851');
    expect(focus.gapY).not.toBeNull();
    expect(layout.rows.slice(0, 9).every((r) => r.gapY === null)).toBe(true);
  });

  // The "arhus", "øbenhavn": a bold focus name given the room of a regular one.
  it.each([320, 640])('gives every one of the 98 names room inside a %i px SVG', (width) => {
    const fits = (l: ReturnType<typeof layoutRankedDotPlot>) =>
      l.rows.every((r) => r.labelX - textWidth(r.label, 12, r.isFocus) >= 0 && r.labelX <= l.width);
    for (const name of allKommuner()) {
      // Each name alone as the bold focus row, with a short regular name beside it.
      const alone = layoutRankedDotPlot({
        rows: [row(name.kode, name.label, 5, { isFocus: true }), row('999', 'Læsø', 1)],
        width,
        rowHeight: 18,
      });
      expect(fits(alone), name.label).toBe(true);
      expect(alone.width).toBeLessThanOrEqual(width);
    }
    const all = allKommuner().map((r) => ({ ...r, isFocus: r.label === 'Ringkøbing-Skjern' }));
    expect(fits(layoutRankedDotPlot({ rows: all, width, rowHeight: 18 }))).toBe(true);
  });

  it('estimates a name no narrower than DejaVu Sans draws it', () => {
    // DejaVu Sans advance widths at 12 px, from its metrics: R .695, i .278, n .634, g .635,
    // k .579, ø .612, b .635, - .361, S .635, j .278, e .615, r .411 em.
    expect(textWidth('Ringkøbing-Skjern')).toBeGreaterThanOrEqual(9.13 * 12);
  });

  it('writes each reference label on its own line, inside the SVG', () => {
    const layout = layoutRankedDotPlot({
      ...input,
      width: 320,
      references: [
        { label: 'Region Nordjylland (beregnet) 2,9', value: 2.9, kind: 'region' },
        { label: 'Mål 5,1', value: 5.1, kind: 'target' },
      ],
    });
    expect(layout.references.map((r) => r.kind)).toEqual(['national', 'region', 'target']);
    const ys = layout.references.map((r) => r.labelY);
    expect(new Set(ys).size).toBe(3);
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height);
    expect(Math.min(...ys)).toBeGreaterThan(layout.rows[layout.rows.length - 1]!.y);
    for (const r of layout.references) {
      const w = textWidth(r.label, 12, true);
      const left = r.anchor === 'start' ? r.labelX : r.labelX - w;
      expect(left, r.label).toBeGreaterThanOrEqual(0);
      expect(left + w, r.label).toBeLessThanOrEqual(layout.width);
    }
  });

  it('ends the last tick label inside the SVG', () => {
    const layout = layoutRankedDotPlot({
      rows: [row('1', 'A', 123456), row('2', 'B', 1)],
      width: 320,
      rowHeight: 18,
      formatTick: (v) => formatNumber(v, 'da'),
    });
    for (const t of layout.xTicks) {
      const w = textWidth(formatNumber(t.value, 'da'), 12);
      expect(t.anchor === 'end' ? t.position : t.position + w / 2).toBeLessThanOrEqual(
        layout.width,
      );
    }
  });

  it('puts the focus value on the side with room', () => {
    const layout = layoutRankedDotPlot({
      ...input,
      rows: [row('1', 'A', 10, { isFocus: true }), row('2', 'B', 1)],
    });
    const focus = layout.rows[0]!;
    expect(focus.valueAnchor).toBe('end');
    expect(focus.valueX).toBeLessThan(focus.x);
  });
});

describe('RankedDotPlot', () => {
  it('matches its SVG snapshot', () => {
    const result = checkSnapshot('ranked-dot-plot', renderPlot(input));
    expect(result.ok, `snapshot differs: see ${result.path.replace('.svg', '-changed.svg')}`).toBe(
      true,
    );
  });

  it('marks focus, region, secondary and flagged rows with their classes', () => {
    const svg = renderPlot(input);
    expect(svg).toContain('data-testid="ranked-dot-plot"');
    expect(svg).toMatch(/<g class="row focus[^"]*" data-kode="851" data-testid="focus-row"/);
    expect(svg).toMatch(/<g class="row region[^"]*" data-kode="849"/);
    expect(svg).toMatch(/<g class="row other[^"]*" data-kode="461"/);
    expect(svg.match(/class="dot[^"]*secondary/g)).toHaveLength(1);
    expect(svg.match(/class="flag-ring/g)).toHaveLength(1);
    expect(svg).toContain('<title>København: 5,1</title>');
    expect(svg).toContain('data-kind="national"');
    expect(svg).toContain('data-kind="region"');
  });

  it('renders accessible SVG with a title and description, and escapes text', () => {
    const svg = renderPlot(input, '<script>alert(1)</script>');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="ranked-dot-plot-title ranked-dot-plot-desc"');
    expect(svg).toContain('&lt;script>');
    expect(svg).not.toContain('<script>');
  });

  it('survives absurd numbers without NaN in the markup', () => {
    const svg = renderPlot({
      ...input,
      rows: [row('1', 'A', Number.NaN, { isFocus: true }), row('2', 'B', 1e308), row('3', 'C', -5)],
      reference: { label: 'x', value: Number.POSITIVE_INFINITY },
      references: [{ label: 'y', value: Number.NaN, kind: 'region' }],
    });
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('reference-line');
  });

  it('renders the same SVG twice', () => {
    expect(renderPlot(input)).toBe(renderPlot(input));
  });
});
