/**
 * The engine module's loading promises, with the DuckDB-WASM client, the loader and the locks
 * replaced by SYNTHETIC stand-ins (the browser client needs a Worker).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import type { EngineKind } from '../../src/db/query-casts.ts';

interface FakeDb {
  kind: EngineKind;
  n: number;
  terminate: ReturnType<typeof vi.fn>;
}
const calls = vi.hoisted(() => ({
  started: [] as string[],
  locked: [] as string[],
  failNext: false,
}));

const fake = (db: Db) => db as unknown as FakeDb;

describe('engine.ts: one loading promise per kind', () => {
  beforeEach(() => {
    // A fresh engine.ts (no engines yet) over fresh stand-ins for each test.
    vi.resetModules();
    vi.doMock('../../src/db/client.ts', () => ({
      startDb: async (kind: EngineKind) => {
        calls.started.push(kind);
        if (calls.failNext) {
          calls.failNext = false;
          throw new Error('wasm did not load');
        }
        return { kind, n: calls.started.length, terminate: vi.fn(async () => undefined) };
      },
    }));
    vi.doMock('../../src/db/load.ts', () => ({
      loadExtracts: async () => ({ manifest: null, tables: new Set(['pledges']), problems: [] }),
    }));
    vi.doMock('../../src/db/lock-down.ts', () => ({
      LOCK_SETTINGS: [],
      lockDown: async (db: FakeDb) => void calls.locked.push(`lockDown:${db.kind}`),
      lockExtensions: async (db: FakeDb) => void calls.locked.push(`lockExtensions:${db.kind}`),
    }));

    calls.started.length = 0;
    calls.locked.length = 0;
    calls.failNext = false;
  });

  it('starts each kind once, however many views ask at the same time, and locks it', async () => {
    const { getEngine } = await import('../../src/db/engine.ts');
    const [a, b] = [getEngine('app', '/data/'), getEngine('app', '/data/')];
    expect(a).toBe(b);
    const y = await a;
    // Started one after the other: vitest 4.1 resolves a doMock'ed module to the real file when
    // two dynamic imports of it race on a fresh module graph.
    const x = await getEngine('explorer', '/data/');
    expect(await b).toBe(y);
    expect(calls.started).toEqual(['app', 'explorer']);
    expect(fake(x.db).kind).toBe('explorer');
    expect(fake(y.db).kind).toBe('app');
    expect(calls.locked.sort()).toEqual(['lockDown:explorer', 'lockExtensions:app']);
  });

  it('does not cache a failed start: the next call tries again', async () => {
    const { getEngine } = await import('../../src/db/engine.ts');
    calls.failNext = true;
    await expect(getEngine('app', '/data/')).rejects.toThrow('wasm did not load');
    const engine = await getEngine('app', '/data/');
    expect(fake(engine.db).kind).toBe('app');
    expect(calls.started).toEqual(['app', 'app']);
  });

  it('restart ends the old explorer engine and loads and locks a new one; the app engine stays', async () => {
    const { getEngine, restartEngine } = await import('../../src/db/engine.ts');
    const app = await getEngine('app', '/data/');
    const old = await getEngine('explorer', '/data/');
    const fresh = await restartEngine('explorer', '/data/');
    expect(fresh.db).not.toBe(old.db);
    await vi.waitFor(() => expect(fake(old.db).terminate).toHaveBeenCalledTimes(1));
    expect(await getEngine('explorer', '/data/')).toBe(fresh);
    expect(await getEngine('app', '/data/')).toBe(app);
    expect(fake(app.db).terminate).not.toHaveBeenCalled();
    expect(calls.locked.filter((l) => l === 'lockDown:explorer')).toHaveLength(2);
  });
});
