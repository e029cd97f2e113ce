import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real services and the built renderer in browser
 * mode, driven in Debian's Chromium by playwright-core. One file at a time
 * (two cores); each test gets a fresh data folder.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
