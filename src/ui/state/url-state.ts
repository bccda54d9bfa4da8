/**
 * All shareable view state lives in the URL. This module parses and serialises it as pure
 * functions; anything unknown or malformed falls back to the default, so a hostile or stale link
 * can never break the page. Renamed parameters go through MIGRATIONS.
 *
 *   ?p=<pledge id>[&cp=<period>][&cv=count][&ck=<kode>,<kode>][&print=1]   a pledge page (cp: the
 *                                            comparison's period; cv=count: raw counts instead of
 *                                            per 1,000; ck: kommuner added to its lines over time)
 *   ?kommune=<kode>                          a municipality scorecard
 *   ?page=method                             the method page
 *   ?page=explore&sql=&chart=&x=&y=&s=       the explorer: a query and its quick chart (s: the
 *                                            line chart's series column; empty: no split)
 *   ?page=finder                             the pledge finder (for editors)
 *   ?page=dossier&ids=<id>,<id>,…            the council dossier of the chosen pledges
 *   ?k=&actor=&theme=&outcome=&action=&doc=&q=   overview filters
 *   &lang=en                                 English (Danish is the default)
 *
 * Prerendered pages are served by path, since a static host serves files, not queries: the app
 * opened at one of PAGE_PATHS reads it as the query it stands for (searchForPath).
 */
import type { Lang } from '../../domain/format.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../domain/outcome.ts';
import { ACTION_STATUSES, type ActionStatus } from '../../domain/pledge.ts';
import type { PledgeFilter } from '../../domain/filter-pledges.ts';

export type { Lang };

/** The overview's filters; each one is optional and absent means "all". */
export type OverviewFilter = PledgeFilter;

export type View =
  | { page: 'overview'; filter: OverviewFilter }
  | {
      page: 'pledge';
      id: string;
      period?: string;
      print?: boolean;
      /** The comparison in raw counts rather than per 1,000 inhabitants (the default). */
      counts?: boolean;
      /** Kommuner added next to the pledge's own in the comparison over time, by kode. */
      added?: string[];
    }
  | { page: 'kommune'; kode: string }
  | { page: 'method' }
  | { page: 'finder' }
  | { page: 'explore'; sql: string | null; chart: ExploreChart }
  | DossierView;

/**
 * The council dossier: the chosen pledges, in the link's order, each once. `ignored` counts the
 * entries the link held that are not pledge ids or are beyond MAX_DOSSIER, so the page can say so.
 */
export interface DossierView {
  page: 'dossier';
  ids: string[];
  ignored?: number;
}

/** The explorer's quick chart; absent fields mean "suggest one from the result". */
export interface ExploreChart {
  kind?: 'line' | 'bar' | 'map' | 'none';
  x?: string;
  y?: string;
  /** The line chart's series column; null: the reader chose one line, no split. */
  series?: string | null;
}

export interface ViewState {
  view: View;
  lang: Lang;
}

export const DEFAULT_STATE: ViewState = { view: { page: 'overview', filter: {} }, lang: 'da' };

/** Old parameter name → current one. */
const MIGRATIONS: [string, string][] = [['pledge', 'p']];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KODE = /^\d{3}$/;
const THEME = /^[a-z_]{1,40}$/;
const PERIOD = /^[0-9A-Za-z-]{1,20}$/;
/** Kommuner a reader can add to the comparison's lines; more would not be readable as lines. */
export const MAX_ADDED_KOMMUNER = 8;
/** Free text is only ever compared or shown as text, but a bound keeps links sane. */
const MAX_TEXT = 200;

export function parseUrlState(search: string): ViewState {
  const params = new URLSearchParams(search);
  for (const [from, to] of MIGRATIONS) {
    const old = params.get(from);
    if (old !== null && !params.has(to)) params.set(to, old);
  }
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'da';
  return { view: parseView(params), lang };
}

