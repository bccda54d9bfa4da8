import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/**/*.test.ts'],
    // The English words load on demand in the browser; tests use both languages from the start.
    setupFiles: ['tests/setup/english.ts'],
    environment: 'node',
    testTimeout: 20000,
    // Snapshot and date formatting must not depend on the machine's zone.
    env: { TZ: 'Europe/Copenhagen' },
  },
});
