import { describe, expect, it } from 'vitest';
import {
  writeParquetVia,
  type ArrowTable,
  type ParquetEncoder,
  type ParquetSource,
} from '../../src/db/parquet-relay.ts';

// Stand-ins that record what the relay asks of each engine; the names are synthetic.
const HOSTILE = `a INTEGER)); COPY (SELECT 1) TO 'x.csv'; --`;

function fakes(columnType = 'INTEGER') {
  const log: string[] = [];
  const source: ParquetSource = {
    async run(sql) {
      log.push(`source: ${sql}`);
      if (sql.startsWith('SELECT current_setting')) return [{ open: false }];
      if (sql.startsWith('DESCRIBE')) return [{ column_name: HOSTILE, column_type: columnType }];
      return [];
    },
    async queryArrow(sql) {
      log.push(`source arrow: ${sql}`);
      return { numRows: sql.includes('LEFT JOIN') ? 1 : 3 };
    },
    readFile: async () => new Uint8Array(),
    dropFile: async () => undefined,
    lossyArrow: false,
  };
  const encoder: ParquetEncoder = {
    async query(sql) {
      log.push(`encoder: ${sql}`);
      if (sql.includes("current_setting('lock_configuration')")) {
        return [{ locked: true, external: false, autoinstall: false, autoload: false }];
      }
      return [];
    },
    async createFromArrow(table, rows: ArrowTable) {
      log.push(`encoder create ${table} from ${rows.numRows} row(s)`);
    },
    async insertArrow(table, rows) {
      log.push(`encoder insert ${rows.numRows} rows into ${table}`);
    },
    async prepare(sql) {
      log.push(`encoder prepare: ${sql}`);
      return { run: async () => void log.push('encoder run prepared') };
    },
    readFile: async () => new Uint8Array([80, 65, 82, 49]),
    close: async () => void log.push('encoder closed'),
  };
  return { log, source, encoder };
}

describe('writeParquetVia after the lock (the encoder relay)', () => {
  it('locks the encoder before the rows reach it and never writes result text into its SQL', async () => {
    const { log, source, encoder } = fakes();
    await writeParquetVia(source, async () => encoder, 'SELECT 1');
    const at = (prefix: string) => log.findIndex((l) => l.startsWith(prefix));
    const lockedAt = at('encoder: SET lock_configuration = true');
    expect(at('encoder: SET autoload_known_extensions = false')).toBeLessThan(at('encoder create'));
    expect(at('encoder prepare: COPY')).toBeLessThan(lockedAt);
    expect(at('encoder: SET enable_external_access = false')).toBeLessThan(lockedAt);
    expect(lockedAt).toBeLessThan(at('encoder insert 3 rows'));
    expect(at('encoder insert 3 rows')).toBeLessThan(at('encoder run prepared'));
    expect(log.at(-2)).toBe('encoder closed');
    const encoderSql = log.filter((l) => l.startsWith('encoder:') || l.startsWith('encoder prep'));
    expect(encoderSql.join('\n')).not.toContain('INTEGER');
    expect(encoderSql.join('\n')).not.toContain('x.csv');
  });

  it('refuses a UNION column and a lossy engine before any encoder starts', async () => {
    const union = fakes(`UNION(${HOSTILE} INTEGER)`);
    let started = false;
    const start = async () => {
      started = true;
      return union.encoder;
    };
    await expect(writeParquetVia(union.source, start, 'SELECT 1')).rejects.toThrow(/UNION/);
    const lossy = fakes();
    await expect(
      writeParquetVia({ ...lossy.source, lossyArrow: true }, start, 'SELECT 1'),
    ).rejects.toThrow(/exact types/);
    expect(started).toBe(false);
  });

  it('closes the encoder when the export fails', async () => {
    const { log, source, encoder } = fakes();
    const failing = { ...encoder, insertArrow: () => Promise.reject(new Error('boom')) };
    await expect(writeParquetVia(source, async () => failing, 'SELECT 1')).rejects.toThrow('boom');
    expect(log).toContain('encoder closed');
  });
});
