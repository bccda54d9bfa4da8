// The sentence kit on SYNTHETIC pledges, documents and series: every title, quote, publisher and
// address below is made up for the tests.
import { describe, expect, it } from 'vitest';
import {
  citeSentence,
  partsToHtml,
  publisherOf,
  withPublisher,
} from '../../src/domain/cite-sentence.ts';
import type { Observation, Series } from '../../src/domain/series.ts';
import { METRIC, obs, series as seriesOf } from './fixtures.ts';

const URL = 'https://loeftetjek.example/?p=synthetic-pledge';

const series = (source: string, observations: Observation[]): Series =>
  seriesOf(observations, { ...METRIC, source });

const figure = (quality: 'primary' | 'secondary' = 'primary'): Observation => {
  const o = obs({ label: '2024', value: 556, quality });
  return {
    ...o,
    source: {
      title: 'Statistikkontoret: Tabel T1',
      url: 'https://stat.example/T1',
      table: 'T1',
      retrieved: '2025-01-14',
    },
  };
};

const PLEDGE = {
  quote: 'Vi vil halvere ventetiden på tre år.',
  date: '2024-11-01',
  documentId: 'synthetic-document',
};
const DOCUMENT = {
  title: 'Nyhedsbrev november 2024',
  publisher: 'Partiforeningen Syd',
  datePrecision: 'month' as const,
  url: 'https://parti.example/nyhedsbrev',
};

describe('publisherOf', () => {
  it.each([
    ['Statistikkontoret, StatBank T1', 'Statistikkontoret'],
    [
      'Tælleinstituttet/TI – Den store tælling, via the sources named per figure',
      'Tælleinstituttet/TI',
    ],
    ['Jobportalen.dk (STYR), y1', 'Jobportalen.dk (STYR)'],
    ['Kontoret: en rapport', 'Kontoret'],
    ['  ', null],
  ])('reads the publisher of %j as %j', (source, publisher) => {
    expect(publisherOf({ source })).toBe(publisher);
  });
});

describe('withPublisher', () => {
  it('names the publisher in the first sentence, past the abbreviations of a quarter', () => {
    expect(
      withPublisher(
        'I 4. kvt. 2025 var anmeldelser i Byen 3.135, 13 % lavere end i 4. kvt. 2024. Serien er baggrund.',
        'Statistikkontoret',
        'da',
      ),
    ).toBe(
      'I 4. kvt. 2025 var anmeldelser i Byen 3.135, 13 % lavere end i 4. kvt. 2024, ifølge Statistikkontoret. Serien er baggrund.',
    );
  });

  it('says whom a secondary source cites instead of crediting the publisher with the figure', () => {
    expect(
      withPublisher(
        'I 2024 var der ca. 556 personer i Byen ifølge en sekundær kilde, 26 % færre end i 2019. Tallet er usikkert.',
        'Tælleinstituttet',
        'da',
      ),
    ).toBe(
      'I 2024 var der ca. 556 personer i Byen ifølge en sekundær kilde, der citerer Tælleinstituttet, 26 % færre end i 2019. Tallet er usikkert.',
    );
    expect(
      withPublisher(
        'In 2024, there were 556 people in Town according to a secondary source.',
        'Counting Institute',
        'en',
      ),
    ).toBe(
      'In 2024, there were 556 people in Town according to a secondary source citing Counting Institute.',
    );
  });

  it('closes a sentence that had no full stop', () => {
    expect(withPublisher('I 2024 var der 5', 'Kontoret', 'da')).toBe(
      'I 2024 var der 5, ifølge Kontoret.',
    );
  });
});

