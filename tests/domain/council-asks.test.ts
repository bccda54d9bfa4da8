// The questions per pledge state, from SYNTHETIC pledges and series; every figure is made up.
import { describe, it, expect } from 'vitest';
import { councilAsks, type AskState } from '../../src/domain/council-asks.ts';
import { draftCouncilQuestion } from '../../src/domain/council-question.ts';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import type { Lang } from '../../src/domain/format.ts';
import { ACTION_STATUSES, type Pledge } from '../../src/domain/pledge.ts';
import type { Series } from '../../src/domain/series.ts';
import { METRIC, obs, pledge, series, yearly } from './fixtures.ts';

const DAYS = {
  ...METRIC,
  id: 'homeless',
  unit: 'days',
  titleDa: 'Ventetid',
  titleEn: 'Waiting time',
};
const noTarget = (p: Pledge, relation: 'direct' | 'indirect' = 'direct'): Pledge => {
  const m = { ...p.measure!, relation };
  delete m.comparator;
  delete m.target;
  delete m.deadline;
  return { ...p, measure: m };
};
const THRESHOLD = pledge(
  { kind: 'threshold', date: '2021-06-01' },
  { comparator: 'at_most', target: 14, unit: 'days', deadline: '2025-12-31' },
);
const PROPOSAL = pledge({
  kind: 'proposed_cut',
  measure: undefined,
  unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
  proposal: {
    status: 'unknown',
    reason: { da: 'Ikke fundet.', en: 'Not found.' },
    question: {
      da: 'Blev forslag 9.99 vedtaget, og med hvilket beløb?',
      en: 'Was proposal 9.99 adopted, and with what amount?',
    },
    evidence: [],
  },
});
const HEADLINE = { da: 'Syntetisk værested', en: 'Synthetic drop-in centre' };

interface Case {
  name: string;
  pledge: Pledge;
  series: Series | null;
  today: string;
  state: AskState;
  /** Text the first question holds, per language. */
  first: Record<Lang, string>;
  /** Text no question may hold. */
  never?: string[];
}

