/**
 * The overview's filters: narrowing the pledge list by kommune, actor, theme, verdicts, document
 * and free text, and the facet counts shown next to each choice. Labels arrive already resolved
 * in the reader's language, so this module never needs the UI's word lists.
 */
import { ACTION_STATUSES, type ActionStatus, type Kode, type Pledge } from './pledge.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from './outcome.ts';
import { compareDanish } from './danish-collation.ts';
import {
  foldSearchText,
  foldTracked,
  occurs,
  rawTerms,
  stripFold,
  type Folded,
  type Term,
} from './search-text.ts';

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
  /** Whether the bundled data has a figure to chart for the pledge's measure. */
  hasFigures: boolean;
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

/** Every action status (re-exported for the overview's filters). */
export { ACTION_STATUSES };

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

function haystack(item: PledgeListItem): { written: Folded; stripped: string } {
  const p = item.pledge;
  const text = [
    p.quote,
    p.summaryEn,
    p.actor?.name,
    p.actor?.person,
    item.kommuneName,
    item.documentTitle,
    item.themeLabel,
  ]
    .filter((s): s is string => typeof s === 'string')
    .join('\n');
  return { written: foldTracked(text), stripped: stripFold(text) };
}

const isSet = (value: string | undefined): value is string =>
  typeof value === 'string' && value !== '';

function matches(item: PledgeListItem, filter: PledgeFilter, terms: readonly Term[]): boolean {
  const p = item.pledge;
  if (isSet(filter.kode) && p.kode !== filter.kode) return false;
  if (isSet(filter.actor) && actorValue(p) !== filter.actor) return false;
  if (isSet(filter.theme) && p.theme !== filter.theme) return false;
  if (isSet(filter.outcome) && item.outcome !== filter.outcome) return false;
  if (isSet(filter.action) && item.action !== filter.action) return false;
  if (isSet(filter.document) && p.documentId !== filter.document) return false;
  if (terms.length === 0) return true;
  const folded = haystack(item);
  return terms.every(
    (term) => occurs(folded.written, term.written) || folded.stripped.includes(term.stripped),
  );
}

/** The items that pass every set field of the filter, in input order. Empty fields are ignored. */
export function filterPledges(
  items: readonly PledgeListItem[],
  filter: PledgeFilter,
): PledgeListItem[] {
  const terms = rawTerms(filter.q).map((t) => ({
    written: foldSearchText(t),
    stripped: stripFold(t),
  }));
  return items.filter((item) => matches(item, filter, terms));
}

/** How many items share each key, keys in order of first appearance. */
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

/** Options in Danish alphabetical order by label (compareDanish, the one collation). */
function byLabel(a: { label: string }, b: { label: string }): number {
  return compareDanish(a.label, b.label);
}

export interface FacetLabels {
  /** Label for UNKNOWN_ACTOR, e.g. 'ikke oplyst i dokumentet'. Defaults to 'unknown'. */
  unknownActor?: string;
}

type ListFacet = 'kommuner' | 'actors' | 'themes' | 'documents';

const LIST_FACETS: Record<
  ListFacet,
  { value: (i: PledgeListItem) => string; label: (i: PledgeListItem, unknown: string) => string }
> = {
  kommuner: { value: (i) => i.pledge.kode, label: (i) => i.kommuneName },
  actors: {
    value: (i) => actorValue(i.pledge),
    label: (i, unknown) =>
      actorValue(i.pledge) === UNKNOWN_ACTOR ? unknown : actorValue(i.pledge),
  },
  themes: { value: (i) => i.pledge.theme, label: (i) => i.themeLabel },
  documents: { value: (i) => i.pledge.documentId, label: (i) => i.documentTitle },
};

/** Options of one facet, labelled by the first item seen with each value, sorted by label. */
function listOptions(
  items: readonly PledgeListItem[],
  facet: ListFacet,
  labels: FacetLabels,
): FacetOption[] {
  const { value, label } = LIST_FACETS[facet];
  const unknown = labels.unknownActor ?? UNKNOWN_ACTOR;
  const byValue = new Map<string, FacetOption>();
  for (const item of items) {
    const v = value(item);
    const option = byValue.get(v);
    if (option) option.count += 1;
    else byValue.set(v, { value: v, label: label(item, unknown) || v, count: 1 });
  }
  return [...byValue.values()].sort(byLabel);
}

const asKommuner = (options: FacetOption[]): KommuneOption[] =>
  options.map(({ value, label, count }) => ({ kode: value, label, count }));

/** Every facet's options with counts over the items given. */
export function facetOptions(
  items: readonly PledgeListItem[],
  labels: FacetLabels = {},
): FacetOptions {
  return {
    kommuner: asKommuner(listOptions(items, 'kommuner', labels)),
    actors: listOptions(items, 'actors', labels),
    themes: listOptions(items, 'themes', labels),
    documents: listOptions(items, 'documents', labels),
    outcomes: countOutcomes(items),
    actions: countActions(items),
  };
}

/**
 * One facet's options, counted with every filter applied except that facet's own, so each option
 * shows how many pledges choosing it instead would give. A selected value that the other filters
 * exclude stays listed with 0, so it can always be seen and cleared.
 */
export function facetOptionsFor<F extends Facet>(
  items: readonly PledgeListItem[],
  filter: PledgeFilter,
  facet: F,
  labels: FacetLabels = {},
): FacetOptions[F] {
  const field = FACET_FILTER[facet];
  const narrowed = filterPledges(items, { ...filter, [field]: undefined });
  if (facet === 'outcomes' || facet === 'actions') return facetOptions(narrowed, labels)[facet];
  const listFacet = facet as ListFacet;
  let options = listOptions(narrowed, listFacet, labels);
  const selected = filter[field];
  if (isSet(selected) && !options.some((o) => o.value === selected)) {
    const known = listOptions(items, listFacet, labels).find((o) => o.value === selected);
    if (known) options = [...options, { ...known, count: 0 }].sort(byLabel);
  }
  return (listFacet === 'kommuner' ? asKommuner(options) : options) as FacetOptions[F];
}
