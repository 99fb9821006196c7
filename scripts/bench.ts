/**
 * `npm run bench`: measures the content script in real Chromium and Firefox ESR and writes
 * docs/bench/latest.json and docs/bench/latest.md, with the previous run's results beside the new.
 *
 *   1. a class register over a whole school year (30 students): extension main-thread time to every
 *      badge (Chromium), and script start → the badges inside the viewport, → every badge (both)
 *   2. a school-wide overview (1 000 students): the same, its longest task, viewport-first order
 *   3. entering absence: 100 edits typed into a register, change → updated badge per edit (both)
 *   4. page cost, with the extension vs. without, side by side: added busy time, load-to-idle, on
 *      the class register, the overview and a heavy single-page portal (both)
 *   5. the content script's size, raw and gzip, for chrome-mv3 and firefox-mv3
 *   6. responsiveness: real clicks on a 20 000-row page's own button while the overlay works (both)
 *
 * Builds its own copy of the test build (tests/bench/wxt.bench.config.ts) into the temp folder, so
 * it neither needs nor disturbs .output. Options: --runs=N (Chromium, default 3), --firefox-runs=N
 * (default 3), --only=1,3,6, --no-build, --no-firefox; --report only writes latest.md again from latest.json. Runs on the Node that npm installs (type stripping).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFixtureServer } from '../tests/e2e/support/fixture-server.ts';
import { launchBench } from '../tests/bench/chromium.ts';
import { launchBenchFirefox, type BenchFirefox } from '../tests/bench/firefox.ts';
import { firefoxEditing, firefoxFirstRender, firefoxPageCost } from '../tests/bench/firefox-measures.ts';
import {
  BENCH_AS_OF,
  BLANK_PAGE,
  classRegisterPage,
  HEAVY_AFTER_RENDER_TASKS_MS,
  HEAVY_BOOT_TASKS_MS,
  heavySinglePagePortal,
  schoolDays,
  schoolOverviewPage,
} from '../tests/bench/pages.ts';
import { editing, firstRender, pageCost, profileLoad, OBSERVE_MS } from '../tests/bench/measures.ts';
import { benchMarkdown, resultsByMeasure, type BenchResult } from '../tests/bench/report.ts';
import { clicksWhileWorking, type ClickablePage } from '../tests/bench/clicks.ts';

const args = process.argv.slice(2);
const USAGE = `usage: npm run bench -- [--runs=N] [--firefox-runs=N] [--only=1,3,5] [--no-build] [--no-firefox] [--report]
  --runs=N          repetitions of each Chromium measure (default 3)
  --firefox-runs=N  repetitions of each Firefox measure (default 3)
  --only=LIST       only these measures, of 1 class register, 2 overview, 3 edits, 4 page cost, 5 size,
                    6 clicks while the overlay works
  --no-build        reuse this checkout's last bench build
  --no-firefox      Chromium only
  --report          only write docs/bench/latest.md again from docs/bench/latest.json`;
/** A wrong option stops the bench before it builds anything, saying which and what is allowed. */
function usageError(problem: string): never {
  console.error(`npm run bench: ${problem}\n${USAGE}`);
  process.exit(2);
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
for (const arg of args) {
  if (!/^--(runs|firefox-runs|only)=|^--(no-build|no-firefox|report)$/.test(arg)) usageError(`unknown option "${arg}"`);
}
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
function count(name: string): number {
  const text = option(name) ?? '3';
  if (!/^[1-9]\d*$/.test(text)) usageError(`--${name} must be a whole number of at least 1, not "${text}"`);
  return Number(text);
}
const RUNS = count('runs');
const FIREFOX_RUNS = count('firefox-runs');
const ONLY = new Set((option('only') ?? '1,2,3,4,5,6').split(',').map((part) => {
  if (!/^[1-6]$/.test(part.trim())) usageError(`--only takes measures 1 to 6 separated by commas, not "${option('only')}"`);
  return Number(part);
}));
const BUILD = !args.includes('--no-build');
const FIREFOX = !args.includes('--no-firefox');

const CLASS_STUDENTS = 30;
const SCHOOL_STUDENTS = 1000;
const EDITS = 100;
const EDIT_DAYS = 10; // the register's last two weeks are entered through <select>s
/** Measure 6's page: the E2E suite's 20 000-row table, so the page the bench clicks on is the one whose badges are checked. */
const LARGE_TABLE = { root: resolve('tests/fixtures/hostile'), path: 'large-table.html', rows: 20_000 };

// --report: only write latest.md again from latest.json (after a change to the summary's layout).
if (args.includes('--report')) {
  const latest = JSON.parse(readFileSync(resolve('docs/bench/latest.json'), 'utf8')) as BenchResult;
  writeFileSync(resolve('docs/bench/latest.md'), `${benchMarkdown(latest)}\n`);
  console.log('docs/bench/latest.md written again from docs/bench/latest.json');
  process.exit(0);
}

// One folder per checkout: --no-build reuses it, and two checkouts' benches never build into each other's.
const buildRoot = join(tmpdir(), `naervaer-bench-build-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`);
const dirs = {
  chrome: join(buildRoot, 'shipped', 'chrome-mv3'),
  firefox: join(buildRoot, 'shipped', 'firefox-mv3'),
  readable: join(buildRoot, 'readable', 'chrome-mv3'),
};

/** One wxt build of the bench config; the three builds run at once (they wait on disk as much as on the CPU). */
function build(kind: 'shipped' | 'readable', browser: 'chrome' | 'firefox'): Promise<void> {
  step(`building ${kind} ${browser}-mv3 …`);
  const child = spawn(
    resolve('node_modules/.bin/wxt'),
    ['build', '-c', 'tests/bench/wxt.bench.config.ts', ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : [])],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NAERVAER_TEST_BUILD: '1', NAERVAER_BENCH_READABLE: kind === 'readable' ? '1' : '0', NAERVAER_BENCH_OUT: join(buildRoot, kind) },
    },
  );
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`wxt build (${kind}, ${browser}) failed`))));
  });
}

