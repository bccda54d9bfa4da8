// Every page kind rendered in Danish from a SYNTHETIC catalogue (names and figures made up for the
// test): no English word and no internal name may reach the reader. The catalogue writes every
// note and reason in both languages, and each English text below would fail the check if a Danish
// page showed it; only an element marked lang="en" is left out of the word check.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import type { Pledge, PledgeMeasure, SourceDocument } from '../../src/domain/pledge.ts';
import type { Metric, Series } from '../../src/domain/series.ts';
import { buildCardModel } from '../../scripts/pages/card-model.ts';
import { renderCard } from '../../scripts/pages/render-card.ts';
import type { AppData, PledgeOutcome } from '../../src/ui/app-data.ts';
import KommunePage from '../../src/ui/KommunePage.svelte';
import MethodPage from '../../src/ui/MethodPage.svelte';
import OverviewPage from '../../src/ui/OverviewPage.svelte';
import PledgePage from '../../src/ui/PledgePage.svelte';
import PrintSummary from '../../src/ui/PrintSummary.svelte';
import { pledgeView } from '../../src/views/pledge-view.ts';
import { measure, obs, pledge } from '../domain/fixtures.ts';

const TODAY = '2025-06-01';

// The pledge page builds its share link from the address bar.
(globalThis as { location?: unknown }).location = { href: 'https://example.org/' };

const METRIC: Metric = {
  id: 'syntetisk_maal_aarlig',
  titleDa: 'Personer i hjemløshed',
  titleEn: 'People experiencing homelessness',
  unit: 'persons',
  description: 'Syntetisk mål',
  source: 'Syntetisk kilde',
  // The curated metrics' licence, which the data writes in English.
  licence: "Figures quoted from public sources; see each figure's source",
  higherIsBetter: false,
};

function danishObs(
  label: string,
  value: number | null,
  extra: Parameters<typeof obs>[0] = {
    label,
    value,
  },
) {
  const o = obs({ ...extra, label, value });
  o.metric = METRIC.id;
  o.source = {
    title: 'Syntetisk statistik',
    url: 'https://example.org/syntetisk',
    retrieved: '2025-01-14',
  };
  return o;
}

const SERIES: Series = {
  metric: METRIC,
  kode: '751',
  observations: [
    danishObs('2019', 750),
    danishObs('2022', 507, { label: '2022', value: 507, flags: ['provisional', 'sub_area'] }),
    danishObs('2024', 656, { label: '2024', value: 656, quality: 'secondary' }),
    danishObs('2023', null, { label: '2023', value: null, flags: ['missing'] }),
  ],
};

/** A series the extract has no figures for (its table can be fetched). */
const EMPTY: Series = {
  metric: {
    ...METRIC,
    id: 'syntetisk_uden_tal',
    titleDa: 'Syntetiske behandlinger',
    source: 'Syntetisk statistikkontor',
    table: 'SYN7',
  },
  kode: '751',
  observations: [],
};

/** An indirect measure: context, so no comparator or target. */
function contextOnly(m: PledgeMeasure): PledgeMeasure {
  const { comparator: _c, target: _t, ...rest } = m;
  return rest;
}

const DOCUMENT: SourceDocument = {
  id: 'syntetisk-dokument',
  title: 'Syntetisk programudkast',
  kind: 'programme_draft',
  // The data's word when a document names no publisher.
  publisher: 'unknown',
  date: '2021-06-01',
  datePrecision: 'day',
  kode: '751',
  seedFile: 'syntetisk.txt',
} as SourceDocument;

