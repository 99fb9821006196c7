import type { Page } from 'puppeteer-core';
import { round } from './cpu-profile.ts';
import { editLoopSource, editTimes, type EditTimes } from './edits.ts';
import type { BenchFirefox } from './firefox.ts';
import { alternate, idleAt, LONG_TASK_MS, QUIET_WINDOW_MS, pairedCost, seenStats, type LoadNumbers, type PageCost, type SeenStats } from './measures.ts';
import { firstBadges, HEARTBEAT_TICK_MS, probeSource, READ_PROBE, type ProbeReading } from './probe.ts';

/**
 * The same measures in Firefox, read from inside the page: Firefox offers no sampling profiler or
 * trace to an automation client, so what needs one (the extension's own main-thread time, whose
 * code a task ran) is not measured here, and the report says so. What the page can see is
 * measured the same way as in Chromium: the bench build's marks, the badges as they arrive, the
 * edits timed by performance.now(), and a heartbeat for the main thread's busy time (probe.ts).
 */
const leveled = (count: number) => `document.querySelectorAll('naervaer-badge[data-level]').length >= ${count}`;

async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: timed out after ${timeoutMs} ms waiting for ${expression}`);
}

async function withProbe(firefox: BenchFirefox, heartbeat: boolean): Promise<Page> {
  const page = await firefox.newPage();
  await page.evaluateOnNewDocument(probeSource({ badges: !heartbeat, heartbeat }));
  return page;
}

export interface FirefoxFirstRender {
  seen: SeenStats;
  levels: Record<string, number>;
}

/** Script start → the badges, as the page sees them; `runs` loads, each in a new tab. */
export async function firefoxFirstRender(firefox: BenchFirefox, url: (path: string) => string, path: string, expectedBadges: number, runs: number): Promise<FirefoxFirstRender> {
  const seen = [];
  let levels: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const page = await withProbe(firefox, false);
    await page.goto(url(path), { waitUntil: 'load' });
    await waitFor(page, leveled(expectedBadges), 120_000);
    await new Promise((r) => setTimeout(r, 500));
    seen.push(firstBadges((await page.evaluate(READ_PROBE)) as ProbeReading));
    levels = (await page.evaluate(
      `[...document.querySelectorAll('naervaer-badge[data-level]')].reduce((c, b) => (c[b.dataset.level] = (c[b.dataset.level] ?? 0) + 1, c), {})`,
    )) as Record<string, number>;
    await page.close();
  }
  return { seen: seenStats(seen), levels };
}

export async function firefoxEditing(firefox: BenchFirefox, url: (path: string) => string, path: string, students: number, edits: number): Promise<EditTimes> {
  const page = await firefox.newPage();
  await page.goto(url(path), { waitUntil: 'load' });
  await waitFor(page, leveled(students), 120_000);
  await new Promise((r) => setTimeout(r, 500));
  const result = (await page.evaluate(editLoopSource(edits))) as { times: number[]; updated: number };
  await page.close();
  return editTimes(edits, result);
}

/**
 * One load's numbers from the heartbeat's gaps: each gap of BUSY_GAP_MS or more is a task of the
 * gap less one tick. Load-to-idle and long tasks are defined as in Chromium's trace (idleAt); busy
 * time counts up to the end of the first quiet window, or to `observeMs` when there was none.
 */
export function heartbeatLoad(reading: ProbeReading, observeMs: number, badges: number): LoadNumbers {
  const tasks = reading.gaps
    .filter(([from]) => from < observeMs)
    .map(([from, to]) => ({ ts: from * 1000, dur: Math.max(0, Math.min(to, observeMs) - from - HEARTBEAT_TICK_MS) * 1000 }));
  const load = (reading.load ?? 0) * 1000;
  const idle = idleAt(tasks, load, observeMs * 1000);
  const end = idle === null ? observeMs * 1000 : idle + QUIET_WINDOW_MS * 1000;
  return {
    loadToIdleMs: idle === null ? null : round(idle / 1000),
    busyMs: round(tasks.filter((t) => t.ts < end).reduce((sum, t) => sum + t.dur, 0) / 1000),
    longTasks: tasks.filter((t) => t.dur >= LONG_TASK_MS * 1000).map((t) => round(t.dur / 1000)),
    extensionTasks: null,
    badges,
  };
}

/**
 * Loads `path` untouched and reads the heartbeat every half second until the load has reached idle
 * (a whole quiet window after the load event) or `observeMs` has passed. Busy time counts up to
 * that moment, so with and without the extension both count until their own page is idle.
 */
async function heartbeatCost(firefox: BenchFirefox, url: (path: string) => string, path: string, observeMs: number): Promise<LoadNumbers> {
  const page = await withProbe(firefox, true);
  await page.goto(url(path), { waitUntil: 'domcontentloaded' });
  let numbers: LoadNumbers;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const reading = (await page.evaluate(READ_PROBE)) as ProbeReading;
    const badges = (await page.evaluate(`document.querySelectorAll('naervaer-badge[data-level]').length`)) as number;
    const until = Math.min(reading.now, observeMs);
    numbers = heartbeatLoad(reading, until, badges);
    if (numbers.loadToIdleMs !== null || reading.now >= observeMs) break;
  }
  await page.close();
  return numbers;
}

export async function firefoxPageCost(
  withExtension: BenchFirefox,
  without: BenchFirefox,
  url: (path: string) => string,
  path: string,
  runs: number,
  observeMs: number,
): Promise<PageCost> {
  const { a, b } = await alternate(
    runs,
    () => heartbeatCost(withExtension, url, path, observeMs),
    () => heartbeatCost(without, url, path, observeMs),
  );
  return pairedCost(path, observeMs, a, b);
}
