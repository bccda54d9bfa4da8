// Filters over SYNTHETIC pledge list items; quotes, actors and verdicts are made up for the tests.
import { describe, it, expect } from 'vitest';
import {
  ACTION_STATUSES,
  UNKNOWN_ACTOR,
  actorValue,
  countActions,
  countBy,
  countOutcomes,
  facetOptions,
  facetOptionsFor,
  filterPledges,
  type PledgeListItem,
} from '../../src/domain/filter-pledges.ts';
import { MAX_QUERY_LENGTH, foldSearchText, searchTerms } from '../../src/domain/search-text.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import { pledge } from './fixtures.ts';

function item(
  id: string,
  overrides: Partial<Pledge>,
  rest: Partial<Omit<PledgeListItem, 'pledge'>> = {},
): PledgeListItem {
  return {
    pledge: pledge({ id, ...overrides }),
    outcome: 'cannot_assess',
    action: 'not_assessed',
    kommuneName: 'Aarhus',
    documentTitle: 'Synthetic budget',
    themeLabel: 'Hjemløshed',
    hasFigures: false,
    ...rest,
  };
}

const ITEMS: PledgeListItem[] = [
  item(
    'a',
    {
      quote: 'Vi vil halvere antallet af hjemløse borgere.',
      summaryEn: 'Halve homelessness.',
      actor: { type: 'party', name: 'Partiet A', person: 'Søren Ørsted' },
      documentId: 'doc-1',
      kode: '751',
    },
    { outcome: 'toward_target', action: 'in_progress', documentTitle: 'Budget 2020' },
  ),
  item(
    'b',
    {
      quote: 'Et nyt afrusningstilbud åbner i Århus.',
      summaryEn: 'A new detox unit opens.',
      actor: { type: 'coalition', name: 'Forligskredsen' },
      documentId: 'doc-1',
      kode: '751',
      theme: 'drug_treatment',
    },
    {
      outcome: 'not_yet_due',
      action: 'kept',
      documentTitle: 'Budget 2020',
      themeLabel: 'Misbrugsbehandling',
    },
  ),
  item(
    'c',
    {
      quote: 'Flere unge skal i uddannelse, også i Albertslund.',
      summaryEn: 'More young people in education.',
      actor: { type: 'unknown', name: 'unknown' },
      documentId: 'doc-2',
      kode: '165',
      theme: 'youth',
    },
    {
      outcome: 'toward_target',
      action: 'not_assessed',
      kommuneName: 'Albertslund',
      documentTitle: 'Høringssvar',
      themeLabel: 'Unge',
    },
  ),
  item(
    'd',
    {
      quote: 'Caféen for udsatte holder åbent hele året.',
      summaryEn: 'The café for vulnerable people stays open.',
      actor: { type: 'person', name: 'Partiet A', person: 'Kim Müller' },
      documentId: 'doc-3',
      kode: '851',
    },
    {
      outcome: 'met',
      action: 'kept',
      kommuneName: 'Aalborg',
      documentTitle: 'Nyhedsbrev',
    },
  ),
];

const ids = (items: PledgeListItem[]): string[] => items.map((i) => i.pledge.id);

