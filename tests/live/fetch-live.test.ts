// Fake fetch answers; the error body is DST's verbatim text from a recorded call (dst-skills).
import { describe, expect, it } from 'vitest';
import { dstError, fetchLive, LiveCheckError } from '../../src/live/fetch-live.ts';

const DST_400 =
  '{"errorTypeCode":"EXTRACT-NOTFOUND","message":"Tabel findes ikke: INVALIDTABLE999"}';

async function failure(p: Promise<unknown>): Promise<LiveCheckError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof LiveCheckError) return e;
    throw e;
  }
  throw new Error('did not fail');
}

describe('fetchLive', () => {
  it("turns DST's HTTP 400 body into its code and message", async () => {
    const fake = async () =>
      new Response(DST_400, { status: 400, headers: { 'content-type': 'text/json' } });
    const e = await failure(fetchLive('http://x/v1/data', { fetch: fake }));
    expect([e.kind, e.status, e.detail]).toEqual([
      'http',
      400,
      'EXTRACT-NOTFOUND: Tabel findes ikke: INVALIDTABLE999',
    ]);
  });

  it('gives up at the time limit', async () => {
    const hang = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const e = await failure(fetchLive('http://x/', { fetch: hang, timeoutMs: 20 }));
    expect(e.kind).toBe('timeout');
  });

  it('names a refused connection (or a CSP block) unreachable, and asks nothing when offline', async () => {
    const refuse = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await failure(fetchLive('http://x/', { fetch: refuse }))).kind).toBe('unreachable');
    let asked = false;
    const spy = async () => {
      asked = true;
      return new Response('');
    };
    expect((await failure(fetchLive('http://x/', { fetch: spy, online: () => false }))).kind).toBe(
      'offline',
    );
    expect(asked).toBe(false);
  });

  it('sends no cookies or referrer and follows no redirect', async () => {
    let seen: RequestInit | undefined;
    const fake = async (_u: string | URL | Request, init?: RequestInit) => {
      seen = init;
      return new Response('\uFEFFA;INDHOLD\r\n');
    };
    expect(await fetchLive('http://x/', { fetch: fake })).toBe(
      'A;INDHOLD\r\n'.replace(/^/, '\uFEFF'),
    );
    expect([seen?.credentials, seen?.referrerPolicy, seen?.redirect]).toEqual([
      'omit',
      'no-referrer',
      'error',
    ]);
  });

  it('refuses an answer larger than the limit', async () => {
    const fake = async () => new Response('x'.repeat(100));
    expect((await failure(fetchLive('http://x/', { fetch: fake, maxBytes: 10 }))).kind).toBe(
      'format',
    );
  });

  it('reads only DST-shaped error bodies', () => {
    expect(dstError('<html>502</html>')).toBeNull();
    expect(dstError('{"message":"x"}')).toBe('x');
  });
});
