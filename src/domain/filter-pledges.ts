/**
 * The overview's filters: narrowing the pledge list by kommune, actor, theme, verdicts, document
 * and free text, and the facet counts shown next to each choice. Labels arrive already resolved
 * in the reader's language, so this module never needs the UI's word lists.
 */
import type { ActionStatus, Kode, Pledge } from './pledge.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from './outcome.ts';
import { ACTION_LABELS } from './evaluate-action.ts';

export interface PledgeFilter {
  kode?: string;
  /** An actor name as the catalogue writes it, or UNKNOWN_ACTOR. */
  actor?: string;
  theme?: string;
  outcome?: OutcomeStatus;
  action?: ActionStatus;
  /** A document id. */
  document?: string;
  /** Free text; every whitespace-separated term must match somewhere. */
  q?: string;
}

/** A pledge with its verdicts and the labels the caller resolved in the current language. */
export interface PledgeListItem {
  pledge: Pledge;
  outcome: OutcomeStatus;
  action: ActionStatus;
  kommuneName: string;
  documentTitle: string;
  themeLabel: string;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface KommuneOption {
  kode: Kode;
  label: string;
  count: number;
}

export interface FacetOptions {
  kommuner: KommuneOption[];
  actors: FacetOption[];
  themes: FacetOption[];
  documents: FacetOption[];
  outcomes: Record<OutcomeStatus, number>;
  actions: Record<ActionStatus, number>;
}

export type Facet = keyof FacetOptions;

/** The facet value that groups every actor the document does not name. */
export const UNKNOWN_ACTOR = 'unknown';

/** Longer queries are cut here, so a pasted page of text cannot stall the list. */
export const MAX_QUERY_LENGTH = 200;

export const ACTION_STATUSES = Object.keys(ACTION_LABELS) as ActionStatus[];

/** Which filter field each facet ignores when counting its own options. */
const FACET_FILTER: Record<Facet, keyof PledgeFilter> = {
  kommuner: 'kode',
  actors: 'actor',
  themes: 'theme',
  documents: 'document',
  outcomes: 'outcome',
  actions: 'action',
};

/** The actor facet value of a pledge: its name, or UNKNOWN_ACTOR when the document names none. */
export function actorValue(pledge: Pledge): string {
  const name = (pledge.actor?.name ?? '').trim();
  if (pledge.actor?.type === 'unknown' || name === '' || name.toLowerCase() === UNKNOWN_ACTOR) {
    return UNKNOWN_ACTOR;
  }
  return name;
}

/**
 * Text folded for searching: lower case, accents dropped (é → e, ü → u) but æ, ø and å kept as
 * letters, then written out as ae, oe and aa. Writing them out rather than contracting the
 * digraphs keeps substring matching monotone while a word is typed: 'hjemlo' already matches
 * 'hjemløse', and both 'Århus' and 'Aarhus' fold to 'aarhus'.
 */
export function foldSearchText(text: string): string {
  return (
    text
      .toLocaleLowerCase('da')
      .normalize('NFD')
      // å decomposes to a + ring above; keep it before the marks go.
      .replace(/a\u030a/g, 'å')
      .replace(/\p{M}/gu, '')
      .replace(/å/g, 'aa')
      .replace(/ø/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/\s+/g, ' ')
  );
}

/** The folded search terms of a query, after truncation; empty terms are dropped. */
export function searchTerms(q: string | undefined): string[] {
  if (typeof q !== 'string') return [];
  // Cut by code points so an emoji at the limit is not split into half a surrogate pair.
  const cut = Array.from(q).slice(0, MAX_QUERY_LENGTH).join('');
  return foldSearchText(cut)
    .split(' ')
    .filter((t) => t !== '');
}

function haystack(item: PledgeListItem): string {
  const p = item.pledge;
  return foldSearchText(
    [
      p.quote,
      p.summaryEn,
      p.actor?.name,
      p.actor?.person,
      item.kommuneName,
      item.documentTitle,
      item.themeLabel,
    ]
      .filter((s): s is string => typeof s === 'string')
      .join('\n'),
  );
}

const isSet = (value: string | undefined): value is string =>
  typeof value === 'string' && value !== '';

function matches(item: PledgeListItem, filter: PledgeFilter, terms: readonly string[]): boolean {
  const p = item.pledge;
  if (isSet(filter.kode) && p.kode !== filter.kode) return false;
  if (isSet(filter.actor) && actorValue(p) !== filter.actor) return false;
  if (isSet(filter.theme) && p.theme !== filter.theme) return false;
  if (isSet(filter.outcome) && item.outcome !== filter.outcome) return false;
  if (isSet(filter.action) && item.action !== filter.action) return false;
  if (isSet(filter.document) && p.documentId !== filter.document) return false;
  if (terms.length === 0) return true;
  const text = haystack(item);
  // includes(), never a RegExp: the query is data, not a pattern.
  return terms.every((term) => text.includes(term));
}

/** The items that pass every set field of the filter, in input order. Empty fields are ignored. */
export function filterPledges(
  items: readonly PledgeListItem[],
  filter: PledgeFilter,
): PledgeListItem[] {
  const terms = searchTerms(filter.q);
  return items.filter((item) => matches(item, filter, terms));
}

export function countBy<T, K extends string>(
  items: readonly T[],
  key: (item: T) => K,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Counts per outcome status, every status present. Unknown statuses are not counted. */
export function countOutcomes(items: readonly PledgeListItem[]): Record<OutcomeStatus, number> {
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, 0])) as Record<
    OutcomeStatus,
    number
  >;
  for (const item of items) {
    if (Object.hasOwn(counts, item.outcome)) counts[item.outcome] += 1;
  }
  return counts;
}

