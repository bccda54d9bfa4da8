import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HEADER_RULES,
  headersFor,
  parseHeadersFile,
  policyDrift,
  STATBANK_API,
  withBuildPolicy,
} from './scripts/lib/csp.ts';
import { dropLeftoversFromSite } from './scripts/lib/stage-dir.ts';

/**
 * The Content-Security-Policy as headers in `vite preview`, per path as the built site's _headers
 * gives it to static hosts (a worker is bound only by its own response's policy; frame-ancestors
 * only works as a header). build-pages writes dist/_headers with the hashes of the inline CSS and
 * scripts of its pages; before it has run, the rules of scripts/lib/csp.ts apply. The build refuses to start while index.html or public/_headers has drifted
 * from scripts/lib/csp.ts.
 */
function securityHeaders(): Plugin {
  return {
    name: 'loftetjek-security-headers',
    buildStart() {
      const drift = policyDrift(import.meta.dirname);
      if (drift.length > 0) this.error(drift.join('\n'));
    },
    // The same text for the default origin; a test build's loopback API origin otherwise.
    transformIndexHtml: (html) => withBuildPolicy(html),
    configurePreviewServer(server) {
      const built = join(server.config.root, server.config.build.outDir, '_headers');
      const rules = existsSync(built)
        ? parseHeadersFile(readFileSync(built, 'utf8'))
        : HEADER_RULES;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersFor(pathname, rules)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Keeps what a crashed data build left in public/ out of the deployable site. */
function noDataLeftovers(): Plugin {
  return {
    name: 'loftetjek-no-data-leftovers',
    apply: 'build',
    closeBundle() {
      dropLeftoversFromSite('dist');
    },
  };
}

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  plugins: [svelte(), securityHeaders(), noDataLeftovers()],
  // The StatBank API the live check asks (src/live/api-base.ts); connect-src allows its origin.
  define: { __STATBANK_API__: JSON.stringify(STATBANK_API) },
  build: {
    target: 'es2022',
    // The DuckDB wasm is ~7 MB by nature; it is loaded on demand, not with the page.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
