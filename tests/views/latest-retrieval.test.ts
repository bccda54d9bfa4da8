// The overview's "Seneste tal hentet" date on SYNTHETIC series (tests/domain/fixtures.ts).
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/domain/series.ts';
import { latestRetrieval } from '../../src/views/latest-retrieval.ts';
import { obs, series } from '../domain/fixtures.ts';

function retrieved(value: number | null, date: string): Observation {
  const o = obs({ label: '2024', value });
  o.source = { ...o.source, retrieved: date };
  return o;
}

describe('latestRetrieval', () => {
  it('is the latest retrieval date among the figures of every series', () => {
    const c = {
      series: {
        a: series([retrieved(1, '2025-01-14'), retrieved(2, '2024-12-01')]),
        b: series([retrieved(3, '2025-03-02')]),
        c: series([]),
      },
    };
    expect(latestRetrieval(c)).toBe('2025-03-02');
  });

  it('ignores cells published as missing and dates that are not dates', () => {
    const c = {
      series: {
        a: series([retrieved(1, '2025-01-14'), retrieved(null, '2026-06-01')]),
        b: series([retrieved(2, 'last week'), retrieved(3, '2025-02-30')]),
      },
    };
    expect(latestRetrieval(c)).toBe('2025-01-14');
  });

  it('is null, not a made-up date, when no figure has one', () => {
    expect(latestRetrieval({ series: {} })).toBeNull();
    expect(latestRetrieval({ series: { a: series([retrieved(null, '2025-01-14')]) } })).toBeNull();
  });
});
