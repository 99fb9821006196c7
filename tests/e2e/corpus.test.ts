import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableBrowsers, launch, testOutputDir, type BrowserName } from './support/browsers';
import { startFixtureServer } from './support/fixture-server';
import { CORPUS_ROOT, corpusBatches, corpusPages, inPool, PAGES_AT_ONCE, runCorpusPage, type ExpectedPage, type PageResult } from './support/corpus';

/**
 * The unseen corpus in real Chromium and Firefox with the test build: every page of every batch in
 * tests/fixtures/unseen/, its steps followed, the badges matched to the expected students by name
 * and compared level for level. One browser launch per browser for the whole corpus; the browsers
 * read it at the same time, each several pages at once (PAGES_AT_ONCE). The run's figures are written as
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
  // 248 (97.6 %) after the fifth; 246 of 248 (99.2 %) in both browsers after the eighth.
  'batch-2': 0.99,
  // 231 of 239 (96.7 %) in Chromium after the fourth round of tuning (the third worked on this
  // batch and reached 222); 232 of 239 (97.1 %) in both browsers after the eighth; 239 of 239 in
  // both after the ninth. Its blind measure is kept in docs/corpus/results/blind/.
  'batch-3': 0.99,
  // 59 of 89 (66.3 %) in both browsers on its first run, written by someone who had not read the
  // reader and never tuned on: docs/corpus/results/blind/. The fifth round of tuning then worked on
  // it: 88 of 89 (98.9 %), docs/corpus/README.md.
  'batch-5': 0.98,
  // 81 of 102 (79.4 %) in both browsers on its first run, written by someone who had not read the
  // reader, after its fifth round of tuning: docs/corpus/results/blind/. The sixth round of tuning
  // then worked on it: 101 of 102 (99.0 %) in both browsers.
  'batch-6': 0.99,
  // 63 of 91 (69.2 %) in both browsers on its first run, written by someone who had not read the
  // reader, after its sixth round of tuning: docs/corpus/results/blind/. The seventh round of tuning
  // then worked on it: 91 of 91 in both browsers.
  'batch-7': 0.99,
  // 33 of 75 (44.0 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its seventh round of tuning: docs/corpus/results/blind/. The eighth
  // round of tuning then worked on it: 75 of 75 in both browsers, docs/corpus/README.md.
  'batch-8': 0.99,
  // 55 of 87 (63.2 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its eighth round of tuning (on batch-8): docs/corpus/results/blind/. The
  // ninth round of tuning then worked on it: 86 of 87 (98.9 %) in both browsers.
  'batch-9': 0.98,
  // 122 of 167 (73.1 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its ninth round of tuning (on batch-9): docs/corpus/results/blind/. The
  // tenth round of tuning then worked on it: 161 of 167 (96.4 %) in both browsers; a rule for its
  // page 06 later made it 167 of 167.
  'batch-10': 0.99,
  // 51 of 105 (48.6 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its tenth round of tuning (on batch-10): docs/corpus/results/blind/. The
  // eleventh round of tuning then worked on it: 105 of 105 in both browsers.
  'batch-11': 0.99,
  // 39 of 74 (52.7 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its eleventh round of tuning (on batch-11): docs/corpus/results/blind/.
  // One rule on its page 10 and the twelfth round of tuning then worked on it: 74 of 74 in both browsers.
  'batch-12': 0.99,
  // 60 of 95 (63.2 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its twelfth round of tuning (on batch-12): docs/corpus/results/blind/.
  // Rules tuned on its pages 17, 18, 03, 12 and 15, then the thirteenth round of tuning on the rest:
  // 95 of 95 in both browsers.
  'batch-13': 0.99,
  // 57 of 81 (70.4 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its thirteenth round of tuning (on batch-13): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 13, 01, 09 and 04, then 05 and 08: 81 of 81 in both browsers.
  'batch-14': 0.99,
  // 104 of 128 (81.3 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its fourteenth round of tuning (on batch-14): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 17, 04, 05 and 08, then 09, 10 and 15: 128 of 128.
  'batch-15': 0.99,
  // 64 of 76 (84.2 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its seventeenth round of tuning (on batch-17): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 16, 17 and 19 (no badges on non-students), 15, 04, 06 and 13:
  // 76 of 76 in both browsers.
  'batch-18': 0.99,
  // 64 of 73 (87.7 %) in both browsers on its first run, written by someone who had not read the
  // reader, after its eighteenth round of tuning (on batch-18): docs/corpus/results/blind/. Rules
  // were then tuned on its pages 17, 18 and 19 (no badges on non-students), 06, 11, 04 and 14: 73
  // of 73 in both browsers.
  'batch-19': 0.99,
  // 85 of 103 (82.5 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its nineteenth round of tuning (on batch-19): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 17, 19 and 20 (no badges on non-students), 06, 02, 15, 04, 08
  // and 14: 101 of 103 (98.1 %) in both browsers.
  'batch-20': 0.98,
  // 105 of 105 in both browsers on its first run, written by someone who had not read the reader,
  // asked for typical pages rather than new shapes, and kept from the reader until that run:
  // docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-23': 0.99,
  // 63 of 88 (71.6 %) in both browsers on its first run, written like batch-23 and independently of
  // it, kept from the reader until that run: docs/corpus/results/blind/. Rules were then tuned on its
  // pages 13, 11 and 14: 88 of 88 in both browsers.
  'batch-24': 0.99,
  // 77 of 82 (93.9 %) in both browsers on its first run, written like batches 23 and 24 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. One rule
  // was then tuned on its page 07: 82 of 82 in both browsers.
  'batch-25': 0.99,
  // 97 of 97 in both browsers on its first run, written like batches 23, 24 and 25 and independently
  // of them, kept from the reader until that run: docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-26': 0.99,
  // 75 of 75 in both browsers on its first run, written like batches 23 to 26, kept from the reader
  // until that run: docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-27': 0.99,
  // 88 of 92 (95.7 %) in both browsers on its first run, written like batches 23 to 27, kept from
  // the reader until that run: docs/corpus/results/blind/. One rule was then tuned on its page 16:
  // 92 of 92 in both browsers.
  'batch-28': 0.99,
  // 67 of 94 (71.3 %) in both browsers on its first run, written like batches 23 to 28 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its pages 16, 06 and 15: 94 of 94 in both browsers.
  'batch-29': 0.99,
  // 88 of 88 in both browsers on its first run (the same run as batch-29's), written beside
  // batch-29 and independently of it: docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-30': 0.99,
  // 79 of 81 (97.5 %) in both browsers on its first run, with 4 badges on rows that are no student's
  // (a group's heading rows and an "Ingen fravær registrert" row), written like batches 23 to 30 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its pages 08 and 16: 81 of 81 and no such badge in both browsers.
  'batch-31': 0.99,
  // 76 of 79 (96.2 %) in both browsers on its first run (the same run as batch-31's), written beside
  // batch-31 and independently of it: docs/corpus/results/blind/. Rules were then tuned on its pages
  // 13 and 16: 79 of 79 in both browsers.
  'batch-32': 0.99,
  // 71 of 73 (97.3 %) in both browsers on its first run (the same run as batch-33's), two of the
  // wrong ones `ok` where the page cannot decide, written beside batch-33 and independently of it:
  // docs/corpus/results/blind/. A rule was then tuned on its page 16: 73 of 73 in both browsers.
  'batch-34': 0.99,
  // 83 of 92 (90.2 %) in both browsers on its first run, written like batches 23 to 34 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its pages 13 and 16: 92 of 92 in both browsers.
  'batch-35': 0.99,
  // 110 of 120 (91.7 %) in both browsers on its first run (the same run as batch-35's), three of the
  // wrong ones `ok` where the page cannot decide, written beside batch-35 and independently of it:
  // docs/corpus/results/blind/. Rules were then tuned on its pages 04, 12, 15, 02, 03 and 16: 120 of
  // 120 in both browsers.
  'batch-36': 0.99,
  // 95 of 100 (95.0 %) in both browsers on its first run, written like batches 23 to 36 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its pages 15 and 13: 100 of 100 in both browsers.
  'batch-37': 0.99,
  // 77 of 82 (93.9 %) in both browsers on its first run (the same run as batch-37's), written beside
  // batch-37 and independently of it: docs/corpus/results/blind/. A rule was then tuned on its page
  // 07: 82 of 82 in both browsers.
  'batch-38': 0.99,
  // 86 of 89 (96.6 %) in both browsers on its first run, written like batches 23 to 38 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. A rule
  // was then tuned on its page 16: 89 of 89 in both browsers.
  'batch-39': 0.99,
  // 73 of 78 (93.6 %) in both browsers on its first run (the same run as batch-39's), written beside
  // batch-39 and independently of it: docs/corpus/results/blind/. Rules were then tuned on its page
  // 16: 78 of 78 in both browsers.
  'batch-40': 0.99,
  // 90 of 90 in both browsers on its first run, written like batches 23 to 42 and independently of
  // them, kept from the reader until that run: docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-43': 0.99,
  // 77 of 77 in both browsers on its first run (the same run as batch-43's), written beside batch-43
  // and independently of it: docs/corpus/results/blind/. Nothing was tuned on it.
  'batch-44': 0.99,
  // 67 of 72 (93.1 %) in both browsers on its first run, written like batches 23 to 40 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its page 13: 72 of 72 in both browsers.
  'batch-41': 0.99,
  // 88 of 94 (93.6 %) in both browsers on its first run (the same run as batch-41's), written beside
  // batch-41 and independently of it: docs/corpus/results/blind/. Rules were then tuned on its pages
  // 14 and 05: 94 of 94 in both browsers.
  'batch-42': 0.99,
  // 69 of 74 (93.2 %) in both browsers on its first run, written like batches 23 to 44 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its page 02: 74 of 74 in both browsers.
  'batch-45': 0.99,
  // 62 of 64 (96.9 %) in both browsers on its first run, two of its students shown ok where the
  // page says concern and unknown, written beside batch-45 and independently of it:
  // docs/corpus/results/blind/. A rule was then tuned on its page 14: 64 of 64 in both browsers.
  'batch-46': 0.99,
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
  // 62 of 107 (57.9 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its fifteenth round of tuning (on batch-15): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 19, 20 and 03 (no badges on non-students), 15 and 05: 74 of
  // 107 (69.2 %) in both browsers; then on its pages 16, 08, 02 and 06: 88 of 107 (82.2 %).
  'batch-16': 0.82,
  // 55 of 77 (71.4 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its sixteenth round of tuning (on batch-16): docs/corpus/results/blind/.
  // A rule was then tuned on its page 20 (no badges on non-students); the share is unchanged. Rules
  // were then tuned on its pages 04, 15 and 16, and 03 and 10: 72 of 77 (93.5 %) in both browsers.
  'batch-17': 0.93,
  // 50 of 74 (67.6 %) in both browsers on its first run, written by someone who had not read the
  // reader and kept away from its nineteenth round of tuning (on batch-20): docs/corpus/results/blind/.
  // Rules were then tuned on its pages 17, 18, 01, 04, 05, 07, 09, 11, 13 and 16: 69 of 74 (93.2 %).
  'batch-21': 0.93,
  // 50 of 78 (64.1 %) in both browsers on its first run, written after batch-21's blind run and kept
  // from the reader until its own: docs/corpus/results/blind/. Rules were then tuned on its pages 20,
  // 11, 02, 16, 15, 01 and 08: 68 of 78 (87.2 %).
  'batch-22': 0.87,
  // 57 of 66 (86.4 %) in both browsers on its first run, written like batches 23 to 32 and
  // independently of them, kept from the reader until that run: docs/corpus/results/blind/. Rules
  // were then tuned on its pages 04 and 15: 62 of 66 (93.9 %) in both browsers.
  'batch-33': 0.93,
};
/**
 * Batches written but not measured yet: their pages run in both browsers (a page error still fails),
 * and the share is recorded, but it is not held to a floor until the first run has set one.
 */