describe('filterPledges', () => {
  it('returns everything, in input order, for an empty filter', () => {
    expect(ids(filterPledges(ITEMS, {}))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterPledges(ITEMS, { kode: '', q: '   ' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    [{ kode: '751' }, ['a', 'b']],
    [{ actor: 'Partiet A' }, ['a', 'd']],
    [{ actor: UNKNOWN_ACTOR }, ['c']],
    [{ theme: 'homelessness' }, ['a', 'd']],
    [{ outcome: 'toward_target' as const }, ['a', 'c']],
    [{ action: 'kept' as const }, ['b', 'd']],
    [{ document: 'doc-1' }, ['a', 'b']],
    [{ kode: '751', action: 'kept' as const }, ['b']],
    [{ kode: '851', theme: 'youth' }, []],
  ])('filters by %j', (filter, expected) => {
    expect(ids(filterPledges(ITEMS, filter))).toEqual(expected);
  });

  it('keeps input order whatever order the items come in', () => {
    const reversed = [...ITEMS].reverse();
    expect(ids(filterPledges(reversed, { actor: 'Partiet A' }))).toEqual(['d', 'a']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(ITEMS);
    filterPledges(ITEMS, { q: 'hjemløse', kode: '751' });
    expect(ITEMS).toEqual(copy);
  });
});

describe('free-text search', () => {
  const q = (text: string): string[] => ids(filterPledges(ITEMS, { q: text }));

  it('is case-insensitive and searches quote, summary, actor, person, kommune, document, theme', () => {
    expect(q('HJEMLØSE')).toEqual(['a']); // quote
    expect(q('detox')).toEqual(['b']); // summaryEn
    expect(q('forligskredsen')).toEqual(['b']); // actor name
    expect(q('ørsted')).toEqual(['a']); // person
    expect(q('aalborg')).toEqual(['d']); // kommuneName
    expect(q('høringssvar')).toEqual(['c']); // documentTitle
    expect(q('misbrug')).toEqual(['b']); // themeLabel
  });

  it('needs every term to match (AND), in any field', () => {
    expect(q('partiet café')).toEqual(['d']);
    expect(q('partiet hjemløse')).toEqual(['a']);
    expect(q('partiet detox')).toEqual([]);
    expect(q('  budget \t 2020\n')).toEqual(['a', 'b']);
  });

  it("lets 'aa', 'oe' and 'ae' stand for å, ø and æ, both ways", () => {
    expect(q('Aarhus')).toEqual(['a', 'b']); // 'Århus' in b's quote, 'Aarhus' as kommune
    expect(q('århus')).toEqual(['a', 'b']);
    expect(q('hjemloese')).toEqual(['a']);
    expect(q('oersted')).toEqual(['a']);
    expect(q('aabner')).toEqual(['b']);
    expect(q('hoeringssvar')).toEqual(['c']);
  });

  it('matches while a word with ø is still being typed', () => {
    // a's quote says 'hjemløse'; a's and d's theme label is 'Hjemløshed'.
    expect(q('hjemlo')).toEqual(['a', 'd']);
    expect(q('hjemlø')).toEqual(['a', 'd']);
  });

  it('finds æ, ø and å typed written out (oe) or with the ring and stroke left off (o)', () => {
    // People on foreign keyboards type 'hjemlose' or 'hjemloese' for 'hjemløse'.
    expect(q('hjemlose')).toEqual(q('hjemløse'));
    expect(q('hjemloese')).toEqual(q('hjemløse'));
    expect(q('abner')).toEqual(['b']);
    const only = [item('x', { quote: 'Løfte for Århus.' }, { kommuneName: 'Østjylland' })];
    expect(ids(filterPledges(only, { q: 'aarhus' }))).toEqual(['x']);
    expect(ids(filterPledges(only, { q: 'rhus' }))).toEqual(['x']);
    expect(ids(filterPledges(only, { q: 'arhus' }))).toEqual(['x']);
    expect(ids(filterPledges(only, { q: 'stjylland' }))).toEqual(['x']);
    expect(ids(filterPledges(only, { q: 'ostjylland' }))).toEqual(['x']);
    expect(ids(filterPledges(only, { q: 'oestjylland' }))).toEqual(['x']);
    // Still letters, not wildcards: a different vowel does not match.
    expect(ids(filterPledges(only, { q: 'estjylland' }))).toEqual([]);
    expect(ids(filterPledges(only, { q: 'irhus' }))).toEqual([]);
  });

  it('ignores accents on other letters', () => {
    expect(q('cafe')).toEqual(['d']);
    expect(q('CAFÉEN')).toEqual(['d']);
    expect(q('muller')).toEqual(['d']);
  });

  it('never reads the query as a pattern', () => {
    expect(q('(.*')).toEqual([]);
    expect(q('.*')).toEqual([]);
    expect(q('<script>')).toEqual([]);
    expect(q('[a-z]+')).toEqual([]);
    const withParen = item('p', { quote: 'Et tilbud (.* særligt) til <script> unge.' });
    expect(ids(filterPledges([withParen, ...ITEMS], { q: '(.*' }))).toEqual(['p']);
    expect(ids(filterPledges([withParen, ...ITEMS], { q: '<script>' }))).toEqual(['p']);
  });

  it(`reads only the first ${MAX_QUERY_LENGTH} characters of the query`, () => {
    const long = 'hjemløse '.padEnd(MAX_QUERY_LENGTH, ' ') + 'ingenting-matcher-dette';
    expect(q(long)).toEqual(['a']);
    const justInside = ' '.repeat(MAX_QUERY_LENGTH - 'detox'.length) + 'detox';
    expect(q(justInside)).toEqual(['b']);
    expect(q(`${justInside}x`)).toEqual(['b']);
    expect(searchTerms('a'.repeat(5000))[0]).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('does not split a character made of two code units at the limit', () => {
    const terms = searchTerms('x'.repeat(MAX_QUERY_LENGTH - 1) + '😀😀');
    expect(terms[0]).toBe('x'.repeat(MAX_QUERY_LENGTH - 1) + '😀');
  });
});

describe('foldSearchText', () => {
  it.each([
    ['Århus', 'aarhus'],
    ['AARHUS', 'aarhus'],
    ['Hjemløse', 'hjemloese'],
    ['Ærø', 'aeroe'],
    ['Café', 'cafe'],
    ['Würtz', 'wurtz'],
    ['a\u030Angstrom', 'aangstrom'], // decomposed å
    ['to\u00A0ord', 'to ord'], // no-break space from a seed
  ])('%s → %s', (input, expected) => {
    expect(foldSearchText(input)).toBe(expected);
  });
});

describe('actorValue', () => {
  it('groups unnamed actors under unknown', () => {
    expect(actorValue(pledge({ actor: { type: 'unknown', name: 'unknown' } }))).toBe('unknown');
    expect(actorValue(pledge({ actor: { type: 'party', name: '  ' } }))).toBe('unknown');
    expect(actorValue(pledge({ actor: { type: 'party', name: 'Venstre' } }))).toBe('Venstre');
  });
});

describe('counts', () => {
  it('countOutcomes has every status, zeros included', () => {
    const counts = countOutcomes(ITEMS);
    expect(Object.keys(counts).sort()).toEqual([...OUTCOME_STATUSES].sort());
    expect(counts).toEqual({
      met: 1,
      not_met: 0,
      toward_target: 2,
      away_from_target: 0,
      not_yet_due: 1,
      trend_only: 0,
      cannot_assess: 0,
    });
    expect(Object.values(countOutcomes([])).every((n) => n === 0)).toBe(true);
  });

  it('countActions has every status, zeros included', () => {
    const counts = countActions(ITEMS);
    expect(Object.keys(counts).sort()).toEqual([...ACTION_STATUSES].sort());
    expect(counts).toEqual({
      kept: 2,
      partly_kept: 0,
      broken: 0,
      in_progress: 1,
      not_started: 0,
      not_assessed: 1,
    });
  });

  it('countBy counts any key', () => {
    const byKode = countBy(ITEMS, (i) => i.pledge.kode);
    expect([...byKode.entries()]).toEqual([
      ['751', 2],
      ['165', 1],
      ['851', 1],
    ]);
  });
});

describe('facetOptions', () => {
  it('lists each value once with its label and count, sorted by label', () => {
    const f = facetOptions(ITEMS, { unknownActor: 'ikke oplyst' });
    expect(f.kommuner).toEqual([
      // Danish order: "Aa" sorts as Å, after every other letter.
      { kode: '165', label: 'Albertslund', count: 1 },
      { kode: '851', label: 'Aalborg', count: 1 },
      { kode: '751', label: 'Aarhus', count: 2 },
    ]);
    expect(f.actors).toEqual([
      { value: 'Forligskredsen', label: 'Forligskredsen', count: 1 },
      { value: UNKNOWN_ACTOR, label: 'ikke oplyst', count: 1 },
      { value: 'Partiet A', label: 'Partiet A', count: 2 },
    ]);
    expect(f.themes).toEqual([
      { value: 'homelessness', label: 'Hjemløshed', count: 2 },
      { value: 'drug_treatment', label: 'Misbrugsbehandling', count: 1 },
      { value: 'youth', label: 'Unge', count: 1 },
    ]);
    expect(f.documents.map((d) => [d.value, d.count])).toEqual([
      ['doc-1', 2],
      ['doc-2', 1],
      ['doc-3', 1],
    ]);
    expect(f.outcomes.toward_target).toBe(2);
    expect(f.actions.kept).toBe(2);
  });

  it('sorts æ, ø and å after z, and "Aa" as å', () => {
    const labels = ['Ølstykke', 'Aalborg', 'Zealand', 'Ærø', 'Åbenrå', 'Odense'].map((k, n) =>
      item(String(n), { kode: String(n) }, { kommuneName: k }),
    );
    expect(facetOptions(labels).kommuner.map((o) => o.label)).toEqual([
      'Odense',
      'Zealand',
      'Ærø',
      'Ølstykke',
      'Åbenrå',
      'Aalborg',
    ]);
  });

  it('labels unknown actors "unknown" by default', () => {
    expect(facetOptions(ITEMS).actors.find((a) => a.value === UNKNOWN_ACTOR)?.label).toBe(
      'unknown',
    );
  });
});

describe('facetOptionsFor', () => {
  it("counts with every filter except the facet's own", () => {
    const filter = { kode: '751', outcome: 'toward_target' as const };
    // kommuner: only the outcome filter applies → a (751) and c (165).
    expect(facetOptionsFor(ITEMS, filter, 'kommuner')).toEqual([
      { kode: '165', label: 'Albertslund', count: 1 },
      { kode: '751', label: 'Aarhus', count: 1 },
    ]);
    // outcomes: only the kommune filter applies → a and b.
    const outcomes = facetOptionsFor(ITEMS, filter, 'outcomes');
    expect(outcomes.toward_target).toBe(1);
    expect(outcomes.not_yet_due).toBe(1);
    expect(outcomes.met).toBe(0);
    // themes: both filters apply → a only.
    expect(facetOptionsFor(ITEMS, filter, 'themes')).toEqual([
      { value: 'homelessness', label: 'Hjemløshed', count: 1 },
    ]);
  });

  it('applies the free text to every facet', () => {
    expect(facetOptionsFor(ITEMS, { q: 'partiet' }, 'kommuner').map((k) => k.kode)).toEqual([
      '851',
      '751',
    ]);
  });

  it('keeps the selected value listed with 0 when other filters exclude it', () => {
    const actors = facetOptionsFor(ITEMS, { actor: 'Forligskredsen', kode: '165' }, 'actors');
    expect(actors).toContainEqual({ value: 'Forligskredsen', label: 'Forligskredsen', count: 0 });
    expect(actors).toContainEqual({ value: UNKNOWN_ACTOR, label: 'unknown', count: 1 });
  });

  it('does not invent an option for a selected value no item has', () => {
    expect(facetOptionsFor(ITEMS, { kode: '999' }, 'kommuner')).toHaveLength(3);
  });
});
