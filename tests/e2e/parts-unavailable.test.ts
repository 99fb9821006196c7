import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { availableBrowsers, launch, testOutputDir, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The popover, teach mode and the snapshot are scripts the background injects when the teacher
 * first asks for them. When one cannot be loaded, the click still answers: a notice beside the
 * badge (or at the top of the page) says so, nothing is thrown into the page, and the badges stay.
 * Here the test build is copied without those scripts, so the background's injection fails as it
 * would for a broken or partly updated install.
 */
const browsers = availableBrowsers();
const NOTICE = `document.querySelector('naervaer-notice')`;
const NOTICE_TEXT = 'Nærværsradar kunne ikke åpne dette. Last inn siden på nytt og prøv igjen.';
/** What the page's own scripts can see go wrong: error events and unhandled rejections in its window. */
const WATCH_PAGE = `(() => { window.__seen = []; addEventListener('error', (e) => __seen.push(String(e.message))); addEventListener('unhandledrejection', (e) => __seen.push(String(e.reason))); })()`;
/**
 * The harness's own list of errors, less Firefox's report that the script the test removed could not
 * be loaded (its console shows the failed injection; no script of the page sees it).
 */
const errorsBesidesTheMissingScript = (page: E2EPage) => page.errors().filter((error) => !/^Unable to load script: .*\/overlay-(popover|teach)\.js$/.test(error));

describe.each(browsers)('a part of the overlay that cannot be loaded, in %s', (browserName) => {
  let portals: FixtureServer;
  let e2eFixtures: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;
  let buildCopy: string;

  beforeAll(async () => {
    const target = browserName === 'chromium' ? 'chrome-mv3' : 'firefox-mv3';
    buildCopy = mkdtempSync(join(tmpdir(), 'nr-parts-missing-'));
    cpSync(join(testOutputDir(), target), join(buildCopy, target), { recursive: true });
    for (const part of ['overlay-popover.js', 'overlay-teach.js']) rmSync(join(buildCopy, target, part));
    portals = await startFixtureServer();
    e2eFixtures = await startFixtureServer(resolve('tests/fixtures/e2e'));
    const before = process.env.NAERVAER_TEST_OUTPUT;
    process.env.NAERVAER_TEST_OUTPUT = buildCopy;
    try {
      browser = await launch(browserName);
    } finally {
      if (before === undefined) delete process.env.NAERVAER_TEST_OUTPUT;
      else process.env.NAERVAER_TEST_OUTPUT = before;
    }
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portals?.close();
    await e2eFixtures?.close();
    if (buildCopy) rmSync(buildCopy, { recursive: true, force: true });
  });

  it('a badge click says the popover could not be opened, beside the badge, and a second click asks again', async () => {
    await page.goto(portals.url('vigilo/student-absence.html'));
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length > 0`);
    const badges = await page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`);
    await page.evaluate(WATCH_PAGE);
    await page.clickInShadow(`document.querySelector('naervaer-badge')`, 'button');
    await page.waitFor(`!!${NOTICE}`);
    expect(await page.inShadow<string>(NOTICE, `(root) => root.querySelector('[role="alert"]').textContent`)).toBe(NOTICE_TEXT);
    // Beside the badge that was clicked: just below it.
    const [badgeBottom, noticeTop] = await page.evaluate<[number, number]>(
      `[document.querySelector('naervaer-badge').getBoundingClientRect().bottom, ${NOTICE}.getBoundingClientRect().top]`,
    );
    expect(noticeTop - badgeBottom).toBeGreaterThanOrEqual(0);
    expect(noticeTop - badgeBottom).toBeLessThan(20);
    expect(await page.evaluate<boolean>(`!!document.querySelector('naervaer-popover')`)).toBe(false);
    // The load is tried again: the notice is made anew, never two at once.
    await page.evaluate(`${NOTICE}.dataset.first = 'yes'`);
    await page.clickInShadow(`document.querySelector('naervaer-badge')`, 'button');
    await page.waitFor(`!!${NOTICE} && ${NOTICE}.dataset.first !== 'yes'`);
    expect(await page.evaluate<number>(`document.querySelectorAll('naervaer-notice').length`)).toBe(1);
    expect(await page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`)).toBe(badges);
    expect(await page.evaluate<string[]>('window.__seen')).toEqual([]);
    expect(errorsBesidesTheMissingScript(page)).toEqual([]);
  });

  it('starting teach mode or saving a snapshot says it could not be opened, and the page keeps its clicks', async () => {
    await page.goto(e2eFixtures.url('teach-unreadable.html'));
    await page.waitFor(`(() => { const i = document.querySelector('naervaer-indicator'); return !!i && !i.hidden; })()`);
    await page.evaluate(WATCH_PAGE);
    await page.clickInShadow(`document.querySelector('naervaer-indicator')`, 'button.pill');
    await page.clickInShadow(`document.querySelector('naervaer-indicator')`, 'button', 'Lær opp denne siden');
    await page.waitFor(`!!${NOTICE}`);
    expect(await page.inShadow<string>(NOTICE, `(root) => root.textContent`)).toContain(NOTICE_TEXT);
    expect(await page.evaluate<boolean>(`!!document.querySelector('naervaer-teach')`)).toBe(false);
    await page.evaluate(`${NOTICE}.remove()`);
    await page.clickInShadow(`document.querySelector('naervaer-indicator')`, 'button', 'Lagre anonymisert kopi av siden');
    await page.waitFor(`!!${NOTICE}`);
    expect(await page.inShadow<string>(NOTICE, `(root) => root.textContent`)).toContain(NOTICE_TEXT);
    expect(await page.evaluate<string[]>('window.__seen')).toEqual([]);
    expect(errorsBesidesTheMissingScript(page)).toEqual([]);
  });
});
