import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { answersWithin } from '../../src/ui/explorer/engine-answers.ts';

// Stand-in engines: one busy for good (a worker inside one long slice), one that answers.
const engine = (query: Db['query']): Db => ({
  query,
  registerFile: async () => undefined,
  readFile: async () => new Uint8Array(),
  dropFile: async () => undefined,
  stream: () => new Promise(() => undefined),
  writeParquet: async () => new Uint8Array(),
});

describe('answersWithin', () => {
  it('says a busy engine does not answer, without waiting for it', async () => {
    const started = performance.now();
    expect(
      await answersWithin(
        engine(() => new Promise(() => undefined)),
        50,
      ),
    ).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts an answer, even an error, as answering', async () => {
    expect(
      await answersWithin(
        engine(async () => []),
        1000,
      ),
    ).toBe(true);
    expect(
      await answersWithin(
        engine(() => Promise.reject(new Error('x'))),
        1000,
      ),
    ).toBe(true);
  });
});
