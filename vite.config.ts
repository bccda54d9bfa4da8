import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // The DuckDB wasm is ~7 MB by nature; it is loaded on demand, not with the page.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
