import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { attribute, isContentScript, round, scriptTimeBetween, type Attribution, type CpuProfile } from './cpu-profile.ts';
import { editLoopSource, editTimes, type EditTimes } from './edits.ts';
import { firstBadges, probeSource, READ_PROBE, type FirstBadges, type ProbeReading } from './probe.ts';
import { pageTrace, startTrace, type Task } from './trace.ts';

/**
 * The measures, each in real Chromium. Every number is read from the browser (a V8 profile, a
 * trace, or performance.now() in the page); nothing here decides whether a target is met.
 */
const BLANK = 'bench/blank.html';
const SAMPLING_US = 100;
const leveled = (count: number) => `document.querySelectorAll('naervaer-badge[data-level]').length >= ${count}`;

export interface Stats {
  runs: number[];
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of the values that were measured (null: not measured in that run). */
export function stats(values: Array<number | null>, digits = 2): Stats {
  const measured = values.filter((v): v is number => v !== null);
  if (measured.length === 0) return { runs: [], median: NaN, min: NaN, max: NaN };
  return statsOf(measured, digits);
}

function statsOf(values: number[], digits: number): Stats {
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: values.map(r), median: r(median), min: r(sorted[0]!), max: r(sorted.at(-1)!) };
}

/** Opens a same-origin blank page first, so the profiler survives the navigation (same renderer). */
async function freshPage(context: BrowserContext, url: (path: string) => string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(BLANK));
  return page;
}

async function levelCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`[...document.querySelectorAll('naervaer-badge[data-level]')].reduce((c, b) => (c[b.dataset.level] = (c[b.dataset.level] ?? 0) + 1, c), {})`);
}

// ------------------------------------------------------------------ 1 and 2: first render

export interface FirstRender {
  /** Main-thread time with the content script on the stack, from its start to every badge. */
  extensionMs: Stats;
  /** First to last sample of the content script: its start to the last badge, wall clock. */
  spanMs: Stats;
  /** What the page saw (probe.ts), from the bench build's script-start mark, per run. */
  seen: SeenStats;
  levels: Record<string, number>;
  /** The last run's attribution, for what dominates. */
  last: Attribution;
}

/**
 * Waits until `condition` holds in the page, asked every 100 ms by a timer of the page's own,
 * through the CDP session: no script of the bench's is put into the page while the overlay works.
 * Playwright's waitForFunction first compiles its injected script into
 * the page's world, and it did so right after the load event, while the overlay read the page: an
 * ordinary task that ran ahead of the overlay's background-priority slices (docs/bench/README.md,
 * "Steps on the time targets"). A teacher's page has no such task.
 */
async function untilInPage(cdp: CDPSession, condition: string, timeoutMs: number): Promise<void> {
  const { exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression: `new Promise((done, fail) => {
      const deadline = performance.now() + ${timeoutMs};
      const check = () => (${condition}) ? done(true) : performance.now() > deadline ? fail(new Error('timed out')) : setTimeout(check, 100);
      check();
    })`,
    awaitPromise: true,
  })) as { exceptionDetails?: { text?: string; exception?: { description?: string } } };
  if (exceptionDetails) throw new Error(`waiting for ${condition}: ${exceptionDetails.exception?.description ?? exceptionDetails.text ?? 'failed'}`);
}

export async function profileLoad(
  context: BrowserContext,
  url: (path: string) => string,
  path: string,
  expectedBadges: number,
): Promise<{ attribution: Attribution; levels: Record<string, number>; seen: FirstBadges }> {
  const page = await context.newPage();
  await page.addInitScript(probeSource({ badges: true, heartbeat: false }));
  await page.goto(url(BLANK));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await page.goto(url(path), { waitUntil: 'load' });
  await untilInPage(cdp, leveled(expectedBadges), 120_000);
  // Let the content script's asynchronous tail (case statuses from the background) finish too.
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const levels = await levelCounts(page);
  const reading = await page.evaluate<ProbeReading>(READ_PROBE);
  await cdp.detach();
  await page.close();
  return { attribution: attribute(profile, isContentScript), levels, seen: firstBadges(reading) };
}

/** The probe's first-render times over the runs (ms from the script-start mark). */
export interface SeenStats {
  evaluatedMs: Stats;
  firstInViewMs: Stats;
  allInViewMs: Stats;
  allMs: Stats;
  /** The last run's counts; viewport-first order over every run. */
  inView: number;
  total: number;
  /** Per run: badges outside the viewport that came before the last one inside it. */
  outOfViewBeforeLastInView: number[];
}