describe('citeSentence', () => {
  it('names the series publisher in the sentence, then the source, in Danish and English', () => {
    const s = series('Statistikkontoret, StatBank T1', [figure()]);
    expect(
      citeSentence({
        sentence: 'I 2024 var der 556 personer i Byen.',
        series: s,
        pageUrl: URL,
        lang: 'da',
      }).text,
    ).toBe(
      'I 2024 var der 556 personer i Byen, ifølge Statistikkontoret. ' +
        `Kilde: Statistikkontoret: Tabel T1, tabel T1 (hentet 14. jan. 2025). Via Løftetjek: ${URL}`,
    );
    expect(
      citeSentence({ sentence: 'In 2024, there were 556.', series: s, pageUrl: URL, lang: 'en' })
        .text,
    ).toMatch(
      /^In 2024, there were 556, according to Statistikkontoret\. Source: .*\(retrieved 14 Jan 2025\)\./,
    );
  });

  it('gives a pledge without figures its document as the source', () => {
    const cited = citeSentence({
      sentence: 'Løftet kan ikke vurderes: ingen offentlig statistik måler løftet.',
      series: null,
      pageUrl: URL,
      lang: 'da',
      pledge: PLEDGE,
      document: DOCUMENT,
    });
    expect(cited.text).toBe(
      '»Vi vil halvere ventetiden på tre år.«, står der i Nyhedsbrev november 2024 ' +
        '(Partiforeningen Syd, nov. 2024). Løftet kan ikke vurderes: ingen offentlig statistik ' +
        `måler løftet. Via Løftetjek: ${URL}`,
    );
    expect(cited.html).toContain(
      '<a href="https://parti.example/nyhedsbrev">Nyhedsbrev november 2024</a>',
    );
    // A series without a single figure is no source either.
    const empty = citeSentence({
      sentence: 'Ingen tal.',
      series: series('Statistikkontoret, T1', []),
      pageUrl: URL,
      lang: 'en',
      pledge: PLEDGE,
      document: { ...DOCUMENT, publisher: 'unknown' },
    });
    expect(empty.text).toMatch(
      /^“Vi vil halvere ventetiden på tre år\.”, says Nyhedsbrev november 2024 \(Nov 2024\)\. Ingen tal\./,
    );
  });

  it('links the source and the pledge page in the HTML, and only web addresses', () => {
    const s = series('Statistikkontoret, T1', [figure()]);
    const { html, text } = citeSentence({ sentence: 'X.', series: s, pageUrl: URL, lang: 'da' });
    expect(html).toBe(
      '<p>X, ifølge Statistikkontoret. Kilde: <a href="https://stat.example/T1">Statistikkontoret: Tabel T1</a>, ' +
        `tabel T1 (hentet 14. jan. 2025). Via <a href="${URL}">Løftetjek</a>.</p>`,
    );
    expect(text.endsWith(`Via Løftetjek: ${URL}`)).toBe(true);
    expect(partsToHtml([{ text: 'klik', href: 'javascript:alert(1)' }])).toBe('<p>klik</p>');
  });

  it('escapes hostile pledge text, so it never becomes markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
    const o = figure();
    const s = series(`<b>Udgiver</b>, T1`, [
      { ...o, source: { ...o.source, title: hostile, url: 'https://stat.example/"><script>' } },
    ]);
    const withData = citeSentence({
      sentence: hostile,
      series: s,
      pageUrl: `${URL}&x="'<>`,
      lang: 'da',
    });
    const withoutData = citeSentence({
      sentence: hostile,
      series: null,
      pageUrl: URL,
      lang: 'da',
      pledge: { ...PLEDGE, quote: hostile },
      document: { ...DOCUMENT, title: hostile, publisher: hostile, url: 'javascript:alert(3)' },
    });
    for (const { html } of [withData, withoutData]) {
      expect(html).not.toMatch(/<(img|script|b)\b/);
      expect(html).not.toContain('javascript:');
      // Only the kit's own elements remain: one paragraph and links.
      for (const tag of html.match(/<\/?[a-z]+/g) ?? [])
        expect(['<p', '</p', '<a', '</a']).toContain(tag);
    }
    expect(withData.html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;',
    );
    expect(withData.html).toContain('href="https://stat.example/&quot;&gt;&lt;script&gt;"');
    // The plain text keeps the words as they are: it is text, not markup.
    expect(withoutData.text).toContain(hostile);
  });
});
