// The pledge view on SYNTHETIC pledges and series (tests/domain/fixtures.ts); the figures are
// made up for the test.
import { describe, expect, it } from 'vitest';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import type { Lang } from '../../src/domain/format.ts';
import type { Pledge, SourceDocument } from '../../src/domain/pledge.ts';
import type { Series } from '../../src/domain/series.ts';
import { licenceText, pledgeHeadline, pledgeView } from '../../src/views/pledge-view.ts';
import { METRIC, measure, obs, pledge, series } from '../domain/fixtures.ts';

const DOCUMENT = {
  id: 'synthetic-doc',
  title: 'Syntetisk budgetaftale',
  kind: 'agreement',
  publisher: 'Syntetisk Kommune',
  date: '2021-06-01',
  datePrecision: 'month',
  kode: '751',
  seedFile: 'synthetic.txt',
} as SourceDocument;

const names: Record<string, string> = { '751': 'Aarhus', '000': 'Hele landet' };

function view(p: Pledge, s: Series | null, lang: Lang, document: SourceDocument = DOCUMENT) {
  return pledgeView({
    pledge: p,
    document,
    kommuneName: (kode) => names[kode] ?? kode,
    series: s,
    evaluation: evaluateOutcome(p, s, '2025-03-01'),
    lang,
  });
}

const figures = series([
  obs({ label: '2019', value: 750 }),
  obs({ label: '2022', value: 600 }),
  obs({ label: '2024', value: 556 }),
]);

describe('pledgeHeadline', () => {
  it('is the editorial headline in the page language', () => {
    const p = pledge({ headline: { da: 'Færre hjemløse', en: 'Fewer homeless people' } });
    expect(pledgeHeadline(p, 'da')).toBe('Færre hjemløse');
    expect(pledgeHeadline(p, 'en')).toBe('Fewer homeless people');
  });

  it('falls back to the quote and the English summary in a catalogue without headlines', () => {
    const p = pledge({ headline: { da: ' ', en: '' } });
    expect(pledgeHeadline(p, 'da')).toBe(p.quote);
    expect(pledgeHeadline(p, 'en')).toBe(p.summaryEn);
  });
});