const NOT_YET_MEASURED = new Set<string>();
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

/**
 * Every batch's pages in one browser: one fixture server and one browser launch for the whole
 * corpus, PAGES_AT_ONCE pages at a time in the batches' order, so that no launch is repeated per
 * batch and no batch's last pages leave the others' places empty.
 */
interface CorpusRun {
  commit: string;
  /** Each batch's page results, in the batch's order. */
  outcomes: Map<string, Promise<PageResult>[]>;
  /** Settles when every page has run and the browser and the server are closed. */
  finished: Promise<void>;
}
const corpusRuns = new Map<BrowserName, CorpusRun>();

/** Starts the whole corpus in a browser, once; later calls give the run already started. */
function startCorpus(batches: ReadonlyMap<string, ExpectedPage[]>, browserName: BrowserName): CorpusRun {
  const started = corpusRuns.get(browserName);
  if (started) return started;
  const commit = commitOf(testOutputDir()); // the checkout as it was built, before anything else changes
  const opened = (async () => {
    const server = await startFixtureServer(CORPUS_ROOT);
    try {
      const browser = await launch(browserName, undefined, { backgroundTabsAtFullSpeed: true });
      // The extension's background running before the first page opens: a page opened while the
      // browser is still starting it waits on it, which is the browser's start-up, not the reader.
      await browser.extensionOrigin().catch(async (error: unknown) => {
        await browser.close();
        throw error;
      });
      return { server, browser };
    } catch (error) {
      await server.close();
      throw error;
    }
  })();
  opened.catch(() => undefined); // each page's outcome reports a failed launch
  const items = [...batches].flatMap(([batch, pages]) => pages.map((expected) => ({ batch, expected })));
  const pool = inPool(items, PAGES_AT_ONCE, async ({ batch, expected }) => {
    const { server, browser } = await opened;
    return runCorpusPage(browser, server.url(`${batch}/${expected.page}`), expected);
  });
  const outcomes = new Map<string, Promise<PageResult>[]>();
  items.forEach(({ batch }, index) => {
    if (!outcomes.has(batch)) outcomes.set(batch, []);
    outcomes.get(batch)!.push(pool.outcomes[index]!);
  });
  const finished = pool.done.then(async () => {
    const open = await opened.catch(() => null);
    await open?.browser.close();
    await open?.server.close();
  });
  const run = { commit, outcomes, finished };
  corpusRuns.set(browserName, run);
  return run;
}

