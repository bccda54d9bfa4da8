// The frame of a downloaded chart, on SYNTHETIC series, headlines and sources: none of the
// figures, titles or addresses below is real.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/chart-frame-text.ts';
import { framedSvg, layoutFrame, type ChartFrame } from '../../src/charts/chart-frame.ts';
import { pledgeChartFrame, type PledgeFrameInput } from '../../src/charts/chart-frame-pledge.ts';
import { pledgeChartInput } from '../../src/charts/pledge-chart-input.ts';
import { layoutPledgeChart } from '../../src/charts/pledge-chart-layout.ts';
import type { Observation, QualityFlag, Series } from '../../src/domain/series.ts';
import { METRIC, obs, pledge as pledgeOf } from '../domain/fixtures.ts';

const COLOURS = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#595959',
  series: '#1f5fa8',
  target: '#b3261e',
  warn: '#a34700',
};

const LONG_HEADLINE =
  'Behandlingsgarantien på 14 dage skal overholdes for alle borgere med et stofmisbrug, også når ventetiden på døgnbehandlingspladser i kommunens samarbejdskommuner stiger';
const LONG_SOURCE =
  'Kilde: Statistikkontoret, StatBank T11: Anmeldte hændelser efter område, overtrædelsens art og tid (eksport hentet via git.example/meget-lang-sti/til/en/datasamling/med-mange-mapper), tabel T11 (hentet 2. dec. 2026). Licens: CC BY 4.0 (Kilde: Statistikkontoret). Graf: Løftetjek, https://loeftetjek.example/?p=en-meget-lang-identifikator-for-et-syntetisk-loefte&lang=da';

function expectInside(frame: ChartFrame, width: number): void {
  const layout = layoutFrame(frame, width, 320);
  expect(layout.texts.length).toBeGreaterThan(0);
  for (const t of layout.texts) {
    expect(t.x, t.text).toBeGreaterThanOrEqual(0);
    expect(t.x + textWidth(t.text, t.size, t.weight), t.text).toBeLessThanOrEqual(width - 16);
    expect(t.y, t.text).toBeLessThanOrEqual(layout.height);
  }
  for (const s of layout.symbols) {
    expect(s.x).toBeGreaterThanOrEqual(0);
    expect(s.x + 18).toBeLessThanOrEqual(width);
  }
}

describe('layoutFrame', () => {
  it.each([640, 480, 320])(
    'keeps every line of a long Danish headline and source inside %i px',
    (width) => {
      expectInside(
        {
          title: LONG_HEADLINE,
          subtitle: 'Anmeldte hændelser, anmeldelser · Byen · 1. kvt. 2007–4. kvt. 2025',
          legend: [
            { mark: 'series', label: 'målte tal' },
            { mark: 'flagged', label: 'tal med forbehold (brud i serien, foreløbigt tal)' },
            { mark: 'target', label: 'målet: ≤ 100 pct.' },
            { mark: 'rule', label: 'lodrette linjer: løftet givet, frist = valgperiodens slut' },
            {
              mark: 'annotation',
              number: 1,
              label: `14. jan. 2025: ${LONG_HEADLINE} (Kommunens pressemeddelelse)`,
            },
          ],
          source: LONG_SOURCE,
        },
        width,
      );
    },
  );

  it('wraps the headline and the source rather than letting them run off', () => {
    const layout = layoutFrame(
      { title: LONG_HEADLINE, subtitle: null, source: LONG_SOURCE },
      640,
      320,
    );
    const lines = (size: number) => layout.texts.filter((t) => t.size === size).map((t) => t.text);
    expect(lines(18).length).toBeGreaterThan(1);
    expect(lines(18).join(' ')).toBe(LONG_HEADLINE);
    expect(lines(11).length).toBeGreaterThan(1);
    // The chart goes under the headline, the source under the chart.
    const headlineBottom = Math.max(...layout.texts.filter((t) => t.size === 18).map((t) => t.y));
    const sourceTop = Math.min(...layout.texts.filter((t) => t.size === 11).map((t) => t.y));
    expect(layout.chartY).toBeGreaterThan(headlineBottom);
    expect(sourceTop).toBeGreaterThan(layout.chartY + 320);
  });
});

