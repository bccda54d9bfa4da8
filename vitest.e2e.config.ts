import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium against the production build, one file at a time so two
// browsers never compete for the two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
