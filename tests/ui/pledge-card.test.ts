// The one pledge card (src/components/PledgeCard.svelte) in each of its variants, rendered from
// one pledge view of a SYNTHETIC pledge: every variant shows the same headline and verdict, and
// each keeps what its place needs (the page's test ids, the embed's plain HTML, the og chart).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PledgeCard from '../../src/components/PledgeCard.svelte';
import type { CardVariant } from '../../src/components/card/card-variant.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { pledgeView, type PledgeView } from '../../src/views/pledge-view.ts';
import { measure, obs, pledge, series } from '../domain/fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)> & </h1><script>alert(2)</script>';

function view(overrides: { quote?: string; figures?: boolean } = {}): PledgeView {
  const p = {
    ...pledge({ measure: measure({ target: 600, deadline: '2024-12-31' }) }),
    quote: overrides.quote ?? 'Vi vil have højst 600.',
  };
  const s =
    overrides.figures === false
      ? null
      : series([obs({ label: '2019', value: 750 }), obs({ label: '2022', value: 507 })]);
  return pledgeView({
    pledge: p,
    document: undefined,
    kommuneName: () => 'Aarhus',
    series: s,
    evaluation: evaluateOutcome(p, s, '2025-06-01'),
    lang: 'da',
  });
}

const html = (v: PledgeView, variant: CardVariant, props: Record<string, unknown> = {}) =>
  render(PledgeCard, { props: { view: v, variant, ...props } }).body.replace(
    /<!--[\s\S]*?-->/g,
    '',
  );

describe('the pledge card', () => {
  it('shows the same headline and outcome on the page, in print and in the embed', () => {
    const v = view();
    for (const variant of ['page', 'print', 'embed'] as const) {
      const out = html(v, variant, { href: '../' });
      expect(out, variant).toContain(v.headline);
      expect(out, variant).toContain(`Resultat: ${v.outcome.label}`);
      expect(out, variant).toContain(v.sentence);
    }
  });

  it('keeps the page’s test ids and leaves the chart to the series view', () => {
    const out = html(view(), 'page');
    expect(out).toContain('data-testid="pledge-headline"');
    expect(out).toContain('data-testid="outcome-sentence"');
    expect(out).not.toContain('<svg');
  });

  it('draws the chart in print and in the embed, with ids of their own', () => {
    expect(html(view(), 'print')).toContain('id="print-chart-title"');
    expect(html(view(), 'embed', { href: '../' })).toContain('id="card-chart-da-title"');
  });

  it('renders the embed as plain HTML: no script, the sources on one line, a link to the page', () => {
    const v = view();
    const out = html(v, 'embed', { href: '../../p/x/', target: '_blank' });
    expect(out).toMatch(/^<article class="lt-card"/);
    expect(out).not.toContain('<script');
    expect(out).toContain(`<p class="lt-source">${v.sourcesLine}</p>`);
    expect(out).toMatch(/<a href="..\/..\/p\/x\/" target="_blank" rel="noopener noreferrer">/);
  });

  it('says on a vintage embed that newer figures give another verdict', () => {
    const out = html(view(), 'embed', { href: '../', newerNotice: 'Nyere tal: Ikke nået.' });
    expect(out).toContain('data-testid="card-newer">Nyere tal: Ikke nået.</p>');
  });

  it('escapes hostile catalogue text in every variant', () => {
    const v = view({ quote: HOSTILE });
    for (const variant of ['page', 'print', 'embed'] as const) {
      const out = html(v, variant, { href: '../' });
      expect(out, variant).not.toContain('<script>alert(2)</script>');
      expect(out, variant).not.toContain('<img src=x');
      expect(out, variant).toContain('&lt;img src=x onerror=alert(1)>');
    }
  });

  it('gives the og variant the chart alone, and nothing without figures', () => {
    const out = html(view(), 'og').trim();
    expect(out).toMatch(/^<svg [^>]*aria-labelledby="og-chart-title og-chart-desc"/);
    expect(out).toMatch(/<\/svg>$/);
    expect(html(view({ figures: false }), 'og').trim()).toBe('');
  });
});
