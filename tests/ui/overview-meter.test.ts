// The overview's meter, date and per-kommune summary rendered on the server (svelte/server, no
// window or location, as the build's prerender does) from a SYNTHETIC catalogue: made-up pledges
// in two real kommune names, figures invented for the test.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { ACTION_STATUSES, type Pledge, type SourceDocument } from '../../src/domain/pledge.ts';
import type { Series } from '../../src/domain/series.ts';
import type { AppData, PledgeOutcome } from '../../src/ui/app-data.ts';
import OverviewPage from '../../src/ui/OverviewPage.svelte';
import type { Lang, OverviewFilter } from '../../src/ui/state/url-state.ts';
import { obs, pledge, series } from '../domain/fixtures.ts';

const TODAY = '2025-06-01';

const DOCUMENT = {
  id: 'syntetisk-dokument',
  title: 'Syntetisk aftale',
  kind: 'agreement',
  publisher: 'Syntetisk Kommune',
  date: '2021-06-01',
  datePrecision: 'day',
  kode: '751',
  seedFile: 'syntetisk.txt',
} as SourceDocument;

function figures(retrieved: string): Series {
  const s = series([obs({ label: '2022', value: 500 }), obs({ label: '2023', value: 480 })]);
  for (const o of s.observations) o.source = { ...o.source, retrieved };
  return s;
}

const PLEDGES: Pledge[] = [
  pledge({ id: 'aarhus-maalt', kode: '751', documentId: DOCUMENT.id }),
  pledge({
    id: 'aarhus-holdt',
    kode: '751',
    documentId: DOCUMENT.id,
    kind: 'action',
    measure: undefined,
    action: { status: 'kept', reason: { da: 'Gjort.', en: 'Done.' }, evidence: [] },
  }),
  pledge({
    id: 'aalborg-i-gang',
    kode: '851',
    documentId: DOCUMENT.id,
    kind: 'action',
    measure: undefined,
    action: { status: 'in_progress', reason: { da: 'I gang.', en: 'Started.' }, evidence: [] },
  }),
];

function appData(): AppData {
  const catalogue: Catalogue = {
    version: 2,
    builtAt: '2025-06-01T00:00:00Z',
    inputsSha256: 'x',
    pledges: PLEDGES,
    documents: [DOCUMENT],
    kommuner: [
      { kode: '751', navn: 'Aarhus', region: 'Midtjylland' },
      { kode: '851', navn: 'Aalborg', region: 'Nordjylland' },
    ],
    // The overview's date is the latest of these, not the build date.
    series: { 'aarhus-maalt': figures('2025-01-14') },
    comparisons: [],
  };
  const outcomes = new Map<string, PledgeOutcome>();
  for (const p of PLEDGES) {
    const s = catalogue.series[p.id] ?? null;
    outcomes.set(p.id, { series: s, evaluation: evaluateOutcome(p, s, TODAY) });
  }
  return {
    baseUrl: 'https://example.org/data/',
    catalogue,
    pledges: PLEDGES,
    documents: new Map([[DOCUMENT.id, DOCUMENT]]),
    kommuner: new Map(catalogue.kommuner.map((k) => [k.kode, k])),
    outcomes,
    today: TODAY,
  };
}

function page(filter: OverviewFilter = {}, lang: Lang = 'da'): string {
  const data = appData();
  return render(OverviewPage, { props: { data, filter, lang, navigate: () => {} } }).body;
}

/** The text of the element with this test id (its first occurrence), tags dropped. */
function text(html: string, testid: string): string {
  const start = html.indexOf(`data-testid="${testid}"`);
  if (start < 0) throw new Error(`no ${testid} in the page`);
  const open = html.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
  // Count nested elements of the same tag to find the matching close.
  const re = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  re.lastIndex = open + 1;
  let depth = 1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) break;
  }
  return html
    .slice(open, m!.index)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const count = (html: string, status: string) => Number(text(html, `count-${status}`));

describe('overview meter (server-rendered)', () => {
  it('renders without a browser: no window, no location', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(() => page()).not.toThrow();
  });

  it('counts every status of both verdicts, adding up to the pledges shown', () => {
    const html = page();
    for (const statuses of [OUTCOME_STATUSES, ACTION_STATUSES])
      expect(statuses.reduce((n, s) => n + count(html, s), 0)).toBe(PLEDGES.length);
    expect(count(html, 'kept')).toBe(1);
    expect(count(html, 'in_progress')).toBe(1);
    expect(count(html, 'not_assessed')).toBe(1);
    expect(text(html, 'meter-heading')).toBe('Vurderingerne af alle 3 løfter');
    // A legend and the way to the method.
    expect(html).toMatch(/href="\?page=method"/);
  });

  it('counts what the filters show, and says so', () => {
    const html = page({ kode: '751' });
    expect(text(html, 'meter-heading')).toBe('Vurderingerne af de 2 løfter, filtrene viser (af 3)');
    expect(count(html, 'in_progress')).toBe(0);
    expect(count(html, 'kept')).toBe(1);
  });

  it('states what is true when the filters leave nothing', () => {
    const html = page({ kode: '851', action: 'kept' });
    expect(text(html, 'meter-heading')).toBe('Ingen af de 3 løfter passer til filtrene');
    expect(text(html, 'meter-empty')).toBe(
      'Derfor er alle tal herunder 0. 0 med »Holdt«. Det ene løfte, der passer til de øvrige filtre: I gang 1.',
    );
    for (const s of [...OUTCOME_STATUSES, ...ACTION_STATUSES]) expect(count(html, s)).toBe(0);
    // The summary keeps every kommune, with 0 of its pledges shown.
    expect(text(html, 'summary-row-751')).toMatch(/^Aarhus .*0 af 2 .*ingen vist/);
  });

  it('gives the latest retrieval date of the figures in Danish', () => {
    expect(text(page(), 'latest-retrieval')).toMatch(/^Seneste tal hentet 14\. jan\. 2025\./);
    expect(text(page({}, 'en'), 'latest-retrieval')).toMatch(
      /^Latest figures retrieved 14 Jan 2025\./,
    );
  });

  it('summarises each kommune in Danish order, linking to its scorecard', () => {
    const html = page();
    const rows = [...html.matchAll(/data-testid="summary-row-(\d{3})"/g)].map((m) => m[1]);
    // Both sort as Å (Danish aa); then l before r.
    expect(rows).toEqual(['851', '751']);
    expect(html).toContain('href="?kommune=851"');
    expect(html).toContain('href="?kommune=751"');
    expect(text(html, 'summary-row-751')).toMatch(/^Aarhus .*2 .*1 /);
  });

  it('folds the filters behind a button that says how many are set', () => {
    expect(text(page(), 'filters-toggle')).toBe('Filtre (ingen valgt)');
    expect(text(page({ kode: '751', q: 'hjem' }), 'filters-toggle')).toBe('Filtre (2 valgte)');
    expect(page()).toMatch(/aria-expanded="false"[^>]*aria-controls="filters-panel"/);
  });
});
