import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real services and the built renderer in browser
 * mode, driven in Chromium (npm's @sparticuz/chromium, or CHROMIUM_PATH) by playwright-core (or, with
 * CAE_E2E_TARGET=electron, the desktop window). One file at a time (two
 * cores); each test gets a fresh data folder.
 */
// `npm start` falls back to browser mode only without Electron: that file tests browser mode itself.
const desktop = process.env.CAE_E2E_TARGET === 'electron';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    exclude: desktop ? ['test/e2e/npm-start.e2e.ts'] : [],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