describe('framedSvg', () => {
  const chart =
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320"><rect width="10" height="10"/></svg>';

  it('puts the chart inside the frame as one SVG document, with every text escaped', () => {
    const svg = framedSvg(
      chart,
      {
        title: 'Overskrift <script>alert(1)</script> & co',
        subtitle: 'Måling, antal · Byen · 2020–2024',
        legend: [{ mark: 'annotation', number: 2, label: 'Note "citeret"' }],
        source: 'Kilde: Kontoret',
      },
      { ...COLOURS, fg: 'rgb(1, 2, 3)"><script>' },
    );
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640"/);
    expect(svg).toMatch(/<svg x="0" y="\d+" xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640"/);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Overskrift &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).toContain('Note &quot;citeret&quot;');
    expect(svg).toContain('>2</text>');
    const [, height] = /viewBox="0 0 640 (\d+)"/.exec(svg) ?? [];
    expect(Number(height)).toBeGreaterThan(320);
  });

  it('refuses what is not an SVG document', () => {
    expect(() =>
      framedSvg('<html></html>', { title: 'x', subtitle: null, source: 'y' }, COLOURS),
    ).toThrow(/not an SVG/);
  });
});

function quarterly(
  flags: Record<string, QualityFlag[]> = {},
  secondary: string[] = [],
): Observation[] {
  const out: Observation[] = [];
  for (let year = 2015; year <= 2025; year++) {
    for (let q = 1; q <= 4; q++) {
      const label = `${year}K${q}`;
      const o = obs({
        label,
        value: 100 + q,
        start: `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`,
        flags: flags[label] ?? [],
        quality: secondary.includes(label) ? 'secondary' : 'primary',
      });
      out.push({
        ...o,
        source: {
          title: 'Statistikkontoret, StatBank T11: Anmeldte hændelser',
          url: 'https://stat.example/T11',
          table: 'T11',
          retrieved: '2026-12-02',
        },
      });
    }
  }
  return out;
}

function frameInput(
  observations: Observation[],
  overrides: Partial<PledgeFrameInput> = {},
  withTarget = false,
): PledgeFrameInput {
  const series: Series = {
    metric: {
      ...METRIC,
      titleDa: 'Anmeldte hændelser',
      titleEn: 'Reported incidents',
      unit: 'count',
      unitDa: 'anmeldelser',
      unitEn: 'reports',
      source: 'Statistikkontoret, StatBank T11',
      table: 'T11',
      licence: 'CC BY 4.0 (Kilde: Statistikkontoret)',
    },
    kode: '751',
    observations,
  };
  const pledge = pledgeOf(
    { date: '2022-03-01' },
    withTarget
      ? { target: 90, deadline: '2025-12-31', unit: 'count' }
      : { relation: 'indirect', target: undefined, comparator: undefined, deadline: undefined },
  );
  return {
    headline: 'Færre anmeldte hændelser i Byen',
    series,
    // The chart draws the same notes the legend lists (both come from the pledge's measure).
    chart: layoutPledgeChart({
      ...pledgeChartInput(pledge, series, { width: 640, height: 320 }, '2025-12-31'),
      annotations: [...(overrides.annotations ?? [])],
    }),
    labels: { termEnd: 'Valgperiodens slut' },
    target: withTarget ? '≤ 90 anmeldelser' : null,
    annotations: [],
    kommune: 'Byen',
    licence: 'CC BY 4.0 (Kilde: Statistikkontoret)',
    pageUrl: 'https://loeftetjek.example/?p=synthetic-pledge',
    lang: 'da',
    ...overrides,
  };
}

describe('pledgeChartFrame', () => {
  it('gives the headline, unit and period in Danish, and a source with publisher, table, date and licence', () => {
    const frame = pledgeChartFrame(frameInput(quarterly()));
    expect(frame.title).toBe('Færre anmeldte hændelser i Byen');
    expect(frame.subtitle).toBe(
      'Anmeldte hændelser, anmeldelser · Byen · 1. kvt. 2015–4. kvt. 2025',
    );
    expect(frame.source).toBe(
      'Kilde: Statistikkontoret, StatBank T11: Anmeldte hændelser, tabel T11 (hentet 2. dec. 2026). ' +
        'Licens: CC BY 4.0 (Kilde: Statistikkontoret). Graf: Løftetjek, https://loeftetjek.example/?p=synthetic-pledge',
    );
  });

  it('writes English', () => {
    const frame = pledgeChartFrame(frameInput(quarterly(), { lang: 'en', licence: 'CC BY 4.0' }));
    expect(frame.subtitle).toBe('Reported incidents, reports · Byen · Q1 2015–Q4 2025');
    expect(frame.source).toMatch(
      /^Source: .*\(retrieved 2 Dec 2026\)\. Licence: CC BY 4\.0\. Chart: Løftetjek, /,
    );
    expect(frame.legend?.[0]?.label).toBe('measured figures');
  });

  it('lists only the marks the chart draws', () => {
    const plain = pledgeChartFrame(frameInput(quarterly()));
    // No target, no secondary or flagged figure, no note; the pledge date and term end are drawn.
    expect(plain.legend?.map((e) => e.mark)).toEqual(['series', 'rule']);
    expect(plain.legend?.[1]?.label).toBe('lodrette linjer: løftet givet, valgperiodens slut');

    const marked = pledgeChartFrame(
      frameInput(
        quarterly({ '2020K1': ['break_in_series'] }, ['2016K2']),
        {
          annotations: [
            {
              date: '2023-05-01',
              labelDa: 'Ny indsats',
              labelEn: 'New effort',
              sourceTitle: 'Kommunens nyhed',
            },
          ],
        },
        true,
      ),
    );
    expect(marked.legend?.map((e) => e.mark)).toEqual([
      'series',
      'secondary',
      'flagged',
      'target',
      'rule',
      'annotation',
    ]);
    const label = (mark: string) => marked.legend?.find((e) => e.mark === mark)?.label;
    expect(label('flagged')).toBe('tal med forbehold (brud i serien)');
    expect(label('target')).toBe('målet: ≤ 90 anmeldelser');
    expect(label('rule')).toBe('lodrette linjer: løftet givet, frist = valgperiodens slut');
    expect(label('annotation')).toBe('1. maj 2023: Ny indsats (Kommunens nyhed)');
    expect(marked.legend?.at(-1)?.number).toBe(1);
  });

  it('names the publisher when the cited sources do not', () => {
    const quoted = quarterly().map((o) => ({
      ...o,
      source: { ...o.source, title: 'Avisen: Hændelser i Byen', table: undefined },
    }));
    expect(pledgeChartFrame(frameInput(quoted)).source).toMatch(
      /^Kilde: Statistikkontoret via Avisen: Hændelser i Byen \(hentet 2\. dec\. 2026\)\./,
    );
  });
});
