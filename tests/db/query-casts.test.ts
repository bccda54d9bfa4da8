import { describe, expect, it } from 'vitest';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { QUERY_CASTS } from '../../src/db/query-casts.ts';

// The Node adapter must answer as the browser's engine does: it reads the same casts.
describe('the Node adapter opens DuckDB-WASM with the browser casts', () => {
  it('app: BIGINT as a number and TIMESTAMP as a Date (castTimestampToDate, as in the browser)', async () => {
    expect(QUERY_CASTS.app).toEqual({ castBigIntToDouble: true, castTimestampToDate: true });
    const db = await createNodeDb('app');
    try {
      const [row] = await db.query<{ t: unknown; b: unknown }>(
        `SELECT TIMESTAMP '2025-01-02 03:04:05' AS t, 5::BIGINT AS b`,
      );
      expect(row!.t).toBeInstanceOf(Date);
      expect((row!.t as Date).toISOString()).toBe('2025-01-02T03:04:05.000Z');
      expect(row!.b).toBe(5);
    } finally {
      db.close();
    }
  });

  it('explorer: exact types, BIGINT inside a list intact', async () => {
    expect(QUERY_CASTS.explorer).toEqual({});
    const db = await createNodeDb('explorer');
    try {
      const [row] = await db.query<{ l: unknown[] }>('SELECT [1, 2]::BIGINT[] AS l');
      expect(row!.l.map(Number)).toEqual([1, 2]);
    } finally {
      db.close();
    }
  });
});
