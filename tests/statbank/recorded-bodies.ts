/**
 * The real StatBank API responses recorded by other public projects, read in place from
 * ../shared/data/statbank-samples/ (never copied into the project). VCR cassettes keep a body
 * either as text or base64 under a Ruby `!binary` tag; both come out as bytes here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** ../shared/data/statbank-samples next to the repository; STATBANK_SAMPLES_DIR overrides it. */
export const SAMPLES =
  process.env.STATBANK_SAMPLES_DIR ??
  resolve(fileURLToPath(import.meta.url), '../../../../shared/data/statbank-samples');
export const SAMPLES_PRESENT = existsSync(SAMPLES);

export interface RecordedResponse {
  file: string;
  method: string;
  uri: string;
  requestBody: string;
  status: number;
  contentType: string;
  body: Uint8Array;
}

interface Cassette {
  http_interactions: {
    request: { method: string; uri: string; body?: { string?: string } };
    response: {
      status: { code: number };
      headers: Record<string, string[]>;
      body: { string: string | Uint8Array };
    };
  }[];
}

export function recordedResponses(): RecordedResponse[] {
  const dir = join(SAMPLES, 'statbank_denmark-cassettes');
  const binary = {
    tag: '!binary',
    resolve: (text: string) => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'base64')),
  };
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yml'))
    .sort()
    .flatMap((file) => {
      const cassette = parseYaml(readFileSync(join(dir, file), 'utf8'), {
        customTags: [binary],
      }) as Cassette;
      return cassette.http_interactions.map((it) => {
        const body = it.response.body.string;
        return {
          file,
          method: it.request.method.toUpperCase(),
          uri: it.request.uri,
          requestBody: it.request.body?.string ?? '',
          status: it.response.status.code,
          contentType: it.response.headers['Content-Type']?.[0] ?? '',
          body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
        };
      });
    });
}

/** A fetch that answers every request with one recorded response, counting the calls. */
export function replay(status: number, contentType: string, body: Uint8Array | string) {
  const calls: string[] = [];
  const fetch = (async (url: string | URL | Request) => {
    calls.push(String(url));
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      status,
      headers: { 'content-type': contentType },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export function sample(path: string): string {
  return readFileSync(join(SAMPLES, path), 'utf8');
}
