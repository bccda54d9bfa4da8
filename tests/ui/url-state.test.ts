import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_DOSSIER,
  hrefFor,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../src/ui/state/url-state.ts';

const overview = (filter = {}, lang: 'da' | 'en' = 'da'): ViewState => ({
  view: { page: 'overview', filter },
  lang,
});

describe('url state', () => {
  it.each<[string, ViewState]>([
    ['', DEFAULT_STATE],
    [
      '?p=aarhus-tema-flere-hjemloese-i-egen-bolig',
      { view: { page: 'pledge', id: 'aarhus-tema-flere-hjemloese-i-egen-bolig' }, lang: 'da' },
    ],
    ['?lang=en', overview({}, 'en')],
    ['?p=a-b&lang=en', { view: { page: 'pledge', id: 'a-b' }, lang: 'en' }],
    [
      '?p=a-b&cp=2022&print=1',
      { view: { page: 'pledge', id: 'a-b', period: '2022', print: true }, lang: 'da' },
    ],
    // Renamed parameter from an old link.
    ['?pledge=a-b', { view: { page: 'pledge', id: 'a-b' }, lang: 'da' }],
    ['?kommune=851', { view: { page: 'kommune', kode: '851' }, lang: 'da' }],
    ['?page=method&lang=en', { view: { page: 'method' }, lang: 'en' }],
    ['?page=finder', { view: { page: 'finder' }, lang: 'da' }],
    [
      '?page=explore&sql=SELECT+1%0AFROM+t&chart=bar&x=navn&y=value',
      {
        view: {
          page: 'explore',
          sql: 'SELECT 1\nFROM t',
          chart: { kind: 'bar', x: 'navn', y: 'value' },
        },
        lang: 'da',
      },
    ],
    ['?page=explore', { view: { page: 'explore', sql: null, chart: {} }, lang: 'da' }],
    // The series column belongs to a line only; an over-long name is dropped, not cut.
    [
      '?page=explore&chart=bar&x=a&y=b&s=c',
      { view: { page: 'explore', sql: null, chart: { kind: 'bar', x: 'a', y: 'b' } }, lang: 'da' },
    ],
    [
      '?page=explore&chart=line&s=' + 'c'.repeat(65),
      { view: { page: 'explore', sql: null, chart: { kind: 'line' } }, lang: 'da' },
    ],
    [
      '?page=explore&chart=line&s=',
      { view: { page: 'explore', sql: null, chart: { kind: 'line', series: null } }, lang: 'da' },
    ],
    [
      '?page=explore&sql=' + 'x'.repeat(5000) + '&chart=pie',
      { view: { page: 'explore', sql: null, chart: {} }, lang: 'da' },
    ],
    [
      '?k=751&theme=homelessness&outcome=not_met&action=kept&doc=a-b&q=hjeml%C3%B8se+bolig',
      overview({
        kode: '751',
        theme: 'homelessness',
        outcome: 'not_met',
        action: 'kept',
        document: 'a-b',
        q: 'hjemløse bolig',
      }),
    ],
    ['?actor=Socialdemokratiet%2C+Aalborg', overview({ actor: 'Socialdemokratiet, Aalborg' })],
  ])('parses %s', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });

  it.each([
    '?p=<script>alert(1)</script>',
    '?p=' + encodeURIComponent('"><img src=x onerror=alert(1)>'),
    '?p=../../etc/passwd',
    '?p=' + 'a'.repeat(500),
    '?p=',
    '?lang=de',
    '?lang=<b>',
    '?kommune=85',
    '?kommune=<b>',
    '?page=admin',
    '?k=0851&theme=Hjem%C3%B8&outcome=maybe&action=DROP&doc=..%2F',
  ])('falls back to defaults for hostile or unknown %s', (search) => {
    const state = parseUrlState(search);
    expect(state.view).toEqual({ page: 'overview', filter: {} });
    expect(state.lang).toBe('da');
  });

  it('keeps hostile free text as inert, bounded text', () => {
    const state = parseUrlState(
      '?q=' + encodeURIComponent('<script>x</script>\u0000' + 'a'.repeat(400)),
    );
    expect(state.view).toEqual({
      page: 'overview',
      filter: { q: ('<script>x</script>' + 'a'.repeat(400)).slice(0, 200) },
    });
  });

  it('drops a malformed comparison period but keeps the pledge', () => {
    expect(parseUrlState('?p=a-b&cp=%3Cb%3E').view).toEqual({ page: 'pledge', id: 'a-b' });
  });

  it('reads the comparison view: raw counts and the kommuner added to its lines', () => {
    expect(parseUrlState('?p=a-b&cv=count&ck=101,751').view).toEqual({
      page: 'pledge',
      id: 'a-b',
      counts: true,
      added: ['101', '751'],
    });
  });

  it.each([
    ['?p=a-b&cv=COUNT&ck=', {}],
    ['?p=a-b&cv=1&ck=abc', {}],
    ['?p=a-b&ck=101,%3Cb%3E,1010,10,751,101', { added: ['101', '751'] }],
    ['?p=a-b&ck=' + encodeURIComponent('101;DROP TABLE'), {}],
    [
      '?p=a-b&ck=' + Array.from({ length: 12 }, (_, i) => String(101 + i)).join(','),
      {
        added: Array.from({ length: 8 }, (_, i) => String(101 + i)),
      },
    ],
    ['?p=a-b&ck=' + '101,'.repeat(200), {}],
  ])('keeps the pledge and only valid comparison fields of %s', (search, fields) => {
    expect(parseUrlState(search).view).toEqual({ page: 'pledge', id: 'a-b', ...fields });
  });

  it('round-trips every state it produces', () => {
    const states: ViewState[] = [
      DEFAULT_STATE,
      overview({}, 'en'),
      overview({ kode: '101', q: 'a & b = c?', actor: 'Venstre' }),
      { view: { page: 'pledge', id: 'x-1' }, lang: 'da' },
      { view: { page: 'pledge', id: 'x-1', period: '2024K1', print: true }, lang: 'en' },
      {
        view: { page: 'pledge', id: 'x-1', period: '2025K4', counts: true, added: ['101', '851'] },
        lang: 'da',
      },
      { view: { page: 'kommune', kode: '000' }, lang: 'en' },
      { view: { page: 'method' }, lang: 'da' },
      { view: { page: 'finder' }, lang: 'en' },
      {
        view: {
          page: 'explore',
          sql: "SELECT * FROM observations WHERE q = 'a&b=c?'\n-- note",
          chart: { kind: 'line', x: 'period_start', y: 'value' },
        },
        lang: 'en',
      },
      {
        view: {
          page: 'explore',
          sql: 'SELECT 1',
          chart: { kind: 'line', x: 'period_start', y: 'value', series: 'area_label' },
        },
        lang: 'da',
      },
      {
        view: {
          page: 'explore',
          sql: 'SELECT 1',
          chart: { kind: 'line', x: 'period_start', y: 'value', series: null },
        },
        lang: 'da',
      },
    ];
    for (const state of states) expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(hrefFor(DEFAULT_STATE)).toBe('./');
  });

  it('round-trips any free-text search', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const state = overview({ q });
        const parsed = parseUrlState(serializeUrlState(state));
        // eslint-disable-next-line no-control-regex
        const expected = q.replace(/[\u0000-\u001f\u007f]/g, '').trim();
        expect(parsed.view).toEqual({ page: 'overview', filter: expected ? { q: expected } : {} });
      }),
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const state = parseUrlState(s);
        expect(['overview', 'pledge', 'kommune', 'method', 'finder', 'explore']).toContain(
          state.view.page,
        );
      }),
    );
  });

  it('does not mutate its input', () => {
    const state: ViewState = { view: { page: 'pledge', id: 'x-1' }, lang: 'en' };
    const copy = structuredClone(state);
    serializeUrlState(state);
    expect(state).toEqual(copy);
  });
});

