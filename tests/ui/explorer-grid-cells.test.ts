import { describe, expect, it } from 'vitest';
import { cellOf } from '../../src/ui/explorer/grid-cells.ts';

// Synthetic values, as a hostile or odd query could return them (issue 12).
describe('explorer grid cells with values past the ordinary', () => {
  it('shows an invalid Date as text instead of throwing', () => {
    const cell = cellOf(new Date(Number.NaN), { name: 'd', type: 'VARCHAR' }, 'da');
    expect(cell.text).toBe('Invalid Date');
  });

  it('shows a __proto__ key of a struct or map value', () => {
    const value = Object.create(null) as Record<string, unknown>;
    value['__proto__'] = 1;
    value['a'] = 2;
    const cell = cellOf(value, { name: 's', type: 'STRUCT(__proto__ INTEGER, a INTEGER)' }, 'da');
    expect(cell.text).toBe('{"__proto__":1,"a":2}');
  });

  it('shows DuckDB infinity and far-off dates as the text they arrive as', () => {
    for (const text of ['infinity', '-infinity', '294247-01-01', '0044-03-15 (BC)']) {
      expect(cellOf(text, { name: 'd', type: 'DATE' }, 'da').text).toBe(text);
    }
  });
});
