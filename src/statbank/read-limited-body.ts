/**
 * Reads a response body as UTF-8 text while counting bytes, and stops as soon as it grows past a
 * limit, so an endless or gigantic answer costs at most `maxBytes` of memory instead of all of it.
 * Both a body that is too large and one that is not valid UTF-8 are format errors: asking again
 * would only get the same answer, so neither is retried.
 */
import { StatbankFormatError } from './statbank-error.ts';

export async function readLimitedBody(
  response: Response,
  maxBytes: number,
  what: string,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(what, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let total = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(what, maxBytes);
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  } catch (e) {
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) {
      throw new StatbankFormatError(`${what}: svaret er ikke gyldig UTF-8`);
    }
    throw e;
  } finally {
    reader.releaseLock();
  }
  return text;
}

function tooLarge(what: string, maxBytes: number): StatbankFormatError {
  return new StatbankFormatError(
    `${what}: svaret er større end ${maxBytes.toLocaleString('da-DK')} bytes (--max-mb); ` +
      'vælg færre værdier i tables.yaml eller hæv grænsen',
  );
}
