import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the built site (tests/e2e). The global setup builds the site at "/" and under
 * "/digest/", serves both, and starts one headless Chromium; see tests/e2e/support/global-setup.ts.
 * Run through `npm run test:e2e` (scripts/e2e.ts), which also runs the suite on the fixture corpus.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Two cores: two test files at a time share the one browser.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser against a static server has no flaky dependency to retry around: never retry.
    retry: 0,
  },
});