describe('pledgeView', () => {
  it('gives the kicker, the byline and the quote with where it comes from', () => {
    const v = view(pledge(), figures, 'da');
    expect(v.kicker).toBe('Aarhus · Hjemløshed · Mål med frist');
    expect(v.byline).toBe('Aarhus · Syntetisk budgetaftale · jun. 2021');
    expect(v.document).toEqual({
      title: 'Syntetisk budgetaftale',
      url: null,
      publisher: 'Syntetisk Kommune',
      date: 'jun. 2021',
    });
    expect(v.actor).toBe('Synthetic party');
    expect(v.quote).toBe(pledge().quote);
  });

  it('never shows the data’s "unknown" as a publisher or an actor', () => {
    const p = pledge({ actor: { type: 'unknown', name: 'unknown' } });
    const v = view(p, figures, 'da', { ...DOCUMENT, publisher: 'unknown' });
    expect(v.document.publisher).toBeNull();
    expect(v.actor).toBe('ikke oplyst i dokumentet');
    expect(view(p, figures, 'en').actor).toBe('not stated in the document');
  });

  it('names the document by its id when the catalogue lacks it', () => {
    const v = pledgeView({
      pledge: pledge(),
      document: undefined,
      kommuneName: (kode) => kode,
      series: figures,
      evaluation: evaluateOutcome(pledge(), figures, '2025-03-01'),
      lang: 'da',
    });
    expect(v.document.title).toBe('synthetic-doc');
    expect(v.document.publisher).toBeNull();
  });

  it('gives both verdicts with their labels, the sentence and the reasons', () => {
    const v = view(pledge(), figures, 'da');
    expect(v.outcome).toEqual({ status: 'toward_target', label: 'På vej mod målet' });
    expect(v.decision.status).toBe('not_assessed');
    expect(v.decision.label).toBe('Ikke vurderet');
    expect(v.sentence).toMatch(/^I 2024 var der 556 personer i hjemløshed i Aarhus/);
    const none = view(pledge({ measure: undefined }), null, 'en');
    // The sentence says it, so the list under it does not repeat it.
    expect(none.sentence.toLowerCase()).toContain('no public statistic measures the pledge');
    expect(none.reasons).toEqual([]);
    expect(none.outcome.label).toBe('Cannot be assessed');
  });

  it('does not repeat under the sentence a reason the sentence already gives', () => {
    const v = view(pledge({}, { relation: 'indirect' }), figures, 'da');
    expect(v.outcome.status).toBe('trend_only');
    const said = v.reasons.filter((r) => v.sentence.toLowerCase().includes(r.toLowerCase()));
    expect(said).toEqual([]);
    expect(v.sentence).toMatch(/baggrund/);
  });

  it('also when the sentence gives the reason in lower case, mid-sentence', () => {
    const stopped = series([], {
      ...METRIC,
      discontinued: {
        lastPeriod: '2019',
        date: '2020-01-01',
        note: { da: 'Syntetisk: serien stoppede.', en: 'Synthetic: the series stopped.' },
        sourceTitle: 'Syntetisk kilde',
      },
    });
    const v = view(pledge({}, { deadline: '2025-12-31' }), stopped, 'da');
    expect(v.sentence).toMatch(/serien er ophørt/);
    expect(v.reasons.filter((r) => v.sentence.toLowerCase().includes(r.toLowerCase()))).toEqual([]);
  });

  it('gives the target line with unit, deadline and end of term', () => {
    const v = view(pledge(), figures, 'da');
    expect(v.target).toBe('≤ 150 persons');
    expect(v.targetLine).toBe(
      'Mål: ≤ 150 persons · Frist: 31. dec. 2030 · Valgperiodens slut: 31. dec. 2021',
    );
    const withUnit = series(figures.observations, {
      ...METRIC,
      unitDa: 'personer',
      unitEn: 'people',
    });
    expect(view(pledge(), withUnit, 'en').target).toBe('≤ 150 people');
    expect(view(pledge({ measure: undefined }), null, 'da').targetLine).toBeNull();
  });

  it('says when the target is our interpretation', () => {
    expect(view(pledge(), figures, 'da').caveats).toEqual([]);
    const read = pledge({}, { targetFrom: 'interpretation' });
    expect(view(read, figures, 'da').caveats).toEqual([
      'Målet er Løftetjeks fortolkning: dokumentet angiver en retning, men intet tal.',
    ]);
  });

  it('lists the sources on one line with the latest retrieval date', () => {
    const s = series([
      obs({ label: '2022', value: 600 }),
      {
        ...obs({ label: '2024', value: 556 }),
        source: {
          title: 'Anden kilde',
          url: 'https://example.org/b',
          table: 'T1',
          retrieved: '2025-02-03',
        },
      },
    ]);
    expect(view(pledge(), s, 'da').sourcesLine).toBe(
      'Kilder: Anden kilde (T1); Synthetic; hentet 3. feb. 2025.',
    );
    expect(view(pledge(), figures, 'en').sourcesLine).toBe(
      'Source: Synthetic; retrieved 1 Jan 2025.',
    );
    expect(view(pledge(), null, 'da').sourcesLine).toBe('Ingen offentlige tal måler løftet endnu.');
  });

  it("names a table once when the source's label already names it", () => {
    const s = series([
      {
        ...obs({ label: '2024', value: 556 }),
        source: {
          title: 'Jobindsats.dk, y60a02: Kontanthjælp',
          url: 'https://example.org/j',
          table: 'y60a02',
          retrieved: '2025-02-03',
        },
      },
    ]);
    expect(view(pledge(), s, 'da').sourcesLine).toBe(
      'Kilde: Jobindsats.dk, y60a02: Kontanthjælp; hentet 3. feb. 2025.',
    );
  });

  it('gives the chart its input, title, labels and a text alternative with every figure', () => {
    const chart = view(pledge(), figures, 'da').chart;
    expect(chart?.input.points).toHaveLength(3);
    expect(chart?.title).toBe('Personer i hjemløshed, Aarhus');
    expect(chart?.labels).toEqual({
      target: 'Mål 150',
      pledge: 'Løftet givet',
      deadline: 'Frist',
      termEnd: 'Valgperiodens slut',
    });
    expect(chart?.description).toMatch(/ 2019: 750; 2022: 600; 2024: 556$/);
  });

  it('has no chart without dated figures, and none without a measure', () => {
    const undated = series([obs({ label: 'n/a', value: 5, start: null })]);
    expect(view(pledge(), undated, 'da').chart).toBeNull();
    expect(view(pledge({ measure: undefined }), figures, 'da').chart).toBeNull();
  });

  it('measures a pledge where its measure is, e.g. for the whole country', () => {
    const p = pledge({}, { ...measure(), kode: '000' });
    const v = view(p, figures, 'da');
    expect(v.kommune).toBe('Aarhus');
    expect(v.measureKommune).toBe('Hele landet');
    expect(v.chart?.title).toBe('Personer i hjemløshed, Hele landet');
  });
});

