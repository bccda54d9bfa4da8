// Citations of SYNTHETIC series; titles, tables and dates are made up for the tests.
import { describe, it, expect } from 'vitest';
import { citedSources, sourceTitle } from '../../src/domain/citation.ts';
import { citeSentence as cite, type CiteArgs } from '../../src/domain/cite-sentence.ts';
import type { Series } from '../../src/domain/series.ts';
import type { Observation } from '../../src/domain/series.ts';
import { METRIC, obs, series as seriesOf } from './fixtures.ts';

/** The plain text of the sentence kit. */
const citeSentence = (args: CiteArgs): string => cite(args).text;

/** A series whose metric names a SYNTHETIC publisher, "Statistikkontoret". */
const series = (observations: Observation[]): Series =>
  seriesOf(observations, { ...METRIC, source: 'Statistikkontoret, tabel X1' });

const URL = 'https://loeftetjek.example/?p=synthetic-pledge';

function from(
  label: string,
  value: number | null,
  source: Partial<Observation['source']>,
  quality: 'primary' | 'secondary' = 'primary',
): Observation {
  const o = obs({ label, value, quality });
  return { ...o, source: { ...o.source, ...source } };
}

const DST = { title: 'Danmarks Statistik', url: 'https://statbank.dk/HJEM1', table: 'HJEM1' };

describe('citeSentence', () => {
  it('cites one source with table and Danish retrieval date', () => {
    const s = series([
      from('2022', 600, { ...DST, retrieved: '2025-01-14' }),
      from('2024', 556, { ...DST, retrieved: '2025-01-14' }),
    ]);
    expect(
      citeSentence({ sentence: 'I 2024 var der 556.', series: s, pageUrl: URL, lang: 'da' }),
    ).toBe(
      'I 2024 var der 556, ifølge Statistikkontoret. Kilde: Danmarks Statistik, tabel HJEM1 (hentet 14. jan. 2025). ' +
        `Via Løftetjek: ${URL}`,
    );
  });

  it('writes English words and dates', () => {
    const s = series([from('2024', 556, { ...DST, retrieved: '2025-05-03' })]);
    expect(citeSentence({ sentence: 'In 2024, 556.', series: s, pageUrl: URL, lang: 'en' })).toBe(
      `In 2024, 556, according to Statistikkontoret. Source: Danmarks Statistik, table HJEM1 (retrieved 3 May 2025). Via Løftetjek: ${URL}`,
    );
  });

  it.each([
    ['2025-05-01', '1. maj 2025'],
    ['2024-12-31', '31. dec. 2024'],
    ['2025-06-09', '9. jun. 2025'],
  ])('writes retrieval date %s as "%s"', (retrieved, text) => {
    const s = series([from('2024', 1, { ...DST, retrieved })]);
    expect(citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' })).toContain(
      `(hentet ${text})`,
    );
  });

  it('leaves out the table when there is none, and a retrieval date that is not a date', () => {
    const s = series([
      from('2024', 1, { title: 'VIVE', url: 'https://vive.example', retrieved: '' }),
    ]);
    expect(citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' })).toBe(
      `X, ifølge Statistikkontoret. Kilde: VIVE. Via Løftetjek: ${URL}`,
    );
  });

  it('lists distinct sources, primary first, then the newest figure first', () => {
    const s = series([
      from(
        '2018',
        1,
        { title: 'Avis', url: 'https://a.example', retrieved: '2025-01-02' },
        'secondary',
      ),
      from('2019', 1, { title: 'VIVE', url: 'https://v.example', retrieved: '2025-01-03' }),
      from('2022', 1, { ...DST, retrieved: '2025-01-04' }),
      from('2023', 1, { title: 'VIVE', url: 'https://v.example', retrieved: '2025-01-05' }),
    ]);
    expect(citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' })).toBe(
      'X, ifølge Statistikkontoret. Kilder: VIVE (hentet 5. jan. 2025); Danmarks Statistik, tabel HJEM1 (hentet 4. jan. 2025); ' +
        `Avis (hentet 2. jan. 2025). Via Løftetjek: ${URL}`,
    );
  });

  it('cuts more than three sources to three and "m.fl." / "et al."', () => {
    const s = series(
      ['A', 'B', 'C', 'D'].map((t, i) =>
        from(String(2020 + i), i, {
          title: t,
          url: `https://${t}.example`,
          retrieved: '2025-01-01',
        }),
      ),
    );
    const da = citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' });
    expect(da).toBe(
      'X, ifølge Statistikkontoret. Kilder: D (hentet 1. jan. 2025); C (hentet 1. jan. 2025); B (hentet 1. jan. 2025) m.fl. ' +
        `Via Løftetjek: ${URL}`,
    );
    const en = citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'en' });
    expect(en).toContain('B (retrieved 1 Jan 2025) et al. Via Løftetjek:');
    expect(en).not.toContain('A (');
  });

  it('cites exactly three sources without "m.fl."', () => {
    const s = series(
      ['A', 'B', 'C'].map((t, i) =>
        from(String(2020 + i), i, {
          title: t,
          url: `https://${t}.example`,
          retrieved: '2025-01-01',
        }),
      ),
    );
    expect(citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' })).not.toContain(
      'm.fl.',
    );
  });

  it('keeps the latest retrieval date of a source cited for several figures', () => {
    const s = series([
      from('2022', 1, { ...DST, retrieved: '2025-03-01' }),
      from('2024', 1, { ...DST, retrieved: '2024-02-01' }),
    ]);
    expect(citedSources(s)).toHaveLength(1);
    expect(citedSources(s)[0]?.retrieved).toBe('2025-03-01');
  });

  it('does not cite the source of a cell published as missing when others have values', () => {
    const s = series([
      from('2022', null, { title: 'Tom', url: 'https://t.example', retrieved: '2025-01-01' }),
      from('2024', 5, { ...DST, retrieved: '2025-01-01' }),
    ]);
    expect(citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' })).not.toContain(
      'Tom',
    );
  });

  it('gives only the sentence and the link without a series', () => {
    expect(citeSentence({ sentence: 'Ingen tal', series: null, pageUrl: URL, lang: 'da' })).toBe(
      `Ingen tal. Via Løftetjek: ${URL}`,
    );
    expect(citeSentence({ sentence: 'No data', series: series([]), pageUrl: '', lang: 'en' })).toBe(
      'No data. Via Løftetjek.',
    );
  });

  it('is one paragraph of plain text', () => {
    const s = series([
      from('2024', 1, { title: 'Danmarks\nStatistik', url: 'https://x', retrieved: '2025-01-01' }),
    ]);
    const text = citeSentence({
      sentence: '  I 2024\nvar der 1.  \n',
      series: s,
      pageUrl: URL,
      lang: 'da',
    });
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).not.toMatch(/ {2}/);
    expect(
      text.startsWith(
        'I 2024 var der 1, ifølge Statistikkontoret. Kilde: Danmarks Statistik (hentet 1. jan. 2025).',
      ),
    ).toBe(true);
  });

  it('does not add a second full stop', () => {
    const s = series([from('2024', 1, { title: 'Kilde', url: 'https://x', retrieved: '' })]);
    expect(citeSentence({ sentence: 'Er det nået?', series: s, pageUrl: URL, lang: 'da' })).toMatch(
      /^Er det nået, ifølge Statistikkontoret\? Kilde: /,
    );
  });

  it('does not mutate the series', () => {
    const s = series([
      from('2022', 1, { ...DST, retrieved: '2025-03-01' }),
      from('2024', 1, { ...DST, retrieved: '2024-02-01' }),
    ]);
    const copy = structuredClone(s);
    citeSentence({ sentence: 'X', series: s, pageUrl: URL, lang: 'da' });
    expect(s).toEqual(copy);
  });
});