/** Counts per action status, every status present. Unknown statuses are not counted. */
export function countActions(items: readonly PledgeListItem[]): Record<ActionStatus, number> {
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<
    ActionStatus,
    number
  >;
  for (const item of items) {
    if (Object.hasOwn(counts, item.action)) counts[item.action] += 1;
  }
  return counts;
}

/**
 * Sort key written out by hand rather than Intl.Collator, so the order is the same under every
 * ICU build: case and accents ignored, æ, ø, å after z. 'Aa' stays at the start, as most Danish
 * kommune lists put Aabenraa, Aalborg and Aarhus.
 */
function sortKey(label: string): string {
  return label
    .toLocaleLowerCase('da')
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/\p{M}/gu, '')
    .replace(/æ/g, '{')
    .replace(/ø/g, '|')
    .replace(/å/g, '}');
}

function byLabel(a: { label: string }, b: { label: string }): number {
  const ka = sortKey(a.label);
  const kb = sortKey(b.label);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Options of one facet, labelled by the first item seen with each value, sorted by label. */
function optionsOf(
  items: readonly PledgeListItem[],
  value: (item: PledgeListItem) => string,
  label: (item: PledgeListItem) => string,
): FacetOption[] {
  const byValue = new Map<string, FacetOption>();
  for (const item of items) {
    const v = value(item);
    const option = byValue.get(v);
    if (option) option.count += 1;
    else byValue.set(v, { value: v, label: label(item) || v, count: 1 });
  }
  return [...byValue.values()].sort(byLabel);
}

export interface FacetLabels {
  /** Label for UNKNOWN_ACTOR, e.g. 'ikke oplyst i dokumentet'. Defaults to 'unknown'. */
  unknownActor?: string;
}

/** Every facet's options with counts over the items given. */
export function facetOptions(
  items: readonly PledgeListItem[],
  labels: FacetLabels = {},
): FacetOptions {
  const unknownLabel = labels.unknownActor ?? UNKNOWN_ACTOR;
  return {
    kommuner: optionsOf(
      items,
      (i) => i.pledge.kode,
      (i) => i.kommuneName,
    ).map(({ value, label, count }) => ({ kode: value, label, count })),
    actors: optionsOf(items, (i) => actorValue(i.pledge), (i) => {
      const v = actorValue(i.pledge);
      return v === UNKNOWN_ACTOR ? unknownLabel : v;
    }),
    themes: optionsOf(
      items,
      (i) => i.pledge.theme,
      (i) => i.themeLabel,
    ),
    documents: optionsOf(
      items,
      (i) => i.pledge.documentId,
      (i) => i.documentTitle,
    ),
    outcomes: countOutcomes(items),
    actions: countActions(items),
  };
}

/**
 * One facet's options, counted with every filter applied except that facet's own, so each option
 * shows how many pledges choosing it instead would give. The selected value stays listed even
 * when nothing else matches it, so it can always be seen and cleared.
 */
export function facetOptionsFor<F extends Facet>(
  items: readonly PledgeListItem[],
  filter: PledgeFilter,
  facet: F,
  labels: FacetLabels = {},
): FacetOptions[F] {
  const field = FACET_FILTER[facet];
  const options = facetOptions(filterPledges(items, { ...filter, [field]: undefined }), labels);
  const selected = filter[field];
  if (!isSet(selected)) return options[facet];
  if (facet === 'kommuner') {
    const list = options.kommuner;
    if (list.some((o) => o.kode === selected)) return options[facet];
    const known = facetOptions(items, labels).kommuner.find((o) => o.kode === selected);
    if (known) options.kommuner = [...list, { ...known, count: 0 }].sort(byLabel);
  } else if (facet === 'actors' || facet === 'themes' || facet === 'documents') {
    const key = facet as 'actors' | 'themes' | 'documents';
    const list = options[key];
    if (list.some((o) => o.value === selected)) return options[facet];
    const known = facetOptions(items, labels)[key].find((o) => o.value === selected);
    if (known) options[key] = [...list, { ...known, count: 0 }].sort(byLabel);
  }
  return options[facet];
}
