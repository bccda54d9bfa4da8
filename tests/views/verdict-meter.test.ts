// The overview's meter on SYNTHETIC list items (tests/views/overview-items.ts).
import { describe, expect, it } from 'vitest';
import type { PledgeListItem } from '../../src/domain/filter-pledges.ts';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { ACTION_STATUSES } from '../../src/domain/pledge.ts';
import { present, verdictMeter } from '../../src/views/verdict-meter.ts';
import { activeFilterCount } from '../../src/views/active-filters.ts';
import { item } from './overview-items.ts';

const ITEMS = [
  item('a', '851', 'Aalborg', 'trend_only', 'not_assessed', true),
  item('b', '851', 'Aalborg', 'cannot_assess', 'in_progress'),
  item('c', '751', 'Aarhus', 'cannot_assess', 'not_assessed'),
  item('d', '751', 'Aarhus', 'met', 'kept', true),
];

const counts = (segments: { status: string; count: number }[]) =>
  Object.fromEntries(segments.map((s) => [s.status, s.count]));

describe('verdictMeter', () => {
  it('counts both verdicts apart, over exactly the items given', () => {
    const m = verdictMeter(ITEMS);
    expect(m.total).toBe(4);
    expect(counts(m.outcome.segments)).toMatchObject({ trend_only: 1, cannot_assess: 2, met: 1 });
    expect(counts(m.action.segments)).toMatchObject({ not_assessed: 2, in_progress: 1, kept: 1 });
    expect(m.outcome.segments.find((s) => s.status === 'cannot_assess')?.share).toBe(0.5);
  });

  it('has one segment per status of the domain lists, in their order, zeros included', () => {
    const m = verdictMeter(ITEMS);
    // Taken from the lists themselves, so a status added there is expected here too.
    expect(m.outcome.segments.map((s) => s.status)).toEqual([...OUTCOME_STATUSES]);
    expect(m.action.segments.map((s) => s.status)).toEqual([...ACTION_STATUSES]);
    expect(m.outcome.segments.find((s) => s.status === 'not_met')?.count).toBe(0);
  });

  it('always adds up to the items shown: an unknown status is counted as other', () => {
    const stranger = {
      ...item('e', '751', 'Aarhus', 'met', 'kept'),
      outcome: 'retracted',
      action: 'postponed',
    } as unknown as PledgeListItem;
    const m = verdictMeter([...ITEMS, stranger]);
    for (const row of [m.outcome, m.action]) {
      expect(row.other).toBe(1);
      expect(row.segments.reduce((sum, s) => sum + s.count, 0) + row.other).toBe(m.total);
    }
  });

  it('gives zeros and no share, not NaN, when nothing is shown', () => {
    const m = verdictMeter([]);
    expect(m.total).toBe(0);
    expect(m.outcome.segments.every((s) => s.count === 0 && s.share === 0)).toBe(true);
    expect(m.action.other).toBe(0);
  });

  it('lists the statuses present, largest first, ties in the domain order', () => {
    const m = verdictMeter(ITEMS);
    expect(present(m.outcome).map((s) => [s.status, s.count])).toEqual([
      ['cannot_assess', 2],
      ['met', 1],
      ['trend_only', 1],
    ]);
  });
});

describe('activeFilterCount', () => {
  it('counts the filters set, not empty or blank ones', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ kode: '751', outcome: 'met', q: '  ', theme: '' })).toBe(2);
    expect(activeFilterCount({ q: 'hjemløse', document: 'doc', actor: 'x', action: 'kept' })).toBe(
      4,
    );
  });
});
