import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../src/ui/state/url-state.ts';

describe('url state', () => {
  it.each<[string, ViewState]>([
    ['', DEFAULT_STATE],
    [
      '?p=aarhus-tema-flere-hjemloese-i-egen-bolig',
      { view: { page: 'pledge', id: 'aarhus-tema-flere-hjemloese-i-egen-bolig' }, lang: 'da' },
    ],
    ['?lang=en', { view: { page: 'overview' }, lang: 'en' }],
    ['?p=a-b&lang=en', { view: { page: 'pledge', id: 'a-b' }, lang: 'en' }],
    // Renamed parameter from an old link.
    ['?pledge=a-b', { view: { page: 'pledge', id: 'a-b' }, lang: 'da' }],
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
  ])('falls back to defaults for hostile or unknown %s', (search) => {
    const state = parseUrlState(search);
    expect(state.view).toEqual({ page: 'overview' });
    expect(state.lang).toBe('da');
  });

  it('round-trips every state it produces', () => {
    const states: ViewState[] = [
      DEFAULT_STATE,
      { view: { page: 'overview' }, lang: 'en' },
      { view: { page: 'pledge', id: 'x-1' }, lang: 'da' },
      { view: { page: 'pledge', id: 'x-1' }, lang: 'en' },
    ];
    for (const state of states) expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('does not mutate its input', () => {
    const state: ViewState = { view: { page: 'pledge', id: 'x-1' }, lang: 'en' };
    const copy = structuredClone(state);
    serializeUrlState(state);
    expect(state).toEqual(copy);
  });
});