export function seenStats(runs: FirstBadges[]): SeenStats {
  const last = runs.at(-1)!;
  return {
    evaluatedMs: stats(runs.map((r) => r.evaluatedMs)),
    firstInViewMs: stats(runs.map((r) => r.firstInViewMs)),
    allInViewMs: stats(runs.map((r) => r.allInViewMs)),
    allMs: stats(runs.map((r) => r.allMs)),
    inView: last.inView,
    total: last.total,
    outOfViewBeforeLastInView: runs.map((r) => r.outOfViewBeforeLastInView),
  };
}

export async function firstRender(
  context: BrowserContext,
  url: (path: string) => string,
  path: string,
  expectedBadges: number,
  runs: number,
): Promise<FirstRender> {
  const ms: number[] = [];
  const spans: number[] = [];
  const seen: FirstBadges[] = [];
  let last: { attribution: Attribution; levels: Record<string, number> } | null = null;
  for (let i = 0; i < runs; i++) {
    const run = await profileLoad(context, url, path, expectedBadges);
    ms.push(run.attribution.ms);
    spans.push(((run.attribution.lastUs ?? 0) - (run.attribution.firstUs ?? 0)) / 1000);
    seen.push(run.seen);
    last = run;
  }
  return { extensionMs: stats(ms), spanMs: stats(spans), seen: seenStats(seen), levels: last!.levels, last: last!.attribution };
}

// ------------------------------------------------------------------ 3: entering absence

export interface Editing extends EditTimes {
  /** Extension's main-thread time over all edits, and what dominates it. */
  profile: Attribution;
}

