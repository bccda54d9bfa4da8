import { describe, expect, it } from 'vitest';
import {
  cspHash,
  hashesOf,
  inlineBlocks,
  joinHashes,
  scriptElement,
  styleElement,
  unallowedBlocks,
} from '../../scripts/pages/inline-hash.ts';
import { routeScript, STALE_SCRIPT } from '../../scripts/pages/first-paint-scripts.ts';
import { appMetaPolicy, embedPolicy, STATBANK_API } from '../../scripts/lib/csp.ts';

describe('CSP hashes of inline elements', () => {
  it('hashes as the CSP specification does', () => {
    // The example of CSP Level 3 §8.4 ("Hash usage for script elements").
    expect(cspHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('hashes the UTF-8 bytes, so Danish text in CSS is hashed as the browser reads it', () => {
    // openssl's sha256 of the bytes c3 a6 c3 b8 c3 a5 (UTF-8 "æøå"); Latin-1 would be JD8DTvrY….
    expect(cspHash('æøå')).toBe("'sha256-bCKM26iVSKGvGY8zgZU2Qi+wG2blH3Yc8uw40ftBeKY='");
  });

  it('reads back the exact text of each inline element, skipping scripts with a src', () => {
    const css = '.a{color:red}\n';
    const html = `<head>${styleElement(css)}<script type="module" src="x.js"></script>${scriptElement('1;')}</head>`;
    expect(inlineBlocks(html)).toEqual({ scripts: ['1;'], styles: [css] });
    expect(hashesOf(html)).toEqual({ scripts: [cspHash('1;')], styles: [cspHash(css)] });
  });

  it('finds an inline element whose bytes differ from what the policy allows', () => {
    const allowed = { scripts: [cspHash('1;')], styles: [cspHash('.a{}')] };
    expect(unallowedBlocks('<style>.a{}</style><script>1;</script>', allowed)).toEqual([]);
    // One space more is another text, so another hash: the browser would refuse it.
    expect(unallowedBlocks('<style>.a{} </style><script>1;</script>', allowed)).toHaveLength(1);
    expect(unallowedBlocks('<script>2;</script>', allowed)[0]).toMatch(/^script "2;"/);
  });

  it('refuses text that would end its element early', () => {
    expect(() => styleElement('a{}</style><script>x</script>')).toThrow(/<\/style/);
    expect(() => scriptElement('"</script>"')).toThrow(/<\/script/);
  });

  it('joins sets of hashes without repeats', () => {
    const a = { scripts: ['s1'], styles: ['c1'] };
    expect(joinHashes(a, { scripts: ['s1', 's2'], styles: [] })).toEqual({
      scripts: ['s1', 's2'],
      styles: ['c1'],
    });
  });

  it('puts the hashes into the policies, and drops unsafe-inline for styles once there are any', () => {
    const inline = { scripts: [cspHash(STALE_SCRIPT)], styles: [cspHash('.a{}')] };
    const app = appMetaPolicy(STATBANK_API, inline);
    expect(app).toContain(`script-src 'self' 'wasm-unsafe-eval' ${inline.scripts[0]}`);
    expect(app).toContain(`style-src 'self' ${inline.styles[0]};`);
    // Svelte sets style attributes; those stay allowed, <style> elements only by hash.
    expect(app).toContain("style-src-attr 'unsafe-inline'");
    expect(app).not.toMatch(/(script-src|style-src) [^;]*'unsafe-inline'/);
    expect(embedPolicy({ scripts: [], styles: ['h'] })).toContain("style-src 'self' h;");
    // Without inline elements (index.html as written, the dev server) the policy is unchanged.
    expect(appMetaPolicy(STATBANK_API)).toContain("style-src 'self' 'unsafe-inline'");
  });
});

describe('the root page route script', () => {
  it('refuses ids and codes that are not ours, so nothing odd reaches a path', () => {
    expect(() => routeScript(['../x'], [])).toThrow(/pledge id/);
    expect(() => routeScript([], ['85'])).toThrow(/kommune code/);
  });

  it('sends only known ids and codes to their pages, keeping the rest of the query', () => {
    const replaced: string[] = [];
    const run = (search: string) => {
      replaced.length = 0;
      const location = { search, replace: (to: string) => replaced.push(to) };
      new Function('location', routeScript(['a-b'], ['851']))(location);
      return replaced[0] ?? null;
    };
    expect(run('?p=a-b')).toBe('p/a-b/');
    expect(run('?p=a-b&cp=2022&lang=en')).toBe('p/a-b/?cp=2022&lang=en');
    expect(run('?pledge=a-b')).toBe('p/a-b/');
    expect(run('?p=c-d')).toBeNull();
    expect(run('?p=..%2Fx')).toBeNull();
    expect(run('?kommune=851')).toBe('kommune/851/');
    expect(run('?kommune=101')).toBeNull();
    // A valid id wins over a kommune, as in the app; an unknown one keeps the reader on the app.
    expect(run('?p=c-d&kommune=851')).toBeNull();
    expect(run('?page=method&lang=en')).toBe('metode/?lang=en');
    expect(run('?page=explore')).toBeNull();
    expect(run('')).toBeNull();
  });
});