const corpus = new Map(corpusBatches().map((batch) => [batch, corpusPages(batch)] as const));

beforeAll(() => {
  // Every browser reads the corpus at the same time.
  for (const name of browsers) startCorpus(corpus, name);
});

afterAll(async () => {
  await Promise.all([...corpusRuns.values()].map((run) => run.finished));
});

for (const [batch, pages] of corpus) {
  describe.each(browsers)(`unseen corpus ${batch} in %s`, (browserName) => {
    let run: CorpusRun | undefined;
    let outcomes: Promise<PageResult>[] = [];
    const results: PageResult[] = [];

    beforeAll(() => {
      run = startCorpus(corpus, browserName);
      outcomes = run.outcomes.get(batch) ?? [];
    });

    afterAll(async () => {
      await Promise.allSettled(outcomes);
      const students = results.flatMap((result) => result.states.flatMap((state) => state.students));
      const unreadable = results.filter((result) => !result.readable);
      // A readable page on which no student got a badge: the reader missed it, and the teacher needs the indicator.
      const leftUnread = results.filter(
        (result) => result.readable && result.states.every((state) => state.students.every((student) => student.shown.length === 0)),
      );
      const summary = {
        label,
        batch,
        browser: browserName,
        commit: run?.commit ?? 'unknown',
        ranAt: new Date().toISOString(),
        pages: results.length,
        students: students.length,
        studentsRight: students.filter((student) => student.right).length,
        studentsWithBadge: students.filter((student) => student.shown.length > 0).length,
        strayBadges: results.reduce((sum, result) => sum + result.states.reduce((n, state) => n + state.strayBadges.length, 0), 0),
        hiddenBadges: results.reduce((sum, result) => sum + result.states.reduce((n, state) => n + state.hiddenBadges, 0), 0),
        pagesWithErrors: results.filter((result) => result.pageErrors.length > 0).length,
        unreadablePages: unreadable.length,
        unreadableWithIndicator: unreadable.filter((result) => result.states.every((state) => state.indicatorRight === true)).length,
        readableLeftUnread: leftUnread.length,
        leftUnreadWithIndicator: leftUnread.filter((result) => result.states.every((state) => state.indicator)).length,
        results,
      };
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, `${batch}-${browserName}.json`), `${JSON.stringify(summary, null, 2)}\n`);
    });

    for (const [index, expected] of pages.entries()) {
      it(`${expected.page}`, async () => {
        const result = await outcomes[index]!;
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
  });
}