const PLEDGES: Pledge[] = [
  pledge({
    id: 'syntetisk-maalt',
    documentId: DOCUMENT.id,
    headline: { da: 'Færre hjemløse i Aarhus', en: 'Fewer homeless people in Aarhus' },
    quote: 'Vi vil have højst 600 hjemløse.',
    actor: { type: 'unknown', name: 'unknown' },
    measure: measure({
      metric: METRIC.id,
      target: 600,
      deadline: '2024-12-31',
      targetFrom: 'interpretation',
      note: { da: 'Redaktionens note på dansk.', en: 'Editorial note in English.' },
    }),
    action: {
      status: 'not_started',
      reason: {
        da: 'Redaktionens begrundelse på dansk.',
        en: 'The editors wrote this reason in English.',
      },
      evidence: [
        {
          date: '2024-01-10',
          datePrecision: 'month',
          title: 'Syntetisk kilde',
          publisher: 'Syntetisk udgiver',
          note: { da: 'En dansk note.', en: 'An English note.' },
        },
      ],
    },
  }),
  pledge({
    id: 'syntetisk-uden-maal',
    documentId: DOCUMENT.id,
    headline: { da: 'Et nyt værested', en: 'A new drop-in centre' },
    quote: 'Vi vil åbne et værested.',
    kind: 'action',
    theme: 'social_services',
    actor: { type: 'party', name: 'Syntetisk parti' },
    measure: undefined,
    unmeasured: {
      status: 'series_not_in_extract',
      series: { da: 'Syntetisk serie over væresteder', en: 'Synthetic series of drop-in centres' },
      publisher: 'Syntetisk statistikkontor',
      how: { da: 'Løftetjek henter den ikke endnu.', en: 'Løftetjek does not fetch it yet.' },
    },
    action: {
      status: 'not_assessed',
      checked: '2025-05-01',
      evidence: [{ date: '2024-02-01', title: 'Syntetisk baggrund' }],
    },
  }),
  pledge({
    id: 'syntetisk-uden-tal',
    documentId: DOCUMENT.id,
    headline: { da: 'Færre i syntetisk behandling', en: 'Fewer in synthetic treatment' },
    quote: 'Vi vil have færre i behandling.',
    actor: { type: 'party', name: 'Syntetisk parti' },
    measure: contextOnly(
      measure({
        metric: EMPTY.metric.id,
        relation: 'indirect',
        why: { da: 'Dansk begrundelse for serien.', en: 'The reason in English.' },
        deadline: '2025-12-31',
      }),
    ),
  }),
  pledge({
    id: 'syntetisk-besparelse',
    documentId: DOCUMENT.id,
    headline: { da: 'Forslag 9.99: en syntetisk besparelse', en: 'Proposed cut 9.99' },
    quote: 'Vi foreslår en besparelse.',
    kind: 'proposed_cut',
    theme: 'budget',
    actor: { type: 'administration', name: 'Syntetisk forvaltning' },
    measure: undefined,
    unmeasured: {
      status: 'no_public_series',
      reason: { da: 'Ingen statistik tæller besparelsen.', en: 'No statistic counts the cut.' },
    },
    proposal: {
      status: 'unknown',
      reason: {
        da: 'Listen over vedtagne besparelser er ikke fundet.',
        en: 'The list is not found.',
      },
      question: { da: 'Blev forslaget vedtaget?', en: 'Was the proposal adopted?' },
      evidence: [],
    },
  }),
];