const CASES: Case[] = [
  {
    name: 'a proposed cut asks the catalogue’s question',
    pledge: PROPOSAL,
    series: null,
    today: '2025-03-07',
    state: 'proposal',
    first: {
      da: 'Blev forslag 9.99 vedtaget, og med hvilket beløb?',
      en: 'Was proposal 9.99 adopted, and with what amount?',
    },
  },
  {
    name: 'a target met after the deadline',
    pledge: pledge(),
    series: series(yearly({ 2017: 772, 2030: 140 })),
    today: '2031-02-03',
    state: 'target_met',
    first: {
      da: 'Tallet 140 personer for 2030 når målet om højst 150 personer med frist 31. dec. 2030.',
      en: 'The figure of 140 people for 2030 meets the target of at most 150 people by 31 Dec 2030.',
    },
    never: ['overskredet', 'passeret', 'når ikke', 'has passed', 'does not meet'],
  },
  {
    name: 'a target missed after the deadline',
    pledge: pledge(),
    series: series(yearly({ 2017: 772, 2030: 412 })),
    today: '2031-02-03',
    state: 'target_missed',
    first: {
      da: 'Fristen 31. dec. 2030 er passeret, og tallet 412 personer for 2030 når ikke målet om højst 150 personer.',
      en: 'The deadline of 31 Dec 2030 has passed, and the figure of 412 people for 2030 does not meet',
    },
  },
  {
    name: 'a threshold breached before its deadline',
    pledge: THRESHOLD,
    series: series(yearly({ 2022: 20, 2023: 12 }), DAYS),
    today: '2024-03-01',
    state: 'target_breached',
    first: {
      da: 'Målet om højst 14 dage skal holde hele tiden frem til 31. dec. 2025, men de offentliggjorte tal har ikke holdt det; det seneste er 12 dage for 2023.',
      en: 'The target of at most 14 days must hold at all times until 31 Dec 2025',
    },
    never: ['overskredet', 'passeret', 'has passed'],
  },
  {
    name: 'a threshold holding before its deadline',
    pledge: THRESHOLD,
    series: series(yearly({ 2022: 12, 2023: 10 }), DAYS),
    today: '2024-03-01',
    state: 'target_on_track',
    first: {
      da: 'Det seneste tal, 10 dage for 2023, holder målet om højst 14 dage.',
      en: 'The latest figure, 10 days for 2023, holds the target of at most 14 days.',
    },
    never: ['overskredet', 'passeret', 'has passed'],
  },
  {
    name: 'a target already reached before its deadline',
    pledge: pledge(),
    series: series(yearly({ 2017: 772, 2024: 140 })),
    today: '2025-03-07',
    state: 'target_on_track',
    first: {
      da: 'Det seneste tal, 140 personer for 2024, opfylder allerede målet om højst 150 personer. Hvordan sikrer forvaltningen, at det også gælder ved fristen 31. dec. 2030?',
      en: 'The latest figure, 140 people for 2024, already meets the target of at most 150 people.',
    },
    never: ['overskredet', 'passeret', 'has passed'],
  },
  {
    name: 'a target not yet reached before its deadline',
    pledge: pledge(),
    series: series(yearly({ 2017: 772, 2022: 608, 2024: 556 })),
    today: '2025-03-07',
    state: 'target_short',
    first: {
      da: 'Det seneste tal er 556 personer for 2024, og målet er højst 150 personer inden 31. dec. 2030. Hvilke initiativer skal nå målet inden fristen?',
      en: 'The latest figure is 556 people for 2024, and the target is at most 150 people by 31 Dec 2030.',
    },
    never: ['overskredet', 'passeret', 'has passed', '608', '772'],
  },
  {
    name: 'a deadline passed before the deciding figure is out',
    pledge: pledge(),
    series: series(yearly({ 2017: 772, 2028: 300 })),
    today: '2031-02-03',
    state: 'target_unclear',
    first: {
      da: 'Fristen 31. dec. 2030 for målet om højst 150 personer er passeret, men de offentliggjorte tal afgør ikke, om det blev nået; det seneste er 300 personer for 2028.',
      en: 'do not settle whether it was met; the latest is 300 people for 2028.',
    },
  },
  {
    name: 'a target without figures',
    pledge: pledge(),
    series: null,
    today: '2025-03-07',
    state: 'target_no_figure',
    first: {
      da: 'Hvad er det seneste tal, som forvaltningen kender, og hvordan ligger det i forhold til målet om højst 150 personer med frist 31. dec. 2030?',
      en: 'how does it compare with the target of at most 150 people by 31 Dec 2030?',
    },
  },
  {
    name: 'a measure without a target gives the last two figures',
    pledge: noTarget(pledge()),
    series: series(yearly({ 2017: 772, 2022: 608, 2024: 556 })),
    today: '2025-03-07',
    state: 'trend',
    first: {
      da: 'Tallet for personer i hjemløshed i Aarhus var 608 personer for 2022 og 556 personer for 2024. Hvilket mål arbejder forvaltningen hen imod, og hvornår skal det nås?',
      en: 'The figure for people experiencing homelessness in Aarhus was 608 people for 2022 and 556 people for 2024. What target is the administration working towards, and by when?',
    },
    never: ['772'],
  },
  {
    name: 'the figure that counts for a period, not a secondary one beside it',
    pledge: noTarget(pledge()),
    series: series([
      ...yearly({ 2022: 608, 2024: 556 }),
      obs({ label: '2024', value: 999, quality: 'secondary' }),
    ]),
    today: '2025-03-07',
    state: 'trend',
    first: { da: 'og 556 personer for 2024.', en: 'and 556 people for 2024.' },
    never: ['999'],
  },
  {
    name: 'a single figure without a target',
    pledge: noTarget(pledge()),
    series: series(yearly({ 2023: null, 2024: 556 })),
    today: '2025-03-07',
    state: 'trend',
    first: {
      da: 'Tallet for personer i hjemløshed i Aarhus var 556 personer for 2024. Hvilket mål',
      en: 'The figure for people experiencing homelessness in Aarhus was 556 people for 2024.',
    },
  },
  {
    name: 'a context series asks which figures follow the pledge itself',
    pledge: noTarget(pledge(), 'indirect'),
    series: series(yearly({ 2022: 608, 2024: 556 })),
    today: '2025-03-07',
    state: 'context',
    first: {
      da: 'var 608 personer for 2022 og 556 personer for 2024',
      en: 'was 608 people for 2022',
    },
  },
  {
    name: 'a measure whose series has no figures',
    pledge: noTarget(pledge()),
    series: series([]),
    today: '2025-03-07',
    state: 'measure_no_figure',
    first: {
      da: 'Vil forvaltningen oplyse de seneste tal for personer i hjemløshed for kommunen',
      en: 'Will the administration give the latest figures for people experiencing homelessness',
    },
  },
  {
    name: 'a series that is not in our data, by name, publisher and table',
    pledge: pledge({
      measure: undefined,
      unmeasured: {
        status: 'series_not_in_extract',
        series: { da: 'varighed på syntetisk ydelse', en: 'time on a synthetic benefit' },
        publisher: 'Syntetisk kontor',
        table: 'SYN9',
        how: { da: 'Hentes ikke.', en: 'Not fetched.' },
      },
    }),
    series: null,
    today: '2025-03-07',
    state: 'series_elsewhere',
    first: {
      da: 'Vil forvaltningen oplyse de seneste tal for varighed på syntetisk ydelse (Syntetisk kontor, tabel SYN9) for kommunen, så det kan følges, om løftet holdes?',
      en: 'the latest figures for time on a synthetic benefit (Syntetisk kontor, table SYN9) for the municipality',
    },
  },
  {
    name: 'no public series asks which figures the administration uses',
    pledge: pledge({
      measure: undefined,
      headline: HEADLINE,
      unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
    }),
    series: null,
    today: '2025-03-07',
    state: 'no_public_series',
    first: {
      da: 'Hvilke tal følger forvaltningen »Syntetisk værested« med, og vil den offentliggøre dem?',
      en: 'Which figures does the administration follow “Synthetic drop-in centre” by, and will it publish them?',
    },
  },
  {
    name: 'no measure and no word on why',
    pledge: pledge({ measure: undefined }),
    series: null,
    today: '2025-03-07',
    state: 'no_measure',
    first: {
      da: 'Hvilke tal vil forvaltningen offentliggøre, så det kan følges, om løftet holdes?',
      en: 'Which figures will the administration publish',
    },
  },
];