describe('url state: the council dossier', () => {
  const dossier = (ids: string[], extra: { ignored?: number } = {}, lang: 'da' | 'en' = 'da') => ({
    view: { page: 'dossier' as const, ids, ...extra },
    lang,
  });

  it.each<[string, ViewState]>([
    ['?page=dossier', dossier([])],
    ['?page=dossier&ids=', dossier([])],
    ['?page=dossier&ids=a-b,c-1&lang=en', dossier(['a-b', 'c-1'], {}, 'en')],
    ['?page=dossier&ids=a-b%2Cc-1', dossier(['a-b', 'c-1'])],
    // Repeats are printed once, empty entries and spaces around ids are nothing.
    ['?page=dossier&ids=a-b,,a-b,%20c-1%20,', dossier(['a-b', 'c-1'])],
  ])('parses %s', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });

  it.each([
    ['<script>alert(1)</script>', 1],
    ['a-b,' + encodeURIComponent('"><img src=x onerror=alert(1)>') + ',c-1', 1],
    ['a-b,../../etc/passwd,C-1,' + 'a'.repeat(500), 3],
  ])('keeps the good ids of a hostile list and counts the rest: %s', (ids, ignored) => {
    const view = parseUrlState(`?page=dossier&ids=${ids}`).view;
    expect(view.page).toBe('dossier');
    if (view.page !== 'dossier') return;
    expect(view.ignored).toBe(ignored);
    for (const id of view.ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it(`keeps at most ${MAX_DOSSIER} pledges and counts the ones left out`, () => {
    const ids = Array.from({ length: MAX_DOSSIER + 5 }, (_, i) => `p-${i}`);
    const view = parseUrlState(`?page=dossier&ids=${ids.join(',')}`).view;
    expect(view).toEqual({ page: 'dossier', ids: ids.slice(0, MAX_DOSSIER), ignored: 5 });
  });

  it('round-trips, with the ids readable in the link', () => {
    for (const state of [dossier([]), dossier(['a-b', 'c-1', 'x9'], {}, 'en')]) {
      expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    }
    expect(serializeUrlState(dossier(['a-b', 'c-1']))).toBe('?page=dossier&ids=a-b,c-1');
    expect(serializeUrlState(dossier([]))).toBe('?page=dossier');
  });

  it('never throws and never lets a non-slug through, whatever the list', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 80 }), (entries) => {
        const search = `?page=dossier&ids=${encodeURIComponent(entries.join(','))}`;
        const view = parseUrlState(search).view;
        expect(view.page).toBe('dossier');
        if (view.page !== 'dossier') return;
        expect(view.ids.length).toBeLessThanOrEqual(MAX_DOSSIER);
        expect(new Set(view.ids).size).toBe(view.ids.length);
        for (const id of view.ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(parseUrlState(serializeUrlState({ view, lang: 'da' })).view.page).toBe('dossier');
      }),
    );
  });
});
