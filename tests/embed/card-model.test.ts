import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { buildCardModel } from '../../scripts/pages/card-model.ts';
import { esc, ogImageSvg, resolveCssVariables, wrap } from '../../scripts/pages/og-image.ts';
import { embedSnippet } from '../../src/embed/embed-snippet.ts';
import { measure, obs, pledge, series } from '../domain/fixtures.ts';

// A synthetic catalogue: one measured pledge with figures retrieved on two days.
function catalogue(): Catalogue {
  const p = pledge({
    measure: measure({ comparator: 'at_most', target: 600, deadline: '2024-12-31' }),
  });
  const s = series([
    obs({ label: '2019', value: 750 }),
    obs({ label: '2022', value: 507 }),
    obs({ label: '2024', value: 656 }),
  ]);
  s.observations[0]!.source.retrieved = '2023-01-10';
  s.observations[1]!.source.retrieved = '2023-01-10';
  s.observations[2]!.source.retrieved = '2025-03-01';
  return {
    version: 2,
    builtAt: '2025-03-02T00:00:00Z',
    inputsSha256: 'x',
    pledges: [p],
    documents: [],
    kommuner: [{ kode: '751', navn: 'Aarhus', region: 'Midtjylland' }],
    series: { [p.id]: s },
    comparisons: [],
  };
}

describe('card model', () => {
  it('gives the verdict, sentence, chart and sources for today', () => {
    const c = catalogue();
    const card = buildCardModel({
      catalogue: c,
      pledge: c.pledges[0]!,
      lang: 'da',
      today: '2025-06-01',
    });
    expect(card.view.outcome.status).toBe('not_met');
    expect(card.view.chart?.input.points).toHaveLength(3);
    expect(card.view.sourcesLine).toMatch(/hentet 1\. mar\. 2025\.$/);
    expect(card.newerNotice).toBeNull();
  });

  it('shows a vintage as known that day, and says when newer figures change the verdict', () => {
    const c = catalogue();
    const card = buildCardModel({
      catalogue: c,
      pledge: c.pledges[0]!,
      lang: 'en',
      today: '2025-06-01',
      vintage: '2023-06-01',
    });
    expect(card.view.chart?.input.points.map((p) => p.label)).toEqual(['2019', '2022']);
    expect(card.view.outcome.status).toBe('toward_target');
    expect(card.view.sentence).toMatch(/Figures as known on 1 Jun 2023\.$/);
    expect(card.newerNotice).toMatch(/Not met/);
  });

  it('says so when the target is an interpretation', () => {
    const c = catalogue();
    expect(
      buildCardModel({ catalogue: c, pledge: c.pledges[0]!, lang: 'da', today: '2025-06-01' }).view
        .caveats[0] ?? null,
    ).toBeNull();
    c.pledges[0]!.measure!.targetFrom = 'interpretation';
    const card = buildCardModel({
      catalogue: c,
      pledge: c.pledges[0]!,
      lang: 'da',
      today: '2025-06-01',
    });
    expect(card.view.caveats[0] ?? null).toMatch(/fortolkning/);
  });

  it('has no chart for a pledge without figures', () => {
    const c = catalogue();
    c.series = {};
    const card = buildCardModel({
      catalogue: c,
      pledge: c.pledges[0]!,
      lang: 'da',
      today: '2025-06-01',
    });
    expect(card.view.chart).toBeNull();
    expect(card.view.sourcesLine).toMatch(/Ingen offentlige tal/);
  });
});

describe('og image and snippet', () => {
  it('escapes catalogue text and keeps the chart inside the image', () => {
    const svg = ogImageSvg({
      title: '<script>alert(1)</script> & co',
      verdict: 'Resultat: Nået',
      sentence: 'x',
      footer: 'y',
      chartSvg:
        '<svg class="a" width="640" height="320" viewBox="0 0 640 320" role="img"><g/></svg>',
      css: '',
    });
    expect(svg).not.toContain('<script>');
    // The headline may wrap, so its words are looked for one by one.
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('<svg x="600" y="150" width="560" height="300" viewBox="0 0 640 320">');
  });

  it('wraps text to a width and a number of lines', () => {
    expect(wrap('aa bb cc dd', 5, 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('aa bb cc dd ee ff', 5, 2)).toEqual(['aa bb', 'cc …']);
    expect(esc('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;');
  });

  it('resolves custom properties to their fallbacks for the rasteriser', () => {
    expect(resolveCssVariables('stroke: var(--series, #1f5fa8); fill: var(--bg, #fff)')).toBe(
      'stroke: #1f5fa8; fill: #fff',
    );
  });

  it('pins the embed code to the latest vintage and escapes the title', () => {
    const c = catalogue();
    const code = embedSnippet(
      {
        appRoot: 'https://example.org/lt/',
        id: 'x-1',
        title: '"><script>',
        series: c.series[c.pledges[0]!.id]!,
      },
      { view: 'card', lang: 'en', theme: 'light' },
    );
    expect(code).toContain('src="https://example.org/lt/embed/x-1/2025-03-01/?lang=en"');
    expect(code).toContain('title="Løftetjek: &quot;&gt;&lt;script&gt;"');
    expect(code).toContain('<script async src="https://example.org/lt/embed/resize.js"></script>');
  });
});
