import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_HEADER_POLICY,
  APP_META_POLICY,
  appMetaPolicy,
  EMBED_POLICY,
  HEADER_RULES,
  headerRules,
  headersFor,
  matchingRules,
  parseHeadersFile,
  policyDrift,
  renderHeadersFile,
} from '../../scripts/lib/csp.ts';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('the Content-Security-Policy: one text for the meta tag, the headers and the embeds', () => {
  it('is the text index.html and public/_headers carry', () => {
    expect(policyDrift(process.cwd())).toEqual([]);
    expect(parseHeadersFile(readFileSync('public/_headers', 'utf8'))).toEqual(HEADER_RULES);
  });

  it('reports a copy that drifted, and a missing _headers', () => {
    const root = mkdtempSync(join(tmpdir(), 'loftetjek-csp-'));
    mkdirSync(join(root, 'public'));
    const html = readFileSync('index.html', 'utf8');
    writeFileSync(join(root, 'index.html'), html.replace("connect-src 'self'", 'connect-src *'));
    expect(policyDrift(root)).toEqual([
      expect.stringContaining('connect-src *'),
      expect.stringContaining('public/_headers is missing'),
    ]);
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'public/_headers'), renderHeadersFile(HEADER_RULES.slice(1)));
    expect(policyDrift(root)).toEqual([expect.stringContaining('public/_headers differs')]);
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/cannot read/);
  });

  it('allows exactly the API origin a build is configured for, and only http(s)', () => {
    expect(directive(appMetaPolicy('http://127.0.0.1:4321/v1'), 'connect-src')).toBe(
      "connect-src 'self' http://127.0.0.1:4321",
    );
    expect(() => appMetaPolicy('javascript:alert(1)')).toThrow(/http\(s\)/);
    expect(() => appMetaPolicy('*')).toThrow();
  });

  it('keeps script to our own files and the engine able to compile its wasm', () => {
    for (const policy of [APP_META_POLICY, APP_HEADER_POLICY]) {
      expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
      // Our origin, and DST's API for the reader's live check (issue 14): nothing else.
      expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://api.statbank.dk");
      expect(directive(policy, 'worker-src')).toBe("worker-src 'self' blob:");
      expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    }
    // frame-ancestors is ignored in a <meta> (and Chromium warns), so only the header has it.
    expect(directive(APP_META_POLICY, 'frame-ancestors')).toBeUndefined();
    expect(directive(APP_HEADER_POLICY, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(EMBED_POLICY, 'default-src')).toBe("default-src 'none'");
    expect(directive(EMBED_POLICY, 'frame-ancestors')).toBeUndefined();
  });

  it('gives app paths the framing ban and embeds their own policy, one rule each', () => {
    for (const path of [
      '/',
      '/index.html',
      '/p/x/',
      '/kommune/851/',
      '/metode/',
      '/assets/duckdb.worker.js',
      '/data/x.parquet',
    ]) {
      expect(matchingRules(path, HEADER_RULES), path).toHaveLength(1);
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(APP_HEADER_POLICY);
      expect(headersFor(path)['X-Frame-Options'], path).toBe('DENY');
    }
    for (const path of ['/embed/x/', '/embed/x/2025-01-01/', '/embed/resize.js']) {
      expect(matchingRules(path, HEADER_RULES), path).toHaveLength(1);
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(EMBED_POLICY);
      expect(headersFor(path)['X-Frame-Options'], path).toBeUndefined();
    }
    expect(headersFor('/embedded')).toEqual({});
  });

  it("gives a build's header rules its inline hashes, the app's and the embeds' apart", () => {
    const rules = headerRules(
      { scripts: ["'sha256-s'"], styles: ["'sha256-a'"] },
      { scripts: [], styles: ["'sha256-e'"] },
    );
    const app = headersFor('/kommune/851/', rules)['Content-Security-Policy'];
    expect(app).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-s';");
    expect(app).toContain("style-src 'self' 'sha256-a';");
    expect(app).toContain("frame-ancestors 'none'");
    const embed = headersFor('/embed/x/', rules)['Content-Security-Policy'];
    expect(embed).toContain("style-src 'self' 'sha256-e';");
    expect(embed).not.toContain('sha256-a');
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });
});
