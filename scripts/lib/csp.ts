/**
 * The one text of our Content-Security-Policy and the headers that carry it.
 *
 * A <meta> policy binds the page only: a worker takes its policy from its own response, and
 * frame-ancestors is ignored in <meta>. So the policy also travels as HTTP headers, on every
 * response: public/_headers (Netlify, Cloudflare Pages) and vite preview are both made from
 * HEADER_RULES below, index.html's <meta> must equal APP_META_POLICY. `tsx scripts/lib/csp.ts
 * --write` rewrites index.html's <meta> and public/_headers from here; the build fails while
 * either differs (policyDrift).
 *
 * The prerendered pages carry their CSS (and a small routing script) inline, so the first
 * response paints without another request. build-pages allows exactly those inline elements by
 * their hashes: in each page's <meta> and in dist/_headers, which it writes from headerRules()
 * with the same hashes, so header and <meta> agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the reader's live check asks Danmarks Statistik (src/live); the only foreign origin. */
export const DEFAULT_STATBANK_API = 'https://api.statbank.dk/v1';

/**
 * The StatBank API base this build uses. Tests build against a loopback replay by setting
 * LOFTETJEK_STATBANK_API; vite.config.ts gives the same value to the app, so the origin the app
 * asks is always the one connect-src allows.
 */
export const STATBANK_API = process.env.LOFTETJEK_STATBANK_API ?? DEFAULT_STATBANK_API;

/** The origin of an API base, refusing anything but http(s) so a typo cannot open the policy. */
function apiOrigin(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`LOFTETJEK_STATBANK_API must be an http(s) address, not ${base}`);
  return url.origin;
}

/**
 * The hashes ('sha256-…' tokens) of the inline <script> and <style> elements a build writes into
 * its prerendered pages, so their first response can paint without another request
 * (scripts/pages/inline-hash.ts computes them from the bytes written).
 */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

const sources = (tokens: readonly string[]) => tokens.map((t) => ` ${t}`).join('');

/**
 * With hashed inline styles, only those <style> elements may apply; style attributes, which
 * Svelte sets, stay allowed through style-src-attr. Without any (index.html as written, the dev
 * server, whose Vite injects <style> elements), the policy is the lenient one it always was.
 */
const styleDirectives = (styles: readonly string[]): string[] =>
  styles.length === 0
    ? ["style-src 'self' 'unsafe-inline'"]
    : [`style-src 'self'${sources(styles)}`, "style-src-attr 'unsafe-inline'"];