function asks(c: Pick<Case, 'pledge' | 'series' | 'today'>, lang: Lang) {
  const evaluation = evaluateOutcome(c.pledge, c.series, c.today);
  const args = {
    pledge: c.pledge,
    document: undefined,
    kommuneName: 'Aarhus',
    series: c.series,
    evaluation,
    lang,
    today: c.today,
  };
  const draft = draftCouncilQuestion(args);
  return { args, draft, ...councilAsks({ ...args, deadlinePassed: evaluation.deadlinePassed }) };
}

/** Every number in the arguments, dates split into their parts. */
const numbersOf = (args: unknown): Set<number> =>
  new Set(
    (JSON.stringify(args).match(/\d+(?:\.\d+)?|\d+/g) ?? []).flatMap((n) => [
      Number(n),
      ...n.split('.').map(Number),
    ]),
  );
const numbersIn = (text: string, lang: Lang): number[] =>
  (text.match(lang === 'da' ? /\d+(?:\.\d{3})*(?:,\d+)?/g : /\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map(
    (t) => Number(lang === 'da' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '')),
  );

describe('councilAsks, one case per state', () => {
  for (const c of CASES) {
    for (const lang of ['da', 'en'] as const) {
      it(`${c.name} (${lang})`, () => {
        const { state, questions, draft, args } = asks(c, lang);
        expect(state).toBe(c.state);
        expect(questions[0]).toContain(c.first[lang]);
        expect(questions.length).toBeGreaterThanOrEqual(c.state === 'proposal' ? 1 : 2);
        expect(questions.length).toBeLessThanOrEqual(3);
        for (const q of questions) expect(q).toMatch(/\?$/);
        for (const word of c.never ?? []) expect(questions.join('\n')).not.toContain(word);
        // The draft asks the same questions, and no number that is not in its arguments.
        expect(draft.questions).toEqual(questions);
        expect(draft.state).toBe(state);
        for (const n of numbersIn(questions.join(' '), lang)) expect(numbersOf(args)).toContain(n);
        if (lang === 'en') expect(questions.join(' ')).not.toMatch(/Hvilke|Hvad|forvaltningen/);
      });
    }
  }

  it('covers every state', () => {
    const all: AskState[] = [
      'proposal',
      'target_met',
      'target_missed',
      'target_breached',
      'target_on_track',
      'target_short',
      'target_unclear',
      'target_no_figure',
      'trend',
      'context',
      'measure_no_figure',
      'series_elsewhere',
      'no_public_series',
      'no_measure',
    ];
    expect(new Set(CASES.map((c) => c.state))).toEqual(new Set(all));
  });

  it('never calls a deadline passed before it is, nor a met target overdue', () => {
    for (const c of CASES) {
      const { draft, args } = asks(c, 'da');
      expect(draft.body).not.toContain('overskredet');
      if (!args.evaluation.deadlinePassed) expect(draft.body).not.toContain('passeret');
    }
  });

  it('adds the amount a proposed cut names', () => {
    const { questions } = asks(
      { pledge: { ...PROPOSAL, amountDkk: 2_500_000 }, series: null, today: '2025-03-07' },
      'da',
    );
    expect(questions).toEqual([
      'Blev forslag 9.99 vedtaget, og med hvilket beløb?',
      'Forslaget nævner 2,5 mio. kr. Hvor stort er beløbet i det vedtagne budget?',
    ]);
  });

  it('asks how much of a budget amount was spent', () => {
    const p = pledge({ kind: 'budget_amount', measure: undefined, amountDkk: 12_000_000 });
    const { questions } = asks({ pledge: p, series: null, today: '2025-03-07' }, 'da');
    expect(questions).toContain(
      'Løftet nævner 12 mio. kr. Hvor meget af beløbet er brugt, og til hvad?',
    );
  });
});

describe('councilAsks, the action verdict', () => {
  const evidence = [
    { date: '2023-08-16', title: 'Ældre kilde', publisher: 'Synthetic' },
    { date: '2024-05-01', datePrecision: 'month' as const, title: 'Nyeste kilde' },
  ];
  const expected: Record<(typeof ACTION_STATUSES)[number], string> = {
    kept: 'Løftetjek vurderer ud fra »Nyeste kilde« (maj 2024), at løftet er holdt. Hvilke resultater',
    partly_kept: 'at løftet kun er delvist holdt. Hvilke dele mangler',
    broken: 'at løftet ikke er holdt. Hvorfor ikke',
    in_progress: 'at arbejdet er i gang. Hvornår forventer forvaltningen',
    not_started: 'at arbejdet ikke er gået i gang. Hvornår begynder det',
    not_assessed:
      'Den nyeste kilde, Løftetjek har fundet, er »Nyeste kilde« (maj 2024). Hvad er status i dag for »Syntetisk værested«?',
  };
  for (const status of ACTION_STATUSES) {
    it(`asks about an action ${status}, naming the newest evidence`, () => {
      const p = pledge({
        kind: 'action',
        measure: undefined,
        headline: HEADLINE,
        unmeasured: { status: 'no_public_series', reason: { da: 'Ingen.', en: 'None.' } },
        action: {
          status,
          evidence,
          ...(status === 'not_assessed' ? {} : { reason: { da: 'x', en: 'x' } }),
        },
      });
      const { questions, action } = asks({ pledge: p, series: null, today: '2025-03-07' }, 'da');
      expect(action).toBe(true);
      expect(questions[1]).toContain(expected[status]);
      expect(questions.join(' ')).not.toContain('Ældre kilde');
      const en = asks({ pledge: p, series: null, today: '2025-03-07' }, 'en');
      expect(en.questions[1]).toContain('“Nyeste kilde” (May 2024)');
    });
  }

  it('asks about an unassessed action without evidence by its headline', () => {
    const p = pledge({ kind: 'action', measure: undefined, headline: HEADLINE });
    expect(asks({ pledge: p, series: null, today: '2025-03-07' }, 'da').questions).toContain(
      'Er der truffet beslutning om »Syntetisk værested«, og hvad er status i dag?',
    );
  });

  it('leaves the action out of a measured target with nothing to say about it', () => {
    const c = CASES.find((x) => x.state === 'target_short')!;
    expect(asks(c, 'da').action).toBe(false);
  });
});
