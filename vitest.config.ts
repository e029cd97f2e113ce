import { defineConfig } from 'vitest/config';

/** Unit tests: shared rules, services on temp-dir databases, CLI, security settings, the reference counterpart. */
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/counterpart/**/*.test.ts',
      'build/**/*.test.ts',
      'renderer/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
