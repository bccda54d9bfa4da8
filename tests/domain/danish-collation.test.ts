// The one Danish collation. Names are real kommune names or made up; no data is read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDanish, danishSortKey } from '../../src/domain/danish-collation.ts';
import { buildComparison } from '../../src/domain/comparison.ts';
import { facetOptions, type PledgeListItem } from '../../src/domain/filter-pledges.ts';
import { METRIC, pledge } from './fixtures.ts';

function item(n: number, kommuneName: string): PledgeListItem {
  return {
    pledge: pledge({ id: `synthetic-${n}`, kode: String(100 + n) }),
    outcome: 'cannot_assess',
    action: 'not_assessed',
    kommuneName,
    documentTitle: 'Synthetic document',
    themeLabel: 'Hjemløshed',
    hasFigures: false,
  };
}

const sign = (n: number): number => Math.sign(n);

// [a, b, expected sign of compareDanish(a, b)]
const PAIRS: [string, string, -1 | 0 | 1][] = [
  ['Zby', 'Æby', -1],
  ['Æby', 'Øby', -1],
  ['Øby', 'Åby', -1],
  ['Albertslund', 'Aalborg', -1],
  ['Ærø', 'Aabenraa', -1],
  ['Aabenraa', 'Aalborg', -1],
  ['Aalborg', 'Aarhus', -1],
  ['Åby', 'Aarhus', -1], // "Aa" is å: å-b before å-r
  ['Aarhus', 'Århus', -1], // the same name to a Danish reader; then by character
  ['Furesø', 'Faaborg-Midtfyn', -1], // "aa" inside a name is å too
  ['Fanø', 'Faaborg-Midtfyn', -1],
  ['aalborg', 'Albertslund', 1], // case is ignored
  ['Zealand', 'Ärø', -1], // ä sorts as æ
  ['Ærø', 'Ölstykke', -1], // ö sorts as ø
  ['Émile', 'Erik', -1], // other accents are ignored
  ['Xby', 'Übby', -1], // ü sorts as y
  ['Übby', 'Zby', -1],
  ['Høje-Taastrup', 'Høje-Taastrup', 0],
];

describe('compareDanish', () => {
  it.each(PAIRS)('%s vs %s → %i', (a, b, expected) => {
    expect(sign(compareDanish(a, b))).toBe(expected);
    expect(sign(compareDanish(b, a)) + expected).toBe(0);
  });

  it('puts Aabenraa, Aalborg and Aarhus after Ærø, at the end of the alphabet', () => {
    const names = [
      'Aarhus',
      'Ærø',
      'Albertslund',
      'Århus',
      'Aabenraa',
      'Odense',
      'Aalborg',
      'Ølby',
    ];
    expect([...names].sort(compareDanish)).toEqual([
      'Albertslund',
      'Odense',
      'Ærø',
      'Ølby',
      'Aabenraa',
      'Aalborg',
      'Aarhus',
      'Århus',
    ]);
  });

  it('sorts without Intl (moved from the comparison tests, now with "Aa" as å)', () => {
    expect(['Øby', 'Aarhus', 'Åby', 'Zby', 'Æby'].sort(compareDanish)).toEqual([
      'Zby',
      'Æby',
      'Øby',
      'Åby',
      'Aarhus',
    ]);
  });

  it('keys a name as it sorts', () => {
    expect(danishSortKey('Aarhus')).toBe(danishSortKey('Århus'));
    expect(danishSortKey('  Køge  Bugt ')).toBe('k|ge bugt');
    expect(danishSortKey('Ärø')).toBe(danishSortKey('Ærø'));
  });

  it('is a total order: antisymmetric, sorted consistently, independent of input order', () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'A', 'b', 'z', 'æ', 'Ø', 'å', 'Å', 'ä', 'é', ' ', '-'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (names) => {
        const sorted = [...names].sort(compareDanish);
        expect([...names].reverse().sort(compareDanish)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareDanish(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        }
        for (const a of names) {
          for (const b of names)
            expect(sign(compareDanish(a, b)) + sign(compareDanish(b, a))).toBe(0);
        }
      }),
    );
  });
});

describe('every list of names uses it', () => {
  const NAMES = ['Aarhus', 'Albertslund', 'Aalborg', 'Ærø', 'Aabenraa', 'København'];

  it('orders the overview filter like compareDanish', () => {
    const items = NAMES.map((navn, n) => item(n, navn));
    expect(facetOptions(items).kommuner.map((o) => o.label)).toEqual(
      [...NAMES].sort(compareDanish),
    );
  });

  it("orders the comparison's missing kommuner like compareDanish", () => {
    const result = buildComparison({
      metric: METRIC,
      observations: [],
      kommuner: NAMES.map((navn, n) => ({ kode: String(100 + n), navn, region: null })),
      focusKode: '100',
    });
    expect(result.missing.map((k) => k.navn)).toEqual([...NAMES].sort(compareDanish));
  });
});
