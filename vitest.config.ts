import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    // .ci/run counts the results of both suites from their JSON reports.
    ...(process.env.WHYPOST_CI_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: '.ci/results-unit.json' } }
      : {}),
  },
});
