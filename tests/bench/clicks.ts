import { stats, type Stats } from './measures.ts';

/**
 * Measure 6: is the page still answering its user while the overlay works through a big table?
 * The page is tests/fixtures/hostile/large-table.html (20 000 rows, built by the page's own script),
 * the same page the E2E suite checks for correct badges. From the first badge on screen until a
 * moment after the last badge is in, the bench sends a real mouse click (trusted input through the
 * browser's automation protocol) to the page's own button every CLICK_EVERY_MS. The page's click
 * handler notes Date.now() and the number of badges; Date.now() read right before each click is
 * sent is on the same machine's clock, so the difference is how long that click waited. Firefox
 * stamps an event's timeStamp after such a wait, so the page's own event times would miss it.
 */
export const CLICK_EVERY_MS = 300;
/** Clicks sent after the last badge is in, so a pause right after the work is seen too. */
const CLICKS_AFTER = 3;

/** What the measure needs of a page, the same in playwright-core (Chromium) and puppeteer-core (Firefox). */
export interface ClickablePage {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface ClickRun {
  /** Per click, in order: how long it waited (ms), and how many badges the page held when its handler ran. */
  waitedMs: number[];
  badges: number[];
}

export interface ClickWaits {
  rows: number;
  runs: ClickRun[];
  /** Each run's longest wait; the result is their median. */
  longestMs: Stats;
  /** Clicks whose handler ran while badges were still being put in (more than at the first click, fewer than all). */
  duringWork: number;
}

const badgeCount = `document.getElementsByTagName('naervaer-badge').length`;

async function waitFor(page: ClickablePage, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
}

/**
 * One load of the large table: clicks from the first badge on screen until three after the last,
 * each click's wait and the badges the page held. Throws when a click never reached the page's
 * handler or the badges did not all arrive. The E2E suite asserts on the same run.
 */
export async function clickWhileWorking(page: ClickablePage, url: string, rows: number): Promise<ClickRun> {
  await page.goto(url);
  await waitFor(page, 'window.hostReady === true', 30_000);
  const [x, y] = (await page.evaluate(
    `(() => { const r = document.getElementById('count').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`,
  )) as [number, number];
  await waitFor(page, `document.querySelector('naervaer-badge:not([data-far])') !== null`, 60_000);
  // After a frame: the one layout of the table that the first badges cost is not the overlay's work.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
  const sent: number[] = [];
  let after = 0;
  const deadline = Date.now() + 150_000;
  while (after < CLICKS_AFTER) {
    if (Date.now() > deadline) throw new Error(`the overlay did not put in ${rows} badges within 150 s`);
    sent.push(Date.now());
    await page.click(x, y);
    await new Promise((r) => setTimeout(r, CLICK_EVERY_MS));
    if (after > 0 || (await page.evaluate(`${badgeCount} === ${rows}`))) after += 1;
  }
  const log = (await page.evaluate('window.clickLog')) as Array<{ at: number; badges: number }>;
  if (log.length !== sent.length) throw new Error(`the page's handler ran for ${log.length} of ${sent.length} clicks`);
  return { waitedMs: log.map((click, i) => click.at - sent[i]!), badges: log.map((click) => click.badges) };
}

/** `runs` loads of the large table, each in a new tab from `open`. */
export async function clicksWhileWorking(open: () => Promise<ClickablePage>, url: string, rows: number, runs: number): Promise<ClickWaits> {
  const measured: ClickRun[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await open();
    try {
      measured.push(await clickWhileWorking(page, url, rows));
    } finally {
      await page.close();
    }
  }
  return {
    rows,
    runs: measured,
    longestMs: stats(measured.map((run) => Math.max(...run.waitedMs))),
    duringWork: measured.reduce((sum, run) => sum + run.badges.filter((b) => b > run.badges[0]! && b < rows).length, 0),
  };
}
