// Draft questions built from SYNTHETIC pledges and series; every figure is made up for the tests.
import { describe, it, expect } from 'vitest';
import { draftCouncilQuestion } from '../../src/domain/council-question.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { OUTCOME_LABELS } from '../../src/domain/outcome.ts';
import type { Lang } from '../../src/domain/format.ts';
import type { Pledge, SourceDocument } from '../../src/domain/pledge.ts';
import type { Observation, Series } from '../../src/domain/series.ts';
import { obs, pledge, series, yearly } from './fixtures.ts';

const DOC: SourceDocument = {
  id: 'synthetic-doc',
  title: 'Syntetisk budgetforlig',
  kind: 'agreement',
  publisher: 'Synthetic',
  date: '2021-06-04',
  datePrecision: 'day',
  kode: '751',
  seedFile: 'synthetic.txt',
};

const PLEDGE = pledge(
  {
    quote: 'Vi vil have højst 150 hjemløse i 2030.',
    actor: { type: 'person', name: 'Partiet A', person: 'Søren Ørsted' },
    date: '2021-06-04',
  },
  { baseline: { period: '2017', value: 772 } },
);

function withSource(o: Observation): Observation {
  return {
    ...o,
    source: {
      title: 'Syntetisk statistik',
      url: 'https://example.org/synthetic',
      table: 'SYN',
      retrieved: '2025-01-14',
    },
  };
}

const SERIES = series(yearly({ 2017: 772, 2022: 608, 2024: 556 }).map(withSource));

interface Args {
  pledge?: Pledge;
  document?: SourceDocument | undefined;
  series?: Series | null;
  lang?: Lang;
  today?: string;
}

function draft(a: Args = {}) {
  const p = a.pledge ?? PLEDGE;
  const s = a.series === undefined ? SERIES : a.series;
  const today = a.today ?? '2025-03-07';
  const args = {
    pledge: p,
    document: 'document' in a ? a.document : DOC,
    kommuneName: 'Aarhus',
    series: s,
    evaluation: evaluateOutcome(p, s, today),
    lang: a.lang ?? 'da',
    today,
  };
  return { args, ...draftCouncilQuestion(args) };
}

/** Numbers as a reader sees them in the text, parsed back ('1.234,5' in Danish). */
function numbersIn(text: string, lang: Lang): number[] {
  const pattern = lang === 'da' ? /\d+(?:\.\d{3})*(?:,\d+)?/g : /\d+(?:,\d{3})*(?:\.\d+)?/g;
  return (text.match(pattern) ?? []).map((t) =>
    Number(lang === 'da' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '')),
  );
}

