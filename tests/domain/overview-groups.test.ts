import { describe, expect, it } from 'vitest';
import { figuresFirst, whyEmpty } from '../../src/domain/overview-groups.ts';
import type { PledgeListItem } from '../../src/domain/filter-pledges.ts';
import type { ActionStatus } from '../../src/domain/pledge.ts';
import type { OutcomeStatus } from '../../src/domain/outcome.ts';
import { pledge } from './fixtures.ts';

// SYNTHETIC list items.
function item(
  id: string,
  kode: string,
  action: ActionStatus,
  outcome: OutcomeStatus,
  hasFigures: boolean,
): PledgeListItem {
  return {
    pledge: pledge({ id, kode }),
    outcome,
    action,
    kommuneName: `Kommune ${kode}`,
    documentTitle: 'Syntetisk dokument',
    themeLabel: 'Hjemløshed',
    hasFigures,
  };
}

const ITEMS = [
  item('a', '851', 'not_assessed', 'trend_only', true),
  item('b', '851', 'in_progress', 'cannot_assess', false),
  item('c', '851', 'not_assessed', 'cannot_assess', false),
  item('d', '751', 'kept', 'trend_only', true),
  item('e', '851', 'not_assessed', 'trend_only', true),
];

describe('figuresFirst', () => {
  it('puts pledges with figures first, each group in the given order', () => {
    const g = figuresFirst(ITEMS);
    expect(g.withFigures.map((i) => i.pledge.id)).toEqual(['a', 'd', 'e']);
    expect(g.withoutFigures.map((i) => i.pledge.id)).toEqual(['b', 'c']);
  });
});

describe('whyEmpty', () => {
  it('says what the other filters leave when an action filter empties the list', () => {
    expect(whyEmpty(ITEMS, { kode: '851', action: 'kept' })).toEqual({
      dimension: 'action',
      status: 'kept',
      base: 4,
      spread: [
        ['not_assessed', 3],
        ['in_progress', 1],
      ],
    });
  });

  it('does the same for an outcome filter', () => {
    expect(whyEmpty(ITEMS, { kode: '751', outcome: 'met' })).toEqual({
      dimension: 'outcome',
      status: 'met',
      base: 1,
      spread: [['trend_only', 1]],
    });
  });

  it('has nothing to add when the list is not empty, or the other filters leave nothing', () => {
    expect(whyEmpty(ITEMS, { kode: '851', action: 'in_progress' })).toBeNull();
    expect(whyEmpty(ITEMS, { kode: '101', action: 'kept' })).toBeNull();
    expect(whyEmpty(ITEMS, { kode: '101' })).toBeNull();
  });
});
