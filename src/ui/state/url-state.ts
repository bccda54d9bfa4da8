/**
 * All shareable view state lives in the URL. This module parses and serialises it as pure
 * functions; anything unknown or malformed falls back to the default, so a hostile or stale link
 * can never break the page. Renamed parameters go through MIGRATIONS.
 */
import type { Lang } from '../../domain/format.ts';

export type { Lang };

export type View = { page: 'overview' } | { page: 'pledge'; id: string };

export interface ViewState {
  view: View;
  lang: Lang;
}

export const DEFAULT_STATE: ViewState = { view: { page: 'overview' }, lang: 'da' };

/** Old parameter name → current one. */
const MIGRATIONS: [string, string][] = [['pledge', 'p']];

const PLEDGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseUrlState(search: string): ViewState {
  const params = new URLSearchParams(search);
  for (const [from, to] of MIGRATIONS) {
    const old = params.get(from);
    if (old !== null && !params.has(to)) params.set(to, old);
  }
  const id = params.get('p');
  const lang = params.get('lang');
  return {
    view:
      id !== null && id.length <= 120 && PLEDGE_ID.test(id)
        ? { page: 'pledge', id }
        : { page: 'overview' },
    lang: lang === 'en' ? 'en' : 'da',
  };
}

/** The query string for a state, '' for the default; parameters in a fixed order. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view.page === 'pledge') params.set('p', state.view.id);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