function appData(): AppData {
  const catalogue: Catalogue = {
    version: 2,
    builtAt: '2025-06-01T00:00:00Z',
    inputsSha256: 'x',
    pledges: PLEDGES,
    documents: [DOCUMENT],
    kommuner: [{ kode: '751', navn: 'Aarhus', region: 'Midtjylland' }],
    series: { 'syntetisk-maalt': SERIES, 'syntetisk-uden-tal': EMPTY },
    comparisons: [],
    fetchable: [EMPTY.metric.id],
    liveCheckable: [EMPTY.metric.id],
  };
  const outcomes = new Map<string, PledgeOutcome>();
  for (const p of PLEDGES) {
    const series = catalogue.series[p.id] ?? null;
    outcomes.set(p.id, { series, evaluation: evaluateOutcome(p, series, TODAY) });
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

const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/** The text a reader meets (text, aria-label, title, alt, placeholder), minus lang="en" parts. */
export function readerText(html: string): string {
  const out: string[] = [];
  const skip: string[] = []; // open elements inside a lang="en" subtree
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>|([^<]+)/g;
  let hidden = 0; // inside <style> or <script>
  for (const m of html.matchAll(re)) {
    const [, close, name = '', attrs = '', selfClose, text] = m;
    if (text !== undefined) {
      if (skip.length === 0 && hidden === 0) out.push(text);
      continue;
    }
    if (name === '') continue;
    const tag = name.toLowerCase();
    // Code (a flag's code on the method page) is an identifier, not prose in either language.
    if (tag === 'style' || tag === 'script' || tag === 'code') {
      hidden += close ? -1 : 1;
      continue;
    }
    if (close) {
      if (skip.length > 0) skip.pop();
      continue;
    }
    const english = /\blang="en"/.test(attrs);
    if (skip.length === 0 && !english) {
      for (const a of attrs.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)) {
        out.push(a[2] ?? '');
      }
    }
    if (selfClose || VOID.has(tag)) continue;
    if (skip.length > 0 || english) skip.push(tag);
  }
  return out
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

// Words that are English and not also ordinary Danish ("for", "at", "to", "i", "print" are
// Danish), lower case or capitalised, so "CC BY 4.0" is not taken for "by".
const ENGLISH_WORDS = [
  ...['the', 'and', 'of', 'with', 'from', 'is', 'are', 'was', 'not', 'by', 'this', 'that', 'yet'],
  ...['figure', 'figures', 'source', 'sources', 'target', 'pledge', 'pledges', 'retrieved'],
  ...['licence', 'outcome', 'action', 'deadline', 'municipality', 'people', 'share', 'copy'],
  ...['download', 'chart', 'breadcrumb', 'unknown', 'none', 'english', 'issue', 'tracker'],
];
const ENGLISH = new RegExp(
  `\\b(${ENGLISH_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\b`,
);
// File names, snake_case ids (metric ids, status and flag codes) and the data's "unknown".
const INTERNAL = /\b[\w-]+\.(csv|ya?ml|json|ts|txt|parquet)\b|\b[a-z0-9]+_[a-z0-9_]+\b|unknown/;

/** The first match with the words around it, so a failure says where it is. */
function around(text: string, pattern: RegExp): string | null {
  const m = pattern.exec(text);
  return m ? text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40) : null;
}

function pages(): [string, string][] {
  const data = appData();
  const navigate = () => {};
  const html = (component: Component<never>, props: Record<string, unknown>) =>
    render(component as Component<Record<string, unknown>>, { props }).body;
  const measured = PLEDGES[0]!;
  const outcome = data.outcomes.get(measured.id)!;
  const view = pledgeView({
    pledge: measured,
    document: DOCUMENT,
    kommuneName: () => 'Aarhus',
    series: SERIES,
    evaluation: outcome.evaluation,
    lang: 'da',
  });
  const card = (id: string) =>
    renderCard(
      buildCardModel({
        catalogue: data.catalogue,
        pledge: PLEDGES.find((p) => p.id === id)!,
        lang: 'da',
        today: TODAY,
      }),
      { href: '../' },
    ).html;
  return [
    ['overview', html(OverviewPage, { data, filter: {}, lang: 'da', navigate })],
    ...PLEDGES.map((p): [string, string] => [
      `pledge ${p.id}`,
      html(PledgePage, { data, view: { page: 'pledge', id: p.id }, lang: 'da', navigate }),
    ]),
    ['kommune', html(KommunePage, { data, kode: '751', lang: 'da', navigate })],
    ['method', html(MethodPage, { lang: 'da' })],
    [
      'print',
      html(PrintSummary, {
        pledge: measured,
        view,
        document: DOCUMENT,
        kommuneName: 'Aarhus',
        outcome,
        pageUrl: 'https://example.org/?p=syntetisk-maalt',
        today: TODAY,
        lang: 'da',
        navigate,
      }),
    ],
    ...PLEDGES.map((p): [string, string] => [`card ${p.id}`, card(p.id)]),
  ];
}

describe('Danish pages', () => {
  it('finds English and internal names where they are (the checker itself)', () => {
    const text = readerText(
      '<p>Kilde: x</p><p lang="en">The note</p><span aria-label="Copy link">y</span>' +
        '<p>curated-observations.csv</p><p>budget_expansion_social_area_annual</p><p>unknown</p>',
    );
    expect(text).not.toContain('The note');
    expect(text).toMatch(ENGLISH);
    for (const name of ['curated-observations.csv', 'budget_expansion_social_area_annual'])
      expect(text).toContain(name);
    expect(text.match(new RegExp(INTERNAL, 'g'))).toHaveLength(3);
  });

  it.each(pages())('%s has no English words and no internal names', (_name, html) => {
    const text = readerText(html);
    expect(text.length).toBeGreaterThan(40);
    expect(around(text, ENGLISH)).toBeNull();
    expect(around(text, INTERNAL)).toBeNull();
  });

  it('writes a target with its unit on the scorecard as on the pledge page', () => {
    const pages_ = new Map(pages());
    const target = /≤ 600(&nbsp;|\s)+[^<\s]+/.exec(pages_.get('pledge syntetisk-maalt') ?? '')?.[0];
    expect(target).toMatch(/^≤ 600\s+\S+$/);
    expect(pages_.get('kommune')).toContain(target);
  });

  it('shows the editorial headline, not a quote fragment, as the title', () => {
    for (const [name, html] of pages().filter(([n]) => /^(pledge|card|print)/.test(n))) {
      expect(html, name).toMatch(
        /<h1[^>]*>(Færre hjemløse i Aarhus|Et nyt værested|Forslag 9\.99: en syntetisk besparelse|Færre i syntetisk behandling)<\/h1>/,
      );
    }
  });
});

describe('one spelling per status', () => {
  it('names not_started the same in the overview filter, the badges and the method page', () => {
    const html = Object.fromEntries(pages());
    const filter = /<option value="not_started">([^<(]+?)\s*\(/.exec(html.overview ?? '')?.[1];
    const badge = /data-testid="action-badge">[^:]+: ([^<]+)</.exec(
      html['pledge syntetisk-maalt'] ?? '',
    )?.[1];
    expect(filter).toBe('Ikke påbegyndt');
    expect(badge).toBe('Ikke påbegyndt');
    expect(html.method).toMatch(/<dt[^>]*>Ikke påbegyndt(<!--[^>]*-->)*<\/dt>/);
  });
});

describe('Danish pledge pages say where each pledge stands (issue 15)', () => {
  const page = (id: string) => new Map(pages()).get(`pledge ${id}`) ?? '';
  // readerText joins text nodes with a space, also where the markup has none before a comma.
  const text = (id: string) => readerText(page(id)).replace(/ ([:,.])/g, '$1');

  it('names a series that is not in the extract, its publisher and table, and how to get it', () => {
    const shown = text('syntetisk-uden-tal');
    expect(shown).toContain(
      'Serien findes, men er ikke i de medfølgende data: Syntetiske behandlinger (Syntetisk statistikkontor, tabel SYN7).',
    );
    expect(shown).toContain('Tallene kan hentes med kommandoen');
    expect(page('syntetisk-uden-tal')).toContain('<code>npm run data:fetch</code>');
    expect(shown).toContain(
      'Knappen »Tjek for nyere tal hos Danmarks Statistik« henter dem direkte.',
    );
    expect(shown).toContain(
      'Indirekte mål: baggrund, giver ikke nået/ikke nået. Hvorfor denne serie: Dansk begrundelse for serien.',
    );
  });

  it('shows the Danish reason, evidence note and date precision of the action', () => {
    const shown = text('syntetisk-maalt');
    expect(shown).toContain('Ikke påbegyndt: Redaktionens begrundelse på dansk.');
    expect(shown).toContain('jan. 2024: Syntetisk kilde, Syntetisk udgiver – En dansk note.');
    expect(shown).toContain('Sådan måles løftet Redaktionens note på dansk.');
  });

  it('says no deciding source was found, and which series would measure the pledge', () => {
    const shown = text('syntetisk-uden-maal');
    expect(shown).toContain('Ingen afgørende kilde fundet pr. 1. maj 2025.');
    expect(shown).toContain(
      'Serien findes, men er ikke i de medfølgende data: Syntetisk serie over væresteder (Syntetisk statistikkontor). Løftetjek henter den ikke endnu.',
    );
  });

  it('shows a proposed cut’s status where other pledges show the action', () => {
    const shown = text('syntetisk-besparelse');
    expect(shown).toContain('Forslag: Ukendt');
    expect(shown).toContain(
      'Blev forslaget vedtaget? Ukendt: Listen over vedtagne besparelser er ikke fundet.',
    );
    expect(shown).not.toContain('Handling: Ikke vurderet');
  });
});
