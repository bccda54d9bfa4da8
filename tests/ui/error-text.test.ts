import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/ui/error-text.ts';
import { fetchJson, FetchJsonError } from '../../src/ui/fetch-json.ts';

const answer = (status: number, body: string) => async () => new Response(body, { status });

async function failure(fetch: () => Promise<Response>): Promise<unknown> {
  return fetchJson('https://example.org/data/catalogue.json', { fetch }).catch((e: unknown) => e);
}

describe('errorText', () => {
  it('says a fetch problem in the page language, naming the file', async () => {
    const damaged = await failure(answer(200, '{"version":1,'));
    expect(errorText(damaged, 'da')).toBe(
      'catalogue.json: er ikke gyldig JSON (beskadiget eller afkortet)',
    );
    expect(errorText(damaged, 'en')).toBe(
      'catalogue.json: is not valid JSON (damaged or cut short)',
    );
    expect(errorText(await failure(answer(500, 'boom')), 'da')).toBe(
      'catalogue.json: serveren svarede 500',
    );
    expect(errorText(await failure(answer(404, '')), 'da')).toMatch(/findes ikke på serveren/);
  });

  it('keeps the English detail of an unreadable file out of a Danish page', () => {
    const e = new FetchJsonError('catalogue.json', {
      kind: 'unreadable',
      detail: 'has version 2, this app reads version 1',
    });
    expect(errorText(e, 'da')).toBe(
      'catalogue.json: har et format, som denne udgave af siden ikke kan læse',
    );
    // The console still gets the detail.
    expect(e.message).toBe('catalogue.json: has version 2, this app reads version 1');
  });

  it('shows any other error as it is', () => {
    expect(errorText(new Error('x'), 'da')).toBe('x');
    expect(errorText('y', 'en')).toBe('y');
  });
});