function parseView(params: URLSearchParams): View {
  const id = params.get('p');
  if (id !== null && isSlug(id)) {
    const period = params.get('cp');
    return {
      page: 'pledge',
      id,
      ...(period !== null && PERIOD.test(period) ? { period } : {}),
      ...(params.get('print') === '1' ? { print: true } : {}),
      ...(params.get('cv') === 'count' ? { counts: true } : {}),
      ...addedKommuner(params.get('ck')),
    };
  }
  const kommune = params.get('kommune');
  if (kommune !== null && KODE.test(kommune)) return { page: 'kommune', kode: kommune };
  if (params.get('page') === 'method') return { page: 'method' };
  if (params.get('page') === 'finder') return { page: 'finder' };
  if (params.get('page') === 'explore') return parseExplore(params);
  if (params.get('page') === 'dossier') return parseDossier(params.get('ids'));
  return { page: 'overview', filter: parseFilter(params) };
}

/** `ck=101,751`: three-digit kodes only, each once, at most MAX_ADDED_KOMMUNER; the rest is dropped. */
function addedKommuner(raw: string | null): { added?: string[] } {
  if (raw === null || raw.length > MAX_ADDED_KOMMUNER * 8) return {};
  const kodes = [...new Set(raw.split(',').filter((k) => KODE.test(k)))].slice(
    0,
    MAX_ADDED_KOMMUNER,
  );
  return kodes.length > 0 ? { added: kodes } : {};
}

function parseFilter(params: URLSearchParams): OverviewFilter {
  const filter: OverviewFilter = {};
  const get = (key: string) => params.get(key);
  const kode = get('k');
  if (kode !== null && KODE.test(kode)) filter.kode = kode;
  const actor = text(get('actor'));
  if (actor) filter.actor = actor;
  const theme = get('theme');
  if (theme !== null && THEME.test(theme)) filter.theme = theme;
  const outcome = get('outcome');
  if (outcome !== null && (OUTCOME_STATUSES as readonly string[]).includes(outcome))
    filter.outcome = outcome as OutcomeStatus;
  const action = get('action');
  if (action !== null && (ACTION_STATUSES as readonly string[]).includes(action))
    filter.action = action as ActionStatus;
  const doc = get('doc');
  if (doc !== null && isSlug(doc)) filter.document = doc;
  const q = text(get('q'));
  if (q) filter.q = q;
  return filter;
}

/** A dossier prints at most this many pledges; a longer link keeps the first ones. */
export const MAX_DOSSIER = 60;

function parseDossier(raw: string | null): DossierView {
  const entries = (raw ?? '').split(',').filter((e) => e.trim() !== '');
  const ids: string[] = [];
  let ignored = 0;
  for (const entry of entries) {
    const id = entry.trim();
    if (!isSlug(id) || ids.length >= MAX_DOSSIER) ignored++;
    else if (!ids.includes(id)) ids.push(id);
  }
  return { page: 'dossier', ids, ...(ignored > 0 ? { ignored } : {}) };
}

/** A query in a link is bounded; longer ones are not ours and are dropped, not cut. */
export const MAX_SQL_LENGTH = 4000;
const CHART_KINDS = ['line', 'bar', 'map', 'none'] as const;

function parseExplore(params: URLSearchParams): View {
  const raw = params.get('sql');
  // Newlines and tabs belong in SQL; other control characters do not.
  // eslint-disable-next-line no-control-regex
  const sql = raw === null ? null : raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const kind = params.get('chart');
  const column = (key: string) => {
    const value = text(params.get(key));
    return value && value.length <= 64 ? value : undefined;
  };
  const chart: ExploreChart = {};
  if (kind !== null && (CHART_KINDS as readonly string[]).includes(kind))
    chart.kind = kind as ExploreChart['kind'];
  const x = column('x');
  const y = column('y');
  if (x) chart.x = x;
  if (y) chart.y = y;
  // A series split means something only for a line; an empty `s` is the reader's "no split".
  if (chart.kind === 'line' && params.has('s')) {
    const raw = params.get('s') ?? '';
    const series = column('s');
    if (series) chart.series = series;
    else if (raw === '') chart.series = null;
  }
  return {
    page: 'explore',
    sql: sql !== null && sql.trim() !== '' && sql.length <= MAX_SQL_LENGTH ? sql : null,
    chart,
  };
}

function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG.test(value);
}

