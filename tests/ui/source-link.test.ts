// Synthetic pledges and cards (tests/domain/fixtures.ts): every title and address is made up.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { buildCardModel } from '../../scripts/pages/card-model.ts';
import { renderCard } from '../../scripts/pages/render-card.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import type { Series } from '../../src/domain/series.ts';
import { pledgeView } from '../../src/views/pledge-view.ts';
import SeriesView from '../../src/ui/SeriesView.svelte';
import CardDecision from '../../src/components/card/CardDecision.svelte';
import { measure, obs, pledge, series } from '../domain/fixtures.ts';

function viewOf(p: Pledge, s: Series) {
  return pledgeView({
    pledge: p,
    document: undefined,
    kommuneName: (kode) => (kode === '751' ? 'Aarhus' : kode),
    series: s,
    evaluation: evaluateOutcome(p, s, '2025-01-01'),
    lang: 'da',
  });
}

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//other.example/x',
];

function verdictHtml(url: string): string {
  const p = pledge({
    action: {
      status: 'in_progress',
      reason: { da: 'Syntetisk begrundelse', en: 'Synthetic reason' },
      evidence: [{ date: '2024-01-01', title: 'Syntetisk referat', url }],
    },
  });
  const s = series([obs({ label: '2020', value: 100 })]);
  return render(CardDecision, {
    props: { view: viewOf(p, s), variant: 'page' },
  }).body.replace(/<!--.*?-->/g, '');
}

describe('links from catalogue data', () => {
  it('renders an http(s) evidence address as a link', () => {
    const html = verdictHtml('https://example.org/referat?id=1&x=2');
    expect(html).toMatch(
      /<a href="https:\/\/example\.org\/referat\?id=1&amp;x=2" rel="noopener noreferrer">Syntetisk referat<\/a>/,
    );
  });

  it.each(HOSTILE)('renders the evidence title as text when the address is %j', (url) => {
    const html = verdictHtml(url);
    expect(html).toContain('Syntetisk referat');
    expect(html).not.toMatch(/<a\b[^>]*href/);
  });
});

function seriesHtml(url: string): string {
  const p = pledge({
    measure: measure({
      annotations: [
        {
          date: '2021-01-01',
          labelDa: 'Syntetisk',
          labelEn: 'Synthetic',
          sourceTitle: 'Syntetisk kilde',
          sourceUrl: url,
        },
      ],
    }),
  });
  const s = series([obs({ label: '2020', value: 100 }), obs({ label: '2021', value: 90 })]);
  for (const o of s.observations) o.source = { ...o.source, url, title: 'Syntetisk tabel' };
  return render(SeriesView, {
    props: {
      series: s,
      pledge: p,
      view: viewOf(p, s),
      lang: 'da',
      pageUrl: 'https://example.org/p/x/',
      baseUrl: 'https://example.org/data/',
    },
  }).body.replace(/<!--.*?-->/g, '');
}

describe('the series view’s sources and annotations', () => {
  const links = (html: string) => [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1]);

  it('links http(s) sources', () => {
    const html = seriesHtml('https://example.org/tabel');
    // The annotation, the source list and the table's two rows.
    expect(links(html).filter((h) => h === 'https://example.org/tabel')).toHaveLength(4);
  });

  it.each(HOSTILE)('shows the source titles as text when the address is %j', (url) => {
    const html = seriesHtml(url);
    expect(html).toContain('Syntetisk kilde');
    expect(html).toContain('Syntetisk tabel');
    // What remains is the app's own link to the explorer.
    expect(links(html)).toEqual([expect.stringMatching(/^\?page=explore&amp;sql=/)]);
  });
});

describe('the card’s link to its page', () => {
  const p = pledge();
  const catalogue: Catalogue = {
    version: 2,
    builtAt: '2025-03-02T00:00:00Z',
    inputsSha256: 'x',
    pledges: [p],
    documents: [],
    kommuner: [{ kode: '751', navn: 'Aarhus', region: 'Midtjylland' }],
    series: { [p.id]: series([obs({ label: '2020', value: 100 })]) },
    comparisons: [],
  };
  const card = buildCardModel({ catalogue, pledge: p, lang: 'da', today: '2025-06-01' });

  it('is a link for a relative path or an http(s) address', () => {
    for (const href of ['../../p/synthetic-pledge/', 'https://example.org/p/x/']) {
      expect(renderCard(card, { href }).html).toContain(`href="${href}"`);
    }
  });

  it.each(HOSTILE.filter((h) => !h.startsWith('//')))('is text, not a link, for %j', (href) => {
    const { html } = renderCard(card, { href });
    expect(html).toContain('Løftetjek · Se hele siden');
    expect(html).not.toMatch(/<a\b[^>]*href/);
  });
});
