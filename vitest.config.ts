import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The files that take longest start first, so that the others share the second worker beside
 * them rather than leaving one worker alone on them at the end. vitest orders by the last run's
 * durations when it has them, but a fresh clone (CI) has none and orders by file size, which puts
 * the unseen corpus (minutes, in a small file) behind seven shorter files.
 */
const STARTS_FIRST = ['tests/e2e/corpus.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = STARTS_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return at < 0 ? STARTS_FIRST.length : at;
    };
    return sorted.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Test files run in worker processes while the main one mostly waits for them. vitest's
    // default (one worker fewer than the cores) would run the unit and reliability files one at a
    // time on a two-core machine, leaving a core idle; at least two keeps both busy. The same goes
    // for the e2e files, which mostly wait on their browsers: two at a time, the corpus in one
    // worker while the other files follow one another in the second. npm test runs
    // tests/e2e/hostile.test.ts by itself afterwards: it bounds how long a click waits (200 ms),
    // which another file's browsers beside it would stretch.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/unit/extension-api.setup.ts'],
          environment: 'node',
          // A hang guard, not a bound on speed: the property tests take about a second on a quiet
          // machine, and one took 5.8 s (past vitest's 5 s default) on a machine at load 16.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