/** Every number that appears anywhere in the arguments, dates split into their parts. */
function numbersOf(args: unknown): Set<number> {
  return new Set((JSON.stringify(args).match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
}

const bullets = (body: string): string[] => body.split('\n').filter((l) => l.startsWith('– '));

describe('draftCouncilQuestion', () => {
  it('uses exactly the numbers of the fixtures (Danish)', () => {
    const { body, subject } = draft();
    // pledge/document date 4. jun. 2021; quote 150, 2030; target 150; deadline 31. dec. 2030;
    // baseline 772 in 2017; latest 556 for 2024; retrieved 14. jan. 2025; today 7. mar. 2025.
    expect(new Set(numbersIn(body, 'da'))).toEqual(
      new Set([4, 2021, 150, 2030, 31, 772, 2017, 556, 2024, 14, 2025, 7]),
    );
    expect(body).not.toContain('608'); // not the latest figure
    expect(numbersIn(subject, 'da')).toEqual([]);
  });

  it('quotes the pledge verbatim with its document, date and who made it', () => {
    const { body } = draft();
    expect(body).toContain(
      'I »Syntetisk budgetforlig« (4. jun. 2021) skrev Søren Ørsted (Partiet A): ' +
        '»Vi vil have højst 150 hjemløse i 2030.«',
    );
  });

  it('states the target, deadline, baseline and latest figure with period and source', () => {
    const { body } = draft();
    expect(body).toContain('Målet er højst 150 personer med frist 31. dec. 2030.');
    expect(body).toContain('Fristen er endnu ikke nået.');
    expect(body).toContain('Løftet tager udgangspunkt i 772 personer i 2017.');
    expect(body).toContain(
      'Det seneste offentliggjorte tal for personer i hjemløshed i Aarhus er 556 personer for 2024 ' +
        '(kilde: Syntetisk statistik, tabel SYN, hentet 14. jan. 2025, https://example.org/synthetic).',
    );
  });

  it('states the status in words and asks two or three concrete questions', () => {
    const { body, subject, args } = draft();
    expect(subject).toBe('Spørgsmål til forvaltningen: personer i hjemløshed i Aarhus');
    expect(args.evaluation.status).toBe('toward_target');
    expect(body).toContain(
      `Status ud fra de offentliggjorte tal: ${OUTCOME_LABELS.toward_target.da}.`,
    );
    const qs = bullets(body);
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs.length).toBeLessThanOrEqual(3);
    expect(qs.every((q) => q.endsWith('?'))).toBe(true);
    // The latest figure against the target and deadline (council-asks.test.ts has every state).
    expect(qs[0]).toBe(
      '– Det seneste tal er 556 personer for 2024, og målet er højst 150 personer inden 31. dec. 2030. Hvilke initiativer skal nå målet inden fristen?',
    );
    expect(qs[1]).toContain('udviklingen');
  });

  it('never says a met target’s deadline is overdue (issue 16)', () => {
    const s = series(yearly({ 2017: 772, 2030: 140 }).map(withSource));
    const { body, args } = draft({ series: s, today: '2031-02-03' });
    expect(args.evaluation.status).toBe('met');
    expect(body).not.toContain('overskredet');
    expect(body).toContain('– Tallet 140 personer for 2030 når målet om højst 150 personer');
  });

  it('asks about actions after a deadline that has passed', () => {
    const s = series(yearly({ 2017: 772, 2030: 412 }).map(withSource));
    const { body, args } = draft({ series: s, today: '2031-02-03' });
    expect(body).toContain('Fristen er passeret.');
    expect(body).toContain(
      '– Fristen 31. dec. 2030 er passeret, og tallet 412 personer for 2030 når ikke målet om højst 150 personer.',
    );
    expect(body).toContain(`Status ud fra de offentliggjorte tal: ${OUTCOME_LABELS.not_met.da}.`);
    expect(new Set(numbersIn(body, 'da'))).toEqual(
      new Set([4, 2021, 150, 2030, 31, 772, 2017, 412, 14, 2025, 3, 2031]),
    );
    expect(args.evaluation.status).toBe('not_met');
  });

  it('says that no figure is published when there is no series', () => {
    const { body, args } = draft({ series: null });
    expect(body).toContain('Der er ikke offentliggjort et tal, der måler løftet for Aarhus.');
    expect(body).toContain(`${OUTCOME_LABELS.cannot_assess.da}.`);
    expect(body).not.toContain('556');
    expect(body).not.toContain('kilde:');
    // No figures: the first question asks for the latest figure against the target.
    expect(bullets(body)[0]).toBe(
      '– Hvad er det seneste tal, som forvaltningen kender, og hvordan ligger det i forhold til målet om højst 150 personer med frist 31. dec. 2030?',
    );
    for (const n of numbersIn(body, 'da')) expect(numbersOf(args).has(n)).toBe(true);
  });

  it('says that no figure is published when the series has only missing cells', () => {
    const s = series(yearly({ 2022: null, 2024: null }).map(withSource));
    const { body } = draft({ series: s });
    expect(body).toContain('Der er ikke offentliggjort et tal');
  });

  it('handles a pledge without a measure, naming its amount', () => {
    const p = pledge({
      kind: 'budget_amount',
      measure: undefined,
      amountDkk: 12_000_000,
      quote: 'Vi afsætter 12 mio. kr. til et nyt tilbud.',
      actor: { type: 'unknown', name: 'unknown' },
    });
    const { body, subject } = draft({ pledge: p, series: null, document: undefined });
    expect(subject).toBe('Spørgsmål til forvaltningen: et løfte i Aarhus');
    expect(body).toContain(
      'Løftet af 1. jun. 2021 lyder: »Vi afsætter 12 mio. kr. til et nyt tilbud.«',
    );
    expect(body).toContain('Løftet har ikke et mål, som et offentliggjort tal kan holdes op imod.');
    expect(body).toContain('Løftet nævner 12 mio. kr.\n');
    expect(body).not.toContain('kr..');
    expect(body).not.toContain('Målet er');
    expect(body).not.toContain('frist');
    expect(bullets(body)).toHaveLength(3);
    expect(new Set(numbersIn(body, 'da'))).toEqual(new Set([1, 2021, 12, 7, 2025]));
  });

  it('asks exactly the catalogue’s question about a proposed cut, and gives its status', () => {
    const p = pledge({
      kind: 'proposed_cut',
      measure: undefined,
      unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
      proposal: {
        status: 'unknown',
        reason: { da: 'Listen er ikke fundet.', en: 'The list has not been found.' },
        question: {
          da: 'Blev 9.99 vedtaget i syntetisk budget, og med hvilket beløb?',
          en: 'Was 9.99 adopted in the synthetic budget, and with what amount?',
        },
        evidence: [],
      },
    });
    const da = draft({ pledge: p, series: null });
    expect(bullets(da.body)).toEqual([
      '– Blev 9.99 vedtaget i syntetisk budget, og med hvilket beløb?',
    ]);
    expect(da.body).toContain('Status ifølge Løftetjek: Ukendt. Listen er ikke fundet.');
    expect(da.body).toContain('Forslagets status: Ukendt.');
    expect(da.body).not.toContain(OUTCOME_LABELS.cannot_assess.da);
    const en = draft({ pledge: p, series: null, lang: 'en' });
    expect(bullets(en.body)).toEqual([
      '– Was 9.99 adopted in the synthetic budget, and with what amount?',
    ]);
  });

  it('asks for the series that would measure a pledge, naming it and its publisher', () => {
    const p = pledge({
      measure: undefined,
      unmeasured: {
        status: 'series_not_in_extract',
        series: { da: 'varighed på syntetisk ydelse', en: 'time on a synthetic benefit' },
        publisher: 'Syntetisk kontor',
        how: { da: 'Hentes ikke.', en: 'Not fetched.' },
      },
    });
    expect(bullets(draft({ pledge: p, series: null }).body)[0]).toBe(
      '– Vil forvaltningen oplyse de seneste tal for varighed på syntetisk ydelse (Syntetisk kontor) for kommunen, så det kan følges, om løftet holdes?',
    );
  });

  it('calls an indirect series context, not a target', () => {
    const p = pledge({}, { relation: 'indirect' });
    delete p.measure!.comparator;
    delete p.measure!.target;
    delete p.measure!.deadline;
    const { body } = draft({ pledge: p });
    expect(body).toContain('tallet nedenfor er baggrund og måler ikke selve løftet');
    expect(body).toContain('Det seneste offentliggjorte tal for personer i hjemløshed');
    expect(body).toContain(`${OUTCOME_LABELS.trend_only.da}.`);
    expect(body).not.toContain('Målet er');
  });

  it('leaves out who made the pledge when the document does not say', () => {
    const p = { ...PLEDGE, actor: { type: 'unknown' as const, name: 'unknown' } };
    const { body } = draft({ pledge: p });
    expect(body).toContain('I »Syntetisk budgetforlig« (4. jun. 2021) står der: »');
    expect(body).not.toContain('unknown');
  });

  it('shows a document dated only by year as a year', () => {
    const { body } = draft({ document: { ...DOC, date: '2021-01-01', datePrecision: 'year' } });
    expect(body).toContain('I »Syntetisk budgetforlig« (2021) skrev');
  });

  it('says when the latest figure is approximate, secondary or provisional', () => {
    const s = series([
      ...yearly({ 2017: 772 }).map(withSource),
      withSource(
        obs({ label: '2024', value: 556, quality: 'secondary', flags: ['approx', 'provisional'] }),
      ),
    ]);
    const { body } = draft({ series: s });
    expect(body).toContain('er ca. 556 personer for 2024');
    expect(body).toContain('ifølge en sekundær kilde, foreløbigt tal)');
  });

  it('writes a threshold as a level to hold until the deadline', () => {
    const p = pledge(
      { kind: 'threshold', quote: 'Behandling skal starte inden for 14 dage.' },
      { comparator: 'at_most', target: 14, unit: 'days', deadline: '2025-12-31' },
    );
    const { body } = draft({ pledge: p, series: null });
    expect(body).toContain('Målet er højst 14 dage hele tiden frem til 31. dec. 2025.');
  });

  it('writes English, keeping the Danish quote and adding the English summary', () => {
    const { body, subject, args } = draft({ lang: 'en' });
    expect(subject).toBe(
      'Question to the administration: people experiencing homelessness in Aarhus',
    );
    expect(body).toContain(
      'In “Syntetisk budgetforlig” (4 Jun 2021), Søren Ørsted (Partiet A) wrote: ' +
        '“Vi vil have højst 150 hjemløse i 2030.” (In English: At most 150 homeless by 2030.)',
    );
    expect(body).toContain('The target is at most 150 people by 31 Dec 2030.');
    expect(body).toContain('is 556 people for 2024 (source: Syntetisk statistik, table SYN');
    expect(body).toContain(
      `Status based on the published figures: ${OUTCOME_LABELS.toward_target.en}.`,
    );
    expect(body).toContain(
      '– The latest figure is 556 people for 2024, and the target is at most 150 people by 31 Dec 2030.',
    );
    expect(body).not.toMatch(/Målet|Spørgsmål|Kilde|Baggrund/);
    expect(new Set(numbersIn(body, 'en'))).toEqual(
      new Set([4, 2021, 150, 2030, 31, 772, 2017, 556, 2024, 14, 2025, 7]),
    );
    for (const n of numbersIn(body, 'en')) expect(numbersOf(args).has(n)).toBe(true);
  });

  it('formats large figures with the language’s separators', () => {
    const s = series(yearly({ 2017: 772, 2024: 1234.5 }).map(withSource));
    expect(draft({ series: s }).body).toContain('er 1.234,5 personer for 2024');
    expect(draft({ series: s, lang: 'en' }).body).toContain('is 1,234.5 people for 2024');
  });

  it('does not mutate its arguments', () => {
    const before = structuredClone({ PLEDGE, SERIES, DOC });
    draft();
    draft({ lang: 'en', today: '2031-01-01' });
    expect({ PLEDGE, SERIES, DOC }).toEqual(before);
  });
});