function text(value: string | null): string | undefined {
  if (value === null) return undefined;
  // Control characters have no place in a search or a name; drop them rather than the whole value.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned === '' ? undefined : cleaned.slice(0, MAX_TEXT);
}

/** The query string for a state, '' for the default; parameters in a fixed order. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  const view = state.view;
  if (view.page === 'pledge') {
    params.set('p', view.id);
    if (view.period) params.set('cp', view.period);
    if (view.counts) params.set('cv', 'count');
    if (view.added && view.added.length > 0) params.set('ck', view.added.join(','));
    if (view.print) params.set('print', '1');
  } else if (view.page === 'kommune') {
    params.set('kommune', view.kode);
  } else if (view.page === 'method' || view.page === 'finder') {
    params.set('page', view.page);
  } else if (view.page === 'dossier') {
    params.set('page', 'dossier');
    if (view.ids.length > 0) params.set('ids', view.ids.join(','));
  } else if (view.page === 'explore') {
    params.set('page', 'explore');
    if (view.sql) params.set('sql', view.sql);
    if (view.chart.kind) params.set('chart', view.chart.kind);
    if (view.chart.x) params.set('x', view.chart.x);
    if (view.chart.y) params.set('y', view.chart.y);
    if (view.chart.kind === 'line' && view.chart.series !== undefined)
      params.set('s', view.chart.series ?? '');
  } else {
    const f = view.filter;
    if (f.kode) params.set('k', f.kode);
    if (f.actor) params.set('actor', f.actor);
    if (f.theme) params.set('theme', f.theme);
    if (f.outcome) params.set('outcome', f.outcome);
    if (f.action) params.set('action', f.action);
    if (f.document) params.set('doc', f.document);
    if (f.q) params.set('q', f.q);
  }
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  // Ids are slugs, so their commas are the only thing encoded; a list reads better without.
  const query = params.toString().replace(/%2C/g, view.page === 'dossier' ? ',' : '%2C');
  return query === '' ? '' : `?${query}`;
}

/** A link target for a state: the query string, or './' for the default view. */
export function hrefFor(state: ViewState): string {
  return serializeUrlState(state) || './';
}

/** How views move to another state; `replace` skips a history entry (e.g. while typing). */
export type Navigate = (next: ViewState, options?: { replace?: boolean }) => void;

/**
 * The prerendered pages' paths below the app's root, each the file a static host serves for a
 * view: the path stands for the query (p/<id>/ is ?p=<id>).
 *
 *   p/<pledge id>/     ?p=<id>
 *   kommune/<kode>/    ?kommune=<kode>
 *   metode/            ?page=method
 */
const PAGE_PATHS: [RegExp, (m: RegExpExecArray) => [string, string]][] = [
  [/^p\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/, (m) => ['p', m[1]!]],
  [/^kommune\/(\d{3})\/?$/, (m) => ['kommune', m[1]!]],
  [/^metode\/?$/, () => ['page', 'method']],
];

/**
 * The query string a prerendered page's path stands for, with the page's own query kept (its
 * language, a comparison period); null for any other path, such as the root. `path` is relative
 * to the app's root, without a leading slash. The path names the page, so it wins over a
 * conflicting page parameter in the query.
 */
export function searchForPath(path: string, search: string): string | null {
  for (const [pattern, param] of PAGE_PATHS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [key, value] = param(match);
    if (key === 'p' && value.length > 120) return null;
    const params = new URLSearchParams(search);
    for (const name of ['p', 'pledge', 'kommune', 'page']) params.delete(name);
    const query = new URLSearchParams([[key, value]]);
    for (const [k, v] of params) query.append(k, v);
    return `?${query}`;
  }
  return null;
}

/** The prerendered page's path (relative, ending in /) for a view that has one, else null. */
export function pathFor(view: View): string | null {
  if (view.page === 'pledge' && !view.period && !view.print) return `p/${view.id}/`;
  if (view.page === 'kommune') return `kommune/${view.kode}/`;
  if (view.page === 'method') return 'metode/';
  if (view.page === 'overview' && Object.keys(view.filter).length === 0) return '';
  return null;
}