describe('sourceTitle', () => {
  const AVIS = {
    title: 'Avisen (med tal fra Kontoret): Titel (nov. 2019)',
    titleEn: 'Avisen (citing Kontoret): Titel (Nov 2019)',
    url: 'https://avis.example/titel',
    retrieved: '2025-01-14',
  };

  it('names a source in the language of the page, Danish where there is no English label', () => {
    expect(sourceTitle(AVIS, 'da')).toBe(AVIS.title);
    expect(sourceTitle(AVIS, 'en')).toBe(AVIS.titleEn);
    expect(sourceTitle({ title: 'Danmarks Statistik' }, 'en')).toBe('Danmarks Statistik');
  });

  it('carries the English label through the cited sources into the pasted sentence', () => {
    const s = series([from('2019', 750, AVIS)]);
    expect(citedSources(s)[0]).toMatchObject({ title: AVIS.title, titleEn: AVIS.titleEn });
    const en = citeSentence({
      sentence: 'In 2019 there were 750.',
      series: s,
      pageUrl: URL,
      lang: 'en',
    });
    const da = citeSentence({
      sentence: 'I 2019 var der 750.',
      series: s,
      pageUrl: URL,
      lang: 'da',
    });
    expect(en).toContain(`${AVIS.titleEn} (retrieved`);
    expect(en).not.toContain('med tal fra');
    expect(da).toContain(`${AVIS.title} (hentet`);
  });
});