async function ensureBuilds(): Promise<void> {
  await Promise.all([
    BUILD || !existsSync(join(dirs.chrome, 'manifest.json')) ? build('shipped', 'chrome') : null,
    BUILD || !existsSync(join(dirs.firefox, 'manifest.json')) ? build('shipped', 'firefox') : null,
    BUILD || !existsSync(join(dirs.readable, 'manifest.json')) ? build('readable', 'chrome') : null,
  ]);
  step('built');
}

const pagesRoot = resolve('tests/bench/pages');
const PAGES = {
  classYear: 'bench/class-year.html',
  classEdit: 'bench/class-edit.html',
  school: 'bench/school.html',
  heavy: 'bench/heavy-spa.html',
};

function writePages(): void {
  mkdirSync(join(pagesRoot, 'bench'), { recursive: true });
  writeFileSync(join(pagesRoot, 'bench/blank.html'), BLANK_PAGE);
  writeFileSync(join(pagesRoot, PAGES.classYear), classRegisterPage(CLASS_STUDENTS));
  writeFileSync(join(pagesRoot, PAGES.classEdit), classRegisterPage(CLASS_STUDENTS, EDIT_DAYS));
  writeFileSync(join(pagesRoot, PAGES.school), schoolOverviewPage(SCHOOL_STUDENTS));
  writeFileSync(join(pagesRoot, PAGES.heavy), heavySinglePagePortal(CLASS_STUDENTS));
}

