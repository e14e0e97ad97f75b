import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The evaluation trains for minutes on both cores: started first, the other files fill the gaps its single-
// threaded steps leave, instead of leaving it alone at the end.
class EvaluationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith('tests/eval/eval.test.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    sequence: { sequencer: EvaluationFirst },
    // .ci/run counts the results of both suites from their JSON reports.
    ...(process.env.WHYPOST_CI_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: '.ci/results-unit.json' } }
      : {}),
  },
});