describe('licenceText', () => {
  it('reads the curated licence in Danish on a Danish page and leaves others as written', () => {
    const curated = "Figures quoted from public sources; see each figure's source";
    expect(licenceText(curated, 'da')).toBe(
      'Tal citeret fra offentlige kilder; se kilden ved hvert tal',
    );
    expect(licenceText(curated, 'en')).toBe(curated);
    expect(licenceText('CC BY 4.0 (Kilde: Danmarks Statistik)', 'da')).toBe(
      'CC BY 4.0 (Kilde: Danmarks Statistik)',
    );
    expect(licenceText('  ', 'da')).toBeNull();
  });
});

describe('pledgeView: which series, and the editorial decision (issue 15)', () => {
  const empty = series([], { ...METRIC, source: 'Syntetisk statistikkontor', table: 'SYN9' });

  it('labels the relation and says why the series was chosen, in the page language', () => {
    const direct = view(pledge(), figures, 'da').notes;
    expect(direct.relation).toBe('Direkte mål');
    expect(direct.why).toBe('Syntetisk begrundelse.');
    const indirect = view(pledge({}, { relation: 'indirect' }), figures, 'en').notes;
    expect(indirect.relation).toBe('Indirect measure: context, gives no met/not met');
    expect(indirect.why).toBe('Synthetic reason.');
    expect(
      view(pledge({}, { note: { da: 'Forbehold.', en: 'Caveat.' } }), figures, 'da').notes.note,
    ).toBe('Forbehold.');
  });

  it.each([
    [false, false, null, null],
    [true, false, 'npm run data:fetch', null],
    [
      true,
      true,
      'npm run data:fetch',
      'Knappen »Tjek for nyere tal hos Danmarks Statistik« henter dem direkte.',
    ],
  ])(
    'names a series that is not in the extract, with its publisher and table (fetchable %s, live %s)',
    (fetchable, liveCheckable, fetch, live) => {
      const p = pledge();
      const v = pledgeView({
        pledge: p,
        document: DOCUMENT,
        kommuneName: (kode) => names[kode] ?? kode,
        series: empty,
        evaluation: evaluateOutcome(p, empty, '2025-03-01'),
        lang: 'da',
        fetchable,
        liveCheckable,
      });
      expect(v.notes.missing).toEqual({
        text: 'Serien findes, men er ikke i de medfølgende data: Personer i hjemløshed (Syntetisk statistikkontor, tabel SYN9).',
        fetchCommand: fetch,
        liveCheck: live,
      });
    },
  );

  it('says a series has stopped, with the note and its source, when it stopped before the deadline', () => {
    const stopped = series(figures.observations, {
      ...METRIC,
      discontinued: {
        lastPeriod: '2024',
        date: '2025-01-01',
        note: { da: 'Syntetisk: indberetningen ophørte.', en: 'Synthetic: reporting stopped.' },
        sourceTitle: 'Syntetisk dokumentation',
        sourceUrl: 'https://example.org/dok',
      },
    });
    const late = pledge({}, { deadline: '2025-12-31' });
    expect(view(late, stopped, 'da').notes.discontinued).toEqual({
      text: 'Serien er ophørt: Syntetisk: indberetningen ophørte.',
      sourceTitle: 'Syntetisk dokumentation',
      sourceUrl: 'https://example.org/dok',
    });
    expect(
      view(pledge({}, { deadline: '2024-12-31' }), stopped, 'da').notes.discontinued,
    ).toBeNull();
  });

  it('says which series would measure an unmeasured pledge, or why none does', () => {
    const elsewhere = pledge({
      measure: undefined,
      unmeasured: {
        status: 'series_not_in_extract',
        series: { da: 'Syntetisk varighed', en: 'Synthetic duration' },
        publisher: 'Syntetisk kontor',
        table: 'y99',
        how: { da: 'Kræver en nøgle.', en: 'Needs a key.' },
      },
    });
    expect(view(elsewhere, null, 'da').notes.missing?.text).toBe(
      'Serien findes, men er ikke i de medfølgende data: Syntetisk varighed (Syntetisk kontor, y99). Kræver en nøgle.',
    );
    const none = pledge({
      measure: undefined,
      unmeasured: {
        status: 'no_public_series',
        reason: { da: 'Ingen tæller det.', en: 'Nobody counts it.' },
      },
    });
    expect(view(none, null, 'da').notes.missing?.text).toBe(
      'Ingen offentlig statistik måler dette: Ingen tæller det.',
    );
    expect(view(none, null, 'en').notes.missing?.text).toBe(
      'No public statistic measures this: Nobody counts it.',
    );
    expect(view(none, null, 'da').notes.relation).toBeNull();
  });

  it('gives the action’s reason and evidence in the page language, dates as precise as known', () => {
    const p = pledge({
      action: {
        status: 'kept',
        reason: { da: 'Det skete.', en: 'It happened.' },
        evidence: [
          {
            date: '2021-03-01',
            datePrecision: 'month',
            title: 'Syntetisk pressemeddelelse',
            publisher: 'Syntetisk Kommune',
            note: { da: 'Dansk note.', en: 'English note.' },
          },
        ],
      },
    });
    const d = view(p, figures, 'da').decision;
    expect(d).toMatchObject({
      kind: 'action',
      label: 'Holdt',
      reason: 'Det skete.',
      checked: null,
    });
    expect(d.evidence).toEqual([
      {
        date: 'mar. 2021',
        title: 'Syntetisk pressemeddelelse',
        url: null,
        publisher: 'Syntetisk Kommune',
        note: 'Dansk note.',
      },
    ]);
    expect(view(p, figures, 'en').decision.evidence[0]?.note).toBe('English note.');
  });

  it('says a verdict rests on weak evidence, in the label the card and badges show', () => {
    const action = {
      status: 'in_progress' as const,
      reason: { da: 'Syntetisk grund.', en: 'Synthetic reason.' },
      evidence: [{ date: '2023-02-24', title: 'Syntetisk kilde' }],
    };
    const weak = view(pledge({ action: { ...action, confidence: 'low' } }), figures, 'da').decision;
    expect(weak.label).toBe('I gang (svagt belæg)');
    expect(weak.weak).toBe(true);
    const firm = view(pledge({ action }), figures, 'en').decision;
    expect(firm.label).toBe('In progress');
    expect(firm.weak).toBe(false);
  });

  it('says no deciding source was found as of the day the editors looked', () => {
    const p = pledge({
      action: {
        status: 'not_assessed',
        checked: '2026-12-02',
        evidence: [{ date: '2022-09-08', title: 'Syntetisk baggrund' }],
      },
    });
    const d = view(p, figures, 'da').decision;
    expect(d.checked).toBe('Ingen afgørende kilde fundet pr. 2. dec. 2026');
    expect(d.evidence.map((e) => e.title)).toEqual(['Syntetisk baggrund']);
    expect(view(pledge(), figures, 'da').decision.checked).toBeNull();
  });

  it.each([
    ['adopted', 'Vedtaget', 'Adopted'],
    ['dropped', 'Droppet', 'Dropped'],
    ['changed', 'Ændret', 'Changed'],
    ['unknown', 'Ukendt', 'Unknown'],
  ] as const)('shows a proposed cut’s status %s where others show the action', (status, da, en) => {
    const p = pledge({
      kind: 'proposed_cut',
      measure: undefined,
      unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
      proposal: {
        status,
        reason: { da: 'Syntetisk grund.', en: 'Synthetic reason.' },
        question: { da: 'Blev det vedtaget?', en: 'Was it adopted?' },
        evidence: [{ date: '2023-01-01', datePrecision: 'year', title: 'Syntetisk budget' }],
      },
    });
    const d = view(p, null, 'da').decision;
    expect(d).toMatchObject({
      kind: 'proposal',
      heading: 'Blev forslaget vedtaget?',
      term: 'Forslag',
      label: da,
      proposal: status,
      reason: 'Syntetisk grund.',
    });
    expect(d.evidence[0]?.date).toBe('2023');
    expect(view(p, null, 'en').decision.label).toBe(en);
  });
});