function bundle(dir: string) {
  const code = readFileSync(join(dir, 'content-scripts/portal.js'));
  return { rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

function chromiumVersion(): string {
  const result = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || 'unknown';
}

/** A playwright-core or puppeteer-core page as measure 6 drives it. */
function clickable(
  page: { evaluate(expression: string): Promise<unknown>; close(): Promise<void> },
  goto: (url: string) => Promise<unknown>,
  click: (x: number, y: number) => Promise<void>,
): ClickablePage {
  return { goto, click, evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
}

const started = new Date();
const startedAt = performance.now();
/** Prints a step with the time since the run started, so a slow step shows. */
const step = (what: string) => console.log(`[${Math.round((performance.now() - startedAt) / 1000)} s] ${what}`);
const loadBefore = loadavg();
await ensureBuilds();
writePages();
const server = await startFixtureServer(pagesRoot);
const hostileServer = ONLY.has(6) ? await startFixtureServer(LARGE_TABLE.root) : null;
const result: BenchResult = {
  date: started.toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100), loadAverageAfter: [], chromium: chromiumVersion(), node: process.version },
  runs: RUNS,
  ...(FIREFOX ? { firefoxRuns: FIREFOX_RUNS } : {}),
  pages: {
    classYear: { students: CLASS_STUDENTS, schoolDays: schoolDays().length, asOf: BENCH_AS_OF },
    school: { students: SCHOOL_STUDENTS },
    classEdit: { students: CLASS_STUDENTS, selectDays: EDIT_DAYS, edits: EDITS },
    heavy: { students: CLASS_STUDENTS, ownBusyMs: [...HEAVY_BOOT_TASKS_MS, ...HEAVY_AFTER_RENDER_TASKS_MS].reduce((a, b) => a + b, 0) },
    largeTable: { rows: LARGE_TABLE.rows, page: `tests/fixtures/hostile/${LARGE_TABLE.path}` },
  },
};

try {
  if (ONLY.has(1) || ONLY.has(2) || ONLY.has(3) || ONLY.has(4) || ONLY.has(6)) {
    const shipped = await launchBench(dirs.chrome);
    const baseline = ONLY.has(4) ? await launchBench(null) : null;
    try {
      // A first load warms the service worker and the browser's caches for every measure alike.
      await profileLoad(shipped.context, server.url, PAGES.classYear, CLASS_STUDENTS);
      if (ONLY.has(1)) {
        step('1. class register, a whole year …');
        result.classYear = await firstRender(shipped.context, server.url, PAGES.classYear, CLASS_STUDENTS, RUNS);
      }
      if (ONLY.has(2)) {
        step('2. school-wide overview …');
        result.school = await firstRender(shipped.context, server.url, PAGES.school, SCHOOL_STUDENTS, RUNS);
      }
      if (ONLY.has(3)) {
        step('3. entering absence …');
        result.editing = await editing(shipped.context, server.url, PAGES.classEdit, CLASS_STUDENTS, EDITS);
      }
      if (ONLY.has(4) && baseline) {
        step('4. page cost, with vs. without …');
        result.pageCost = {
          observeMs: OBSERVE_MS,
          classYear: await pageCost(shipped.context, baseline.context, server.url, PAGES.classYear, RUNS, OBSERVE_MS.static),
          school: await pageCost(shipped.context, baseline.context, server.url, PAGES.school, RUNS, OBSERVE_MS.static),
          heavy: await pageCost(shipped.context, baseline.context, server.url, PAGES.heavy, RUNS, OBSERVE_MS.heavy),
        };
      }
      if (hostileServer) {
        step('6. clicks while the overlay works …');
        result.clicks = await clicksWhileWorking(
          async () => {
            const page = await shipped.context.newPage();
            return clickable(page, (u) => page.goto(u), (x, y) => page.mouse.click(x, y));
          },
          hostileServer.url(LARGE_TABLE.path),
          LARGE_TABLE.rows,
          RUNS,
        );
      }
    } finally {
      await shipped.close();
      await baseline?.close();
    }

    // The same code unminified, profiled once more, names what dominates.
    if (ONLY.has(1) || ONLY.has(2) || ONLY.has(3)) {
      step('profiling the readable build …');
      const readable = await launchBench(dirs.readable);
      try {
        await profileLoad(readable.context, server.url, PAGES.classYear, CLASS_STUDENTS);
        result.readableProfile = {
          classYear: ONLY.has(1) ? (await firstRender(readable.context, server.url, PAGES.classYear, CLASS_STUDENTS, 1)).last : null,
          school: ONLY.has(2) ? (await firstRender(readable.context, server.url, PAGES.school, SCHOOL_STUDENTS, 1)).last : null,
          editing: ONLY.has(3) ? (await editing(readable.context, server.url, PAGES.classEdit, CLASS_STUDENTS, EDITS)).profile : null,
        };
      } finally {
        await readable.close();
      }
    }
  }
  if (FIREFOX && (ONLY.has(1) || ONLY.has(2) || ONLY.has(3) || ONLY.has(4) || ONLY.has(6))) {
    result.firefox = {};
    let withExtension: BenchFirefox | null = null;
    let without: BenchFirefox | null = null;
    try {
      step('Firefox: launching …');
      withExtension = await launchBenchFirefox(dirs.firefox);
      result.machine.firefox = withExtension.version;
      // A first load warms the extension and the caches, as in Chromium.
      await firefoxFirstRender(withExtension, server.url, PAGES.classYear, CLASS_STUDENTS, 1);
      if (ONLY.has(1)) {
        step('Firefox 1. class register …');
        result.firefox.classYear = await firefoxFirstRender(withExtension, server.url, PAGES.classYear, CLASS_STUDENTS, FIREFOX_RUNS);
      }
      if (ONLY.has(2)) {
        step('Firefox 2. school-wide overview …');
        result.firefox.school = await firefoxFirstRender(withExtension, server.url, PAGES.school, SCHOOL_STUDENTS, FIREFOX_RUNS);
      }
      if (ONLY.has(3)) {
        step('Firefox 3. entering absence …');
        result.firefox.editing = await firefoxEditing(withExtension, server.url, PAGES.classEdit, CLASS_STUDENTS, EDITS);
      }
      if (ONLY.has(4)) {
        step('Firefox 4. page cost, with vs. without …');
        without = await launchBenchFirefox(null);
        result.firefox.pageCost = {
          classYear: await firefoxPageCost(withExtension, without, server.url, PAGES.classYear, FIREFOX_RUNS, OBSERVE_MS.static),
          school: await firefoxPageCost(withExtension, without, server.url, PAGES.school, FIREFOX_RUNS, OBSERVE_MS.static),
          heavy: await firefoxPageCost(withExtension, without, server.url, PAGES.heavy, FIREFOX_RUNS, OBSERVE_MS.heavy),
        };
      }
      if (hostileServer) {
        step('Firefox 6. clicks while the overlay works …');
        const firefox = withExtension;
        result.firefox.clicks = await clicksWhileWorking(
          async () => {
            const page = await firefox.newPage();
            return clickable(page, (u) => page.goto(u, { waitUntil: 'load' }), (x, y) => page.mouse.click(x, y));
          },
          hostileServer.url(LARGE_TABLE.path),
          LARGE_TABLE.rows,
          FIREFOX_RUNS,
        );
      }
    } catch (error) {
      // Chromium's numbers still stand; the report says where Firefox stopped.
      result.firefox.error = error instanceof Error ? error.message : String(error);
      console.error('Firefox part failed:', error);
    } finally {
      await withExtension?.close();
      await without?.close();
    }
  }
  if (ONLY.has(5)) {
    result.bundle = { chrome: bundle(dirs.chrome), firefox: bundle(dirs.firefox) };
  }
} finally {
  await server.close();
  await hostileServer?.close();
}

result.machine.loadAverageAfter = loadavg().map((l) => Math.round(l * 100) / 100);
result.durationS = Math.round((performance.now() - startedAt) / 1000);
mkdirSync(resolve('docs/bench'), { recursive: true });
// The run before this one stays on record beside it (its results as its summary showed them).
const latestJson = resolve('docs/bench/latest.json');
if (existsSync(latestJson)) {
  const before = JSON.parse(readFileSync(latestJson, 'utf8')) as BenchResult;
  result.previous = { date: before.date, results: resultsByMeasure(before) };
}
writeFileSync(resolve('docs/bench/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(resolve('docs/bench/latest.md'), `${benchMarkdown(result)}\n`);
console.log(benchMarkdown(result));
console.log(`npm run bench took ${Math.floor(result.durationS / 60)} min ${result.durationS % 60} s`);
