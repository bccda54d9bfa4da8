// The per-kommune summary on SYNTHETIC list items (tests/views/overview-items.ts).
import { describe, expect, it } from 'vitest';
import { filterPledges } from '../../src/domain/filter-pledges.ts';
import { kommuneSummary } from '../../src/views/kommune-summary.ts';
import { item } from './overview-items.ts';

const ITEMS = [
  item('a', '851', 'Aalborg', 'trend_only', 'not_assessed', true),
  item('b', '851', 'Aalborg', 'cannot_assess', 'in_progress'),
  item('c', '165', 'Albertslund', 'cannot_assess', 'not_assessed'),
  item('d', '751', 'Aarhus', 'met', 'kept', true),
  item('e', '101', 'København', 'trend_only', 'kept', true),
];

describe('kommuneSummary', () => {
  it('has one row per kommune with pledges, in Danish order (Aa as Å, after Ø)', () => {
    const rows = kommuneSummary(ITEMS, ITEMS);
    expect(rows.map((r) => r.navn)).toEqual(['Albertslund', 'København', 'Aalborg', 'Aarhus']);
  });

  it('counts pledges, those with figures and the verdicts per kommune', () => {
    const aalborg = kommuneSummary(ITEMS, ITEMS).find((r) => r.kode === '851')!;
    expect(aalborg).toMatchObject({ total: 2, shown: 2, withFigures: 1 });
    const outcome = Object.fromEntries(
      aalborg.verdicts.outcome.segments.map((s) => [s.status, s.count]),
    );
    expect(outcome).toMatchObject({ trend_only: 1, cannot_assess: 1, met: 0 });
    expect(aalborg.verdicts.action.segments.find((s) => s.status === 'in_progress')?.count).toBe(1);
  });

  it('counts only the pledges shown, and keeps a kommune the filters leave out with 0', () => {
    const shown = filterPledges(ITEMS, { action: 'kept' });
    const rows = kommuneSummary(ITEMS, shown);
    expect(rows).toHaveLength(4);
    const albertslund = rows.find((r) => r.kode === '165')!;
    expect(albertslund).toMatchObject({ total: 1, shown: 0, withFigures: 0 });
    expect(albertslund.verdicts.total).toBe(0);
    expect(rows.find((r) => r.kode === '751')).toMatchObject({
      total: 1,
      shown: 1,
      withFigures: 1,
    });
    // The rows add up to what the list shows.
    expect(rows.reduce((n, r) => n + r.shown, 0)).toBe(shown.length);
  });

  it('is empty for an empty catalogue', () => {
    expect(kommuneSummary([], [])).toEqual([]);
  });
});
