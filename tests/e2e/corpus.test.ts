import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableBrowsers, launch, testOutputDir, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { CORPUS_ROOT, corpusBatches, corpusPages, followStep, score, settle, type ExpectedPage, type StateResult } from './support/corpus';

/**
 * The unseen corpus in real Chromium and Firefox with the test build: every page of every batch in
 * tests/fixtures/unseen/, its steps followed, the badges matched to the expected students by name
 * and compared level for level. One browser launch per batch. The run's figures are written as
 * JSON (test-results/corpus/, or docs/corpus/results/ with NAERVAER_CORPUS_RECORD=1), from which
 * scripts/corpus-report.ts writes the report; no figure is typed by hand.
 *
 * NAERVAER_TEST_OUTPUT measures another checkout's test build with the same runner (the
 * "before" figure); NAERVAER_CORPUS_LABEL names the run ("before", "after").
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

/**
 * The share of students read and levelled right that the reader is held to, per batch and browser.
 * The goal is 95 % on every batch. Each measured batch is held to the share it has reached, as a
 * ratchet: raise the floor each time the reader improves, never lower it.
 */
const TARGET_SHARE = 0.95;
const FLOOR: Record<string, number> = {
  // 395 of 395 in Chromium after the reader's second round of tuning: docs/corpus/README.md.
  'batch-1': 0.99,
  // 239 of 248 (96.4 %) in Chromium after the second round, which was tuned on this batch; 242 of
  // 248 (97.6 %) after the fifth.
  'batch-2': 0.97,
  // 231 of 239 (96.7 %) in Chromium after the fourth round of tuning (the third worked on this
  // batch and reached 222); its blind measure is kept in docs/corpus/results/blind/.
  'batch-3': 0.96,
  // 59 of 89 (66.3 %) in both browsers on its first run, written by someone who had not read the
  // reader and never tuned on: docs/corpus/results/blind/. The fifth round of tuning then worked on
  // it: 88 of 89 (98.9 %), docs/corpus/README.md.
  'batch-5': 0.98,
};
/**
 * A batch that has not reached the goal yet is held to the share it first reached, as a ratchet,
 * until the reader improves on it.
 */
const FLOOR_BELOW_TARGET: Record<string, number> = {
  // 75 of 101 (74.3 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its third round of tuning: docs/corpus/results/blind/. The fourth
  // round of tuning then worked on it: 93 of 101 (92.1 %) in Chromium, docs/corpus/README.md.
  'batch-4': 0.92,
  // 81 of 102 (79.4 %) in both browsers on its first run, written by someone who had not read the
  // reader, after its fifth round of tuning, and never tuned on: docs/corpus/results/blind/.
  'batch-6': 0.79,
};
/**
 * Batches written but not measured yet: their pages run in both browsers (a page error still fails),
 * and the share is recorded, but it is not held to a floor until the first run has set one.
 */
const NOT_YET_MEASURED = new Set<string>(['batch-7']);
const label = process.env.NAERVAER_CORPUS_LABEL ?? 'current';
const resultsDir =
  process.env.NAERVAER_CORPUS_RECORD === '1' ? resolve('docs/corpus/results', label) : resolve('test-results/corpus', label);

function commitOf(outputDir: string): string {
  try {
    const checkout = dirname(dirname(outputDir));
    const commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    // The results this runner writes are not the reader: a run recording them does not make the build "uncommitted".
    const dirty = execFileSync('git', ['-C', checkout, 'status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/corpus/results'], {
      encoding: 'utf8',
    }).trim();
    return dirty === '' ? commit : `${commit}+uncommitted`;
  } catch {
    return 'unknown';
  }
}

export interface PageResult {
  page: string;
  shape: string;
  readable: boolean;
  states: StateResult[];
  pageErrors: string[];
}

for (const batch of corpusBatches()) {
  const pages = corpusPages(batch);
  describe.each(browsers)(`unseen corpus ${batch} in %s`, (browserName) => {
    let server: FixtureServer;
    let browser: E2EBrowser;
    let page: E2EPage;
    const results: PageResult[] = [];

    let commit = 'unknown';

    beforeAll(async () => {
      commit = commitOf(testOutputDir()); // the checkout as it was built, before anything else changes
      server = await startFixtureServer(CORPUS_ROOT);
      browser = await launch(browserName);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      const students = results.flatMap((result) => result.states.flatMap((state) => state.students));
      const unreadable = results.filter((result) => !result.readable);
      const summary = {
        label,
        batch,
        browser: browserName,
        commit,
        ranAt: new Date().toISOString(),
        pages: results.length,
        students: students.length,
        studentsRight: students.filter((student) => student.right).length,
        studentsWithBadge: students.filter((student) => student.shown.length > 0).length,
        strayBadges: results.reduce((sum, result) => sum + result.states.reduce((n, state) => n + state.strayBadges.length, 0), 0),
        pagesWithErrors: results.filter((result) => result.pageErrors.length > 0).length,
        unreadablePages: unreadable.length,
        unreadableWithIndicator: unreadable.filter((result) => result.states.every((state) => state.indicatorRight === true)).length,
        results,
      };
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, `${batch}-${browserName}.json`), `${JSON.stringify(summary, null, 2)}\n`);
    });

    for (const expected of pages) {
      it(`${expected.page}`, async () => {
        const result = await runPage(expected);
        results.push(result);
        expect(result.pageErrors, `${expected.page}: errors`).toEqual([]);
      });
    }

    const floor = FLOOR_BELOW_TARGET[batch] ?? Math.max(FLOOR[batch] ?? 0, TARGET_SHARE);
    it.skipIf(NOT_YET_MEASURED.has(batch))(`reads and levels at least ${Math.round(floor * 1000) / 10} % of students right`, () => {
      if (label === 'before') return; // the earlier commit is measured, not held to the target
      const students = results.flatMap((result) => result.states.flatMap((state) => state.students));
      const right = students.filter((student) => student.right).length;
      expect(students.length).toBeGreaterThan(0);
      expect(right / students.length, `${right} of ${students.length} students right`).toBeGreaterThanOrEqual(floor);
    });

    async function runPage(expected: ExpectedPage): Promise<PageResult> {
      const pageErrors: string[] = [];
      const states: StateResult[] = [];
      const url = server.url(`${batch}/${expected.page}`);
      const all = [
        { name: 'after load', steps: [], students: expected.students, noBadge: undefined },
        ...(expected.states ?? []).map((state, i) => ({ name: state.description ?? `state ${i + 2}`, ...state })),
      ];
      for (const state of all) {
        // Each state starts from a fresh load in a fresh tab, as the corpus's README says.
        page = await browser.newPage();
        try {
          await page.goto(url);
          let shown = await settle(page);
          for (const step of state.steps) {
            await followStep(page, step);
            shown = await settle(page);
          }
          const scored = score(shown, { ...expected, students: state.students, ...(state.noBadge ? { noBadge: state.noBadge } : {}) }, state.name);
          states.push(scored);
        } catch (error) {
          pageErrors.push(`${state.name}: ${error instanceof Error ? error.message : String(error)}`);
          states.push({
            state: state.name,
            students: state.students.map((s) => ({ name: s.name, expected: s.level, shown: [], right: false })),
            strayBadges: [],
            indicatorRight: expected.readable ? null : false,
            errors: [],
          });
        } finally {
          pageErrors.push(...page.errors().map((message) => `${state.name}: page error: ${message}`));
          await page.close();
        }
      }
      return { page: expected.page, shape: expected.shape ?? '', readable: expected.readable, states, pageErrors };
    }
  });
}
