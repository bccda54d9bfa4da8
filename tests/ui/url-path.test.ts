import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, pathFor, searchForPath, type View } from '../../src/ui/state/url-state.ts';

describe('prerendered page paths', () => {
  it.each<[string, string, string | null]>([
    [
      'p/aarhus-tema-flere-hjemloese-i-egen-bolig/',
      '',
      '?p=aarhus-tema-flere-hjemloese-i-egen-bolig',
    ],
    ['p/a-b', '?cp=2022&lang=en', '?p=a-b&cp=2022&lang=en'],
    ['kommune/851/', '', '?kommune=851'],
    ['kommune/851/', '?lang=en', '?kommune=851&lang=en'],
    ['metode/', '', '?page=method'],
    ['metode', '?lang=en', '?page=method&lang=en'],
    // The path names the page: a conflicting page parameter in the query gives way.
    ['kommune/101/', '?p=x&page=explore', '?kommune=101'],
    // Not one of ours: the root, other files, malformed ids and codes.
    ['', '?p=x', null],
    ['index.html', '', null],
    ['p/', '', null],
    ['p/Bad_Slug/', '', null],
    ['p/a--b/', '', null],
    ['kommune/85/', '', null],
    ['kommune/8510/', '', null],
    ['kommune/851/x/', '', null],
    ['metode/x/', '', null],
    ['assets/index.js', '', null],
  ])('reads %s%s as %s', (path, search, expected) => {
    expect(searchForPath(path, search)).toBe(expected);
  });

  it('refuses an overlong pledge id, like the query parser does', () => {
    expect(searchForPath(`p/${'a'.repeat(121)}/`, '')).toBeNull();
    expect(searchForPath(`p/${'a'.repeat(120)}/`, '')).toBe(`?p=${'a'.repeat(120)}`);
  });

  it('opens the view the old query link opens', () => {
    expect(parseUrlState(searchForPath('kommune/851/', '')!)).toEqual(
      parseUrlState('?kommune=851'),
    );
    expect(parseUrlState(searchForPath('metode/', '?lang=en')!)).toEqual(
      parseUrlState('?page=method&lang=en'),
    );
    expect(parseUrlState(searchForPath('p/a-b/', '?print=1')!)).toEqual(
      parseUrlState('?p=a-b&print=1'),
    );
  });

  it.each<[View, string | null]>([
    [{ page: 'overview', filter: {} }, ''],
    [{ page: 'overview', filter: { kode: '851' } }, null],
    [{ page: 'pledge', id: 'a-b' }, 'p/a-b/'],
    [{ page: 'pledge', id: 'a-b', period: '2022' }, null],
    [{ page: 'kommune', kode: '851' }, 'kommune/851/'],
    [{ page: 'method' }, 'metode/'],
    [{ page: 'explore', sql: null, chart: {} }, null],
  ])('gives %j the prerendered path %s', (view, path) => {
    expect(pathFor(view)).toBe(path);
  });

  it('maps every prerendered path back to its own view', () => {
    const views = fc.oneof(
      fc
        .stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/)
        .map((id): View => ({ page: 'pledge', id })),
      fc.stringMatching(/^\d{3}$/).map((kode): View => ({ page: 'kommune', kode })),
      fc.constant<View>({ page: 'method' }),
    );
    fc.assert(
      fc.property(views, (view) => {
        const path = pathFor(view)!;
        expect(parseUrlState(searchForPath(path, '')!).view).toEqual(view);
      }),
    );
  });

  it('never throws on arbitrary paths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, search) => {
        const result = searchForPath(path, search);
        expect(result === null || result.startsWith('?')).toBe(true);
      }),
    );
  });
});
