import { defineConfig } from 'vitest/config';

// End-to-end tests (issue #3): Chromium with the fixture pages, one file at a time
// because each file drives a browser. The global setup builds the pages.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    ...(process.env.WHYPOST_CI_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: '.ci/results-e2e.json' } }
      : {}),
  },
});