/** The edits of edits.ts, with a CPU profile running over them. */
export async function editing(context: BrowserContext, url: (path: string) => string, path: string, students: number, edits: number): Promise<Editing> {
  const page = await freshPage(context, url);
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(leveled(students), undefined, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const result = await page.evaluate<{ times: number[]; updated: number }>(editLoopSource(edits));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  await page.close();
  return { ...editTimes(edits, result), profile: attribute(profile, isContentScript) };
}

// ------------------------------------------------------------------ 4: page cost, side by side

export interface LoadCost {
  /** null when no quiet window was complete within the observed time. */
  loadToIdleMs: number | null;
  busyMs: number;
  longTasks: number[];
  /** Tasks whose script time was mostly the extension's (its share of each, in ms), longest first. */
  extensionTasks: Array<{ ms: number; extensionMs: number }>;
  badges: number;
}

/** Tasks shorter than this (timer ticks, idle-time housekeeping) neither break nor end a quiet window. */
const IDLE_TASK_MS = 3;
/** "Idle": the start of the first window this long, after the load event, with no task of IDLE_TASK_MS or more. */
export const QUIET_WINDOW_MS = 500;
/**
 * How long a load is watched: the static pages, and the heavy single-page portal (busy 1–2 s
 * itself). Chromium's traces run this long; Firefox's heartbeat stops earlier once the load is idle.
 */
export const OBSERVE_MS = { static: 4_000, heavy: 7_000 } as const;
/** Tasks this long or longer are checked for the extension's share (the rest cannot matter). */
const ATTRIBUTE_TASK_MS = 16;

/**
 * The end of the last task before the first quiet window after `from` (µs, trace clock), or null
 * when the observation ended (at `until`) before a whole quiet window had passed.
 */
export function idleAt(tasks: Task[], from: number, until: number): number | null {
  let idle = from;
  for (const task of tasks) {
    if (task.dur < IDLE_TASK_MS * 1000 || task.ts + task.dur <= from) continue;
    if (task.ts - idle >= QUIET_WINDOW_MS * 1000) break;
    idle = Math.max(idle, task.ts + task.dur);
  }
  return idle + QUIET_WINDOW_MS * 1000 <= until ? idle : null;
}

/**
 * Loads `path` with a trace running and watches the main thread for `observeMs` without touching
 * the page. Load-to-idle: navigation start to the start of the first quiet window after load.
 */
export async function loadCost(context: BrowserContext, url: (path: string) => string, path: string, observeMs: number): Promise<LoadCost> {
  const page = await freshPage(context, url);
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url(path), { waitUntil: 'commit' });
  await page.waitForTimeout(observeMs);
  const events = await stop();
  const badges = await page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`);
  await cdp.detach();
  await page.close();
  const trace = pageTrace(events, path);
  const extensionTasks = trace.profile
    ? trace.tasks
        .filter((t) => t.dur >= ATTRIBUTE_TASK_MS * 1000)
        .flatMap((t) => {
          const share = scriptTimeBetween(trace.profile!, isContentScript, t.ts, t.ts + t.dur);
          return share.ownMs > 0 && share.ownMs >= share.scriptMs / 2 ? [{ ms: round(t.dur / 1000), extensionMs: share.ownMs }] : [];
        })
        .sort((x, y) => y.ms - x.ms)
    : [];
  return {
    loadToIdleMs: sinceStart(idleAt(trace.tasks, trace.load, trace.navigationStart + observeMs * 1000), trace.navigationStart),
    busyMs: round(trace.tasks.reduce((sum, t) => sum + t.dur, 0) / 1000),
    longTasks: trace.tasks.filter((t) => t.dur >= LONG_TASK_MS * 1000).map((t) => round(t.dur / 1000)),
    extensionTasks,
    badges,
  };
}

export const LONG_TASK_MS = 50;

const sinceStart = (us: number | null, startUs: number) => (us === null ? null : round((us - startUs) / 1000));

/** The side-by-side numbers of one page, in any browser: with the extension vs. without, paired runs. */
export interface PageCost {
  path: string;
  runs: number;
  /** How long each load was watched. */
  observeMs: number;
  withExtension: {
    loadToIdleMs: Stats;
    busyMs: Stats;
    longTasksPerRun: Stats;
    /**
     * Tasks of 16 ms or more with the extension's code on the stack for at least half their script
     * time (Chromium's trace); null where the browser cannot attribute a task.
     */
    extensionTasks: Array<Array<{ ms: number; extensionMs: number }>> | null;
    longestTaskMs: Stats;
    /** Fewest badges with a level at the end of a run. */
    badges: number;
  };
  without: { loadToIdleMs: Stats; busyMs: Stats; longTasksPerRun: Stats; longestTaskMs: Stats };
  /** Median of the per-run ratios (with ÷ without, runs paired in time), over the pairs that both reached idle. */
  loadToIdleRatio: Stats;
  /** Pairs in which both loads reached idle within the observed time. */
  idlePairs: number;
  /** Median of the per-run differences of main-thread busy time (with − without). */
  addedBusyMs: Stats;
}

/** One load's side-by-side numbers, however the browser measured them. */
export interface LoadNumbers {
  loadToIdleMs: number | null;
  busyMs: number;
  longTasks: number[];
  extensionTasks: Array<{ ms: number; extensionMs: number }> | null;
  badges: number;
}

/** Pairs the runs: run i with the extension beside run i without it. */
export function pairedCost(path: string, observeMs: number, a: LoadNumbers[], b: LoadNumbers[]): PageCost {
  const longest = (c: LoadNumbers[]) => stats(c.map((x) => Math.max(0, ...x.longTasks)));
  const extensionTasks = a.every((x) => x.extensionTasks !== null) ? a.map((x) => x.extensionTasks!) : null;
  return {
    path,
    runs: a.length,
    observeMs,
    withExtension: {
      loadToIdleMs: stats(a.map((x) => x.loadToIdleMs)),
      busyMs: stats(a.map((x) => x.busyMs)),
      longTasksPerRun: stats(a.map((x) => x.longTasks.length)),
      extensionTasks,
      longestTaskMs: longest(a),
      badges: Math.min(...a.map((x) => x.badges)),
    },
    without: {
      loadToIdleMs: stats(b.map((x) => x.loadToIdleMs)),
      busyMs: stats(b.map((x) => x.busyMs)),
      longTasksPerRun: stats(b.map((x) => x.longTasks.length)),
      longestTaskMs: longest(b),
    },
    loadToIdleRatio: stats(
      a.map((x, i) => (x.loadToIdleMs === null || b[i]!.loadToIdleMs === null ? null : x.loadToIdleMs / b[i]!.loadToIdleMs!)),
      3,
    ),
    idlePairs: a.filter((x, i) => x.loadToIdleMs !== null && b[i]!.loadToIdleMs !== null).length,
    addedBusyMs: stats(a.map((x, i) => x.busyMs - b[i]!.busyMs)),
  };
}

/** Runs alternate between the two browsers (and which goes first), so load on the machine hits both alike. */
export async function alternate<T>(runs: number, withExtension: () => Promise<T>, without: () => Promise<T>): Promise<{ a: T[]; b: T[] }> {
  const a: T[] = [];
  const b: T[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await withExtension());
      b.push(await without());
    } else {
      b.push(await without());
      a.push(await withExtension());
    }
  }
  return { a, b };
}

export async function pageCost(
  withExtension: BrowserContext,
  without: BrowserContext,
  url: (path: string) => string,
  path: string,
  runs: number,
  observeMs: number,
): Promise<PageCost> {
  const { a, b } = await alternate(
    runs,
    () => loadCost(withExtension, url, path, observeMs),
    () => loadCost(without, url, path, observeMs),
  );
  return pairedCost(path, observeMs, a, b);
}