const appDirectives = (apiBase: string, inline: InlineHashes = NO_INLINE): string[] => [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets DuckDB-WASM compile its WebAssembly; no eval'd script, and inline
  // script only by the hash of our own.
  `script-src 'self' 'wasm-unsafe-eval'${sources(inline.scripts)}`,
  ...styleDirectives(inline.styles),
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The live check's one request goes to DST's API (issue 14), made only when the reader asks.
  `connect-src 'self' ${apiOrigin(apiBase)}`,
  // blob: so an engine worker started from a blob: URL (which inherits this policy) may start.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The app's policy in <meta>, for hosts that cannot send headers, for a given API base. */
export function appMetaPolicy(apiBase: string, inline: InlineHashes = NO_INLINE): string {
  return appDirectives(apiBase, inline).join('; ');
}

/** The app's policy in index.html's <meta> for this build. */
export const APP_META_POLICY = appMetaPolicy(STATBANK_API);

/** The app's policy as a header: the same, and nobody may frame the app (clickjacking). */
export function appHeaderPolicy(inline: InlineHashes = NO_INLINE): string {
  return [...appDirectives(STATBANK_API, inline), "frame-ancestors 'none'"].join('; ');
}

export const APP_HEADER_POLICY = appHeaderPolicy();

/** The embed: our own files and hashed inline styles only; being framed is its purpose. */
export function embedPolicy(inline: InlineHashes = NO_INLINE): string {
  return `default-src 'none'; script-src 'self'${sources(inline.scripts)}; style-src 'self'${sources(inline.styles)}; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
}

export const EMBED_POLICY = embedPolicy();

export interface HeaderRule {
  /** A host path pattern: exact, or ending in `*` for everything below. */
  path: string;
  headers: Record<string, string>;
}

/** The top-level folders of dist/ that hold the app's files and prerendered pages. */
const APP_PATHS = ['/', '/index.html', '/assets/*', '/data/*', '/p/*', '/kommune/*', '/metode/*'];

/**
 * One rule per top-level entry of dist/, and no two rules match the same file: hosts differ in
 * how they merge overlapping rules (Cloudflare Pages joins the values with commas, which would
 * add the app's frame-ancestors to the embeds; Netlify keeps one), so none overlap. A build
 * writes dist/_headers with its pages' inline hashes (build-pages); public/_headers has none.
 */
export function headerRules(
  app: InlineHashes = NO_INLINE,
  embed: InlineHashes = NO_INLINE,
): HeaderRule[] {
  const appHeaders = {
    'Content-Security-Policy': appHeaderPolicy(app),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
  };
  const embedHeaders = {
    'Content-Security-Policy': embedPolicy(embed),
    'X-Content-Type-Options': 'nosniff',
  };
  return [
    ...APP_PATHS.map((path) => ({ path, headers: appHeaders })),
    { path: '/embed/*', headers: embedHeaders },
  ];
}

export const HEADER_RULES: readonly HeaderRule[] = headerRules();

/** The rules whose path pattern matches a request path (the hosts' splat: `*` matches anything). */
export function matchingRules(pathname: string, rules: readonly HeaderRule[]): HeaderRule[] {
  return rules.filter((rule) =>
    rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path,
  );
}

/** The headers a request path gets, or none if no rule matches. */
export function headersFor(
  pathname: string,
  rules: readonly HeaderRule[] = HEADER_RULES,
): Record<string, string> {
  return matchingRules(pathname, rules)[0]?.headers ?? {};
}

/** public/_headers, in the format Netlify and Cloudflare Pages share. */
export function renderHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const head = [
    '# Generated from scripts/lib/csp.ts (`npx tsx scripts/lib/csp.ts --write`); the build fails if',
    '# this file differs. Netlify and Cloudflare Pages read it; no two rules match the same path.',
  ];
  const blocks = rules.map((rule) =>
    [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
  );
  return `${head.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/** Reads a _headers file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers[match[1]!] = match[2]!.trim();
  }
  return rules;
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** The policy in index.html's <meta>, or null if it has none. */
function metaPolicy(html: string): string | null {
  return META.exec(html)?.[2] ?? null;
}

/** index.html with its <meta> policy set to this build's (a test build's API origin). */
export function withBuildPolicy(html: string): string {
  return html.replace(
    META,
    (_m, open: string, _old, close: string) => open + APP_META_POLICY + close,
  );
}

/**
 * What differs from this module in index.html and public/_headers; empty when all agree. The
 * committed files carry the default API origin; a build for another one (tests) rewrites the
 * <meta> as it builds (withBuildPolicy) and serves its own headers.
 */
export function policyDrift(root: string): string[] {
  if (STATBANK_API !== DEFAULT_STATBANK_API) return [];
  const problems: string[] = [];
  const meta = metaPolicy(readFileSync(join(root, 'index.html'), 'utf8'));
  if (meta !== APP_META_POLICY)
    problems.push(`index.html's Content-Security-Policy <meta> is ${JSON.stringify(meta)}`);
  let headers: string | null = null;
  try {
    headers = readFileSync(join(root, 'public/_headers'), 'utf8');
  } catch {
    problems.push('public/_headers is missing');
  }
  if (headers !== null && headers !== renderHeadersFile())
    problems.push('public/_headers differs from the policy');
  return problems.map(
    (p) => `${p}; run \`npx tsx scripts/lib/csp.ts --write\` (the policy is scripts/lib/csp.ts)`,
  );
}

/** Rewrites index.html's <meta> and public/_headers from this module. */
function writePolicy(root: string): void {
  const indexPath = join(root, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  if (metaPolicy(html) === null)
    throw new Error('index.html has no Content-Security-Policy <meta>');
  writeFileSync(
    indexPath,
    html.replace(META, (_m, open: string, _old, close: string) => open + APP_META_POLICY + close),
  );
  writeFileSync(join(root, 'public/_headers'), renderHeadersFile());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '../..');
  if (process.argv.includes('--write')) writePolicy(root);
  const drift = policyDrift(root);
  for (const problem of drift) console.error(problem);
  if (drift.length > 0) process.exit(1);
  console.log('index.html and public/_headers carry the policy of scripts/lib/csp.ts.');
}
