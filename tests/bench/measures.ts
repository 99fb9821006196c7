import type { BrowserContext, Page } from 'playwright-core';
import { attribute, isContentScript, round, scriptTimeBetween, type Attribution, type CpuProfile } from './cpu-profile.ts';
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

export function stats(values: number[], digits = 2): Stats {
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: values.map(r), median: r(median), min: r(sorted[0]!), max: r(sorted.at(-1)!) };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
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
  levels: Record<string, number>;
  /** The last run's attribution, for what dominates. */
  last: Attribution;
}

export async function profileLoad(
  context: BrowserContext,
  url: (path: string) => string,
  path: string,
  expectedBadges: number,
): Promise<{ attribution: Attribution; levels: Record<string, number> }> {
  const page = await freshPage(context, url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(leveled(expectedBadges), undefined, { timeout: 120_000, polling: 100 });
  // Let the content script's asynchronous tail (case statuses from the background) finish too.
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const levels = await levelCounts(page);
  await cdp.detach();
  await page.close();
  return { attribution: attribute(profile, isContentScript), levels };
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
  let last: { attribution: Attribution; levels: Record<string, number> } | null = null;
  for (let i = 0; i < runs; i++) {
    last = await profileLoad(context, url, path, expectedBadges);
    ms.push(last.attribution.ms);
    spans.push(((last.attribution.lastUs ?? 0) - (last.attribution.firstUs ?? 0)) / 1000);
  }
  return { extensionMs: stats(ms), spanMs: stats(spans), levels: last!.levels, last: last!.attribution };
}

// ------------------------------------------------------------------ 3: entering absence

export interface Editing {
  edits: number;
  /** Edits after which the badge's host or shadow content had changed when the change event returned. */
  badgeUpdated: number;
  p50: number;
  p95: number;
  max: number;
  perEditMs: number[];
  /** Extension's main-thread time over all edits, and what dominates it. */
  profile: Attribution;
}

/**
 * Types `edits` changes into the register's <select>s as a teacher does (value, then input and
 * change events), one student at a time, waiting two frames between edits. Each edit is timed in
 * the page from just before the input event to the return of the change event's dispatch: the
 * overlay's listeners run inside that dispatch, so this is the change → updated badge time, and a
 * MutationObserver's pending records on the badge confirm the badge was touched.
 */
export async function editing(context: BrowserContext, url: (path: string) => string, path: string, students: number, edits: number): Promise<Editing> {
  const page = await freshPage(context, url);
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(leveled(students), undefined, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const result = await page.evaluate<{ times: number[]; updated: number }>(`(async () => {
    const codes = ['', 'G', 'U', 'UM', 'FS'];
    const rows = [...document.querySelectorAll('#register tbody tr')];
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const times = [];
    let updated = 0;
    for (let k = 0; k < ${edits}; k++) {
      const row = rows[k % rows.length];
      const selects = row.querySelectorAll('select');
      const select = selects[(k * 7) % selects.length];
      const next = codes[(codes.indexOf(select.value) + 1 + (k % 3)) % codes.length];
      const badge = row.querySelector('naervaer-badge');
      const watch = new MutationObserver(() => {});
      watch.observe(badge, { attributes: true });
      if (badge.shadowRoot) watch.observe(badge.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      select.value = next;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      times.push(performance.now() - start);
      if (watch.takeRecords().length > 0) updated++;
      watch.disconnect();
      await frame();
    }
    return { times, updated };
  })()`);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  await page.close();
  return {
    edits,
    badgeUpdated: result.updated,
    p50: percentile(result.times, 50),
    p95: percentile(result.times, 95),
    max: round(Math.max(...result.times)),
    perEditMs: result.times.map(round),
    profile: attribute(profile, isContentScript),
  };
}

// ------------------------------------------------------------------ 4: page cost, side by side

export interface LoadCost {
  loadToIdleMs: number;
  busyMs: number;
  longTasks: number[];
  /** Long tasks whose script time was mostly the extension's (its share of each, in ms). */
  extensionLongTasks: Array<{ ms: number; extensionMs: number }>;
  badges: number;
}

/** Tasks shorter than this (timer ticks, idle-time housekeeping) neither break nor end a quiet window. */
const IDLE_TASK_MS = 3;
/** "Idle": the start of the first window this long, after the load event, with no task of IDLE_TASK_MS or more. */
export const QUIET_WINDOW_MS = 500;
export const OBSERVE_MS = 4_000;

/** The end of the last task before the first quiet window after `from` (µs, trace clock). */
export function idleAt(tasks: Task[], from: number): number {
  let idle = from;
  for (const task of tasks) {
    if (task.dur < IDLE_TASK_MS * 1000 || task.ts + task.dur <= from) continue;
    if (task.ts - idle >= QUIET_WINDOW_MS * 1000) break;
    idle = Math.max(idle, task.ts + task.dur);
  }
  return idle;
}

/**
 * Loads `path` with a trace running and watches the main thread for OBSERVE_MS without touching
 * the page. Load-to-idle: navigation start to the start of the first quiet window after load.
 */
export async function loadCost(context: BrowserContext, url: (path: string) => string, path: string): Promise<LoadCost> {
  const page = await freshPage(context, url);
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url(path), { waitUntil: 'commit' });
  await page.waitForTimeout(OBSERVE_MS);
  const events = await stop();
  const badges = await page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`);
  await cdp.detach();
  await page.close();
  const trace = pageTrace(events, path);
  const long = trace.tasks.filter((t) => t.dur >= 50_000);
  const extensionLong = trace.profile
    ? long.flatMap((t) => {
        const share = scriptTimeBetween(trace.profile!, isContentScript, t.ts, t.ts + t.dur);
        return share.ownMs > 0 && share.ownMs >= share.scriptMs / 2 ? [{ ms: round(t.dur / 1000), extensionMs: share.ownMs }] : [];
      })
    : [];
  return {
    loadToIdleMs: round((idleAt(trace.tasks, trace.load) - trace.navigationStart) / 1000),
    busyMs: round(trace.tasks.reduce((sum, t) => sum + t.dur, 0) / 1000),
    longTasks: long.map((t) => round(t.dur / 1000)),
    extensionLongTasks: extensionLong,
    badges,
  };
}

export interface PageCost {
  path: string;
  runs: number;
  withExtension: {
    loadToIdleMs: Stats;
    busyMs: Stats;
    longTasksPerRun: Stats;
    extensionLongTasksPerRun: Stats;
    /** Every run's long tasks of the extension: length and the extension's script time in each. */
    extensionLongTasks: Array<Array<{ ms: number; extensionMs: number }>>;
    longestTaskMs: Stats;
    badges: number;
  };
  without: { loadToIdleMs: Stats; busyMs: Stats; longTasksPerRun: Stats; longestTaskMs: Stats };
  /** Median of the per-run ratios (with ÷ without, runs paired in time). */
  loadToIdleRatio: Stats;
}

/** Runs alternate between the two browsers (and which goes first), so load on the machine hits both alike. */
export async function pageCost(
  withExtension: BrowserContext,
  without: BrowserContext,
  url: (path: string) => string,
  path: string,
  runs: number,
): Promise<PageCost> {
  const a: LoadCost[] = [];
  const b: LoadCost[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await loadCost(withExtension, url, path));
      b.push(await loadCost(without, url, path));
    } else {
      b.push(await loadCost(without, url, path));
      a.push(await loadCost(withExtension, url, path));
    }
  }
  const longest = (c: LoadCost[]) => stats(c.map((x) => Math.max(0, ...x.longTasks)));
  return {
    path,
    runs,
    withExtension: {
      loadToIdleMs: stats(a.map((x) => x.loadToIdleMs)),
      busyMs: stats(a.map((x) => x.busyMs)),
      longTasksPerRun: stats(a.map((x) => x.longTasks.length)),
      extensionLongTasksPerRun: stats(a.map((x) => x.extensionLongTasks.length)),
      extensionLongTasks: a.map((x) => x.extensionLongTasks),
      longestTaskMs: longest(a),
      badges: Math.min(...a.map((x) => x.badges)),
    },
    without: {
      loadToIdleMs: stats(b.map((x) => x.loadToIdleMs)),
      busyMs: stats(b.map((x) => x.busyMs)),
      longTasksPerRun: stats(b.map((x) => x.longTasks.length)),
      longestTaskMs: longest(b),
    },
    loadToIdleRatio: stats(a.map((x, i) => x.loadToIdleMs / b[i]!.loadToIdleMs), 3),
  };
}
