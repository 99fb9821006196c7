import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import type { BadgeLevel as Level } from './support/expectations';
import { clickWhileWorking } from '../bench/clicks';

/**
 * Hostile page content, in real Chromium and Firefox: names and cells that look like markup and
 * script, very long, right-to-left, emoji and zero-width text, duplicated ids, a table of 20 000
 * rows, and a page that keeps changing itself. Nothing in the page may execute through the
 * extension, the page must stay responsive with its own scripts working, and every badge must
 * carry a sane level — or the page shows the quiet "could not read" indicator.
 *
 * Pages: tests/fixtures/hostile (modelled test pages, read by the generic reader).
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const LEVELS = ['ok', 'unknown', 'watch', 'concern', 'serious'];
const badge = (key: string) => `document.querySelector('naervaer-badge[data-student="${key}"]')`;
const levelOf = (key: string) => `${badge(key)}?.dataset.level`;
const POPOVER = `document.querySelector('naervaer-popover')`;
const popoverOpen = `(() => { const p = document.querySelector('naervaer-popover'); return !!p && !p.hidden; })()`;
const indicatorShown = `(() => { const i = document.querySelector('naervaer-indicator'); return !!i && !i.hidden; })()`;

/**
 * Expected levels are worked out by hand (never by the reader or engine under test), under the
 * generic reader's default, the research thresholds, on Monday 23.11.2026. The summary pages name
 * no period, so their totals are the term so far: 65 school days. A total T (days + lessons/6)
 * ≤ 2.5 is `ok` (it cannot be more than a quarter of the last 14 days' 10 school days); more than
 * 10 days or more than 15 % of 65 (9.75) is `concern` ("mer enn 10 dagers (15%) fravær i løpet av
 * de 15 siste ukene"); in between, the last 14 days cannot be judged from a total: `unknown`.
 */
const MARKUP_NAMES_LEVELS: Record<string, Level> = {
  'generic:901': 'concern', // 12 days + 3 lessons
  'generic:902': 'ok', // nothing
  'generic:903': 'concern', // 9 + 11/6 = 10.8 > 9.75
  'generic:904': 'ok', // 1 + 2/6
  'generic:905': 'ok', // 2
  'generic:906': 'concern', // 30 days
  'generic:907': 'ok', // 1 lesson
  'generic:908': 'unknown', // 6 + 14/6 = 8.3
  'generic:909': 'concern', // 11 days
  'generic:910': 'ok', // 2 lessons
  'generic:911': 'unknown', // 4 + 1/6 (the row is on the page twice, with the same id)
  'generic:911-2': 'unknown',
  'generic:912': 'unknown', // days «<b>3</b>» cannot be read as a number; 0 lessons decide nothing
};

/** large-table.html: row n has 30 days when n % 13 = 0, else 5 days when n % 7 = 0, else nothing. */
const LARGE_TABLE_LEVEL = { thirtyDays: 'concern', fiveDays: 'unknown', none: 'ok' } as const;

/** mutating.html after stopMutating(): 0, 30, 5 and 30 days. */
const MUTATING_FINAL_LEVELS: Record<string, Level> = {
  'generic:701': 'ok',
  'generic:702': 'concern',
  'generic:703': 'unknown',
  'generic:704': 'concern',
};

/**
 * mutating-register.html after stopMutating(): the register shows 09.11–20.11 (weeks 46–47). The
 * last 14 days (10.11–23.11) hold 10 school days, one of them (23.11) not shown; the 15 weeks'
 * 65 school days are mostly not shown, so only "more than 2.5 days in the last 14 days" (or more
 * than 9.75 days inside the register) can fire, and nothing can be "ok".
 */
const MUTATING_REGISTER_FINAL_LEVELS: Record<string, Level> = {
  'generic:601': 'concern', // U 13.11, U 16.11, U/M 20.11: 3 days in the last 14 > 2.5
  'generic:602': 'unknown', // present every shown day; the 15 weeks are mostly unseen
  'generic:603': 'concern', // F every day 09.–20.11: 9 days in the last 14, 10 in the register
};

/** Every badge on the page, as [student key, level]. */
const allBadges = `[...document.querySelectorAll('naervaer-badge')].map((b) => [b.dataset.student, b.dataset.level])`;

/** Clicks the page's own button and says whether its own handler ran. */
async function hostStillResponds(page: E2EPage): Promise<void> {
  const before = await page.evaluate<number>('window.clicks');
  await page.evaluate(`document.getElementById('count').click()`);
  expect(await page.evaluate<number>('window.clicks')).toBe(before + 1);
  expect(await page.evaluate<string>(`document.getElementById('clicks').textContent`)).toBe(String(before + 1));
}

describe.each(browsers)('hostile page content in %s', (browserName) => {
  let hostile: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;

  beforeAll(async () => {
    hostile = await startFixtureServer(resolve('tests/fixtures/hostile'));
    browser = await launch(browserName);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await hostile?.close();
  });

  it('markup and script in names stay text: nothing runs, in the page or in the overlay', async () => {
    await page.goto(hostile.url('markup-names.html'));
    // The overlay renders in slices: wait for the last student's badge, not only the first.
    await page.waitFor(`window.hostReady === true && ${levelOf('generic:901')} !== undefined && ${levelOf('generic:912')} !== undefined`);
    // Each student once, with a sane level; the duplicated row is read once.
    const badges = await page.evaluate<Array<[string, string]>>(allBadges);
    const keys = badges.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of [901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912]) expect(keys).toContain(`generic:${id}`);
    for (const [, level] of badges) expect(LEVELS).toContain(level);
    // Whatever the names look like, each level is the one worked out by hand for that row.
    expect(Object.fromEntries(badges)).toEqual(MARKUP_NAMES_LEVELS);

    // Open the popover for each markup-named student: its name shows as text, no element is made.
    for (const [key, literal] of [
      ['generic:901', `<img src=x onerror="window.pwned='img'">`],
      ['generic:902', `<script>window.pwned='script'</script>Siri Skript`],
      ['generic:903', `"><svg onload="window.pwned='svg'">Sander Svg`],
    ] as const) {
      await page.clickInShadow(badge(key), 'button');
      await page.waitFor(popoverOpen);
      const shown = await page.inShadow<{ text: string; elements: number }>(
        POPOVER,
        `(root) => ({ text: root.textContent, elements: root.querySelectorAll('img, script, svg[onload], iframe').length })`,
      );
      expect(shown.text).toContain(literal);
      expect(shown.elements).toBe(0);
      await page.press('Escape');
      await page.waitFor(`!${popoverOpen}`);
    }
    // The badges' accessible names carry the reason as text, never as markup.
    let badgeMarkup = 0;
    for (const [key] of badges) badgeMarkup += await page.inShadow<number>(badge(key), `(root) => root.querySelectorAll('img, script, iframe').length`);
    expect(badgeMarkup).toBe(0);

    // Let any stray image error or handler fire, then check nothing ran.
    await new Promise((done) => setTimeout(done, 500));
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();
    expect(await page.evaluate<number>(`document.querySelectorAll('img, svg[onload], iframe').length`)).toBe(0);
    await hostStillResponds(page);
    expect(await page.evaluate<string[]>('window.hostErrors')).toEqual([]);
  });

  it('right-to-left, emoji, zero-width and a 5 000-character name: read, shown whole, the page intact', async () => {
    await page.goto(hostile.url('markup-names.html'));
    await page.waitFor(`${levelOf('generic:910')} !== undefined`);
    await page.clickInShadow(badge('generic:908'), 'button');
    await page.waitFor(popoverOpen);
    // The reader drops zero-width characters from names (cleanText), joiners included, so an
    // emoji sequence shows as its parts; every visible character is there.
    const shownName = await page.inShadow<string>(POPOVER, `(root) => root.querySelector('h2').textContent`);
    for (const part of ['😀', 'Emma', '👩', '👧', 'Emoji', '🌈']) expect(shownName).toContain(part);
    await page.press('Escape');
    await page.waitFor(`!${popoverOpen}`);
    // The page's own text is untouched: the extension adds badges, it does not rewrite names.
    const cells = await page.evaluate<string[]>(
      `['906', '909', '910'].map((id) => document.querySelector('tr[data-id="' + id + '"] td').firstChild.textContent)`,
    );
    expect(cells[0]).toBe('\u202Eحمد علي\u202C');
    expect(cells[1]).toBe('O\u200Bl\u200Ca\u200D Null\u2060bredde\uFEFF');
    expect(cells[2]?.length).toBeGreaterThan(5_000);
    // The duplicated ids of the page are still what the page made them.
    expect(await page.evaluate<number>(`document.querySelectorAll('#title').length`)).toBe(2);
    expect(await page.evaluate<number>(`document.querySelectorAll('#students').length`)).toBe(2);
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();
  });

  it('a table of 20 000 rows: every row gets a badge with its hand-worked level, not the "could not read" indicator; the rows near the screen show theirs', async () => {
    await page.goto(hostile.url('large-table.html'));
    await page.waitFor('window.hostReady === true');
    // The page's own button works while the overlay reads the table.
    await hostStillResponds(page);
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length === 20000 || ${indicatorShown}`, 150_000);

    // Badges, not the "could not read" indicator; each row's level from its hand-worked kind.
    const outcome = await page.evaluate<{ badges: number; rows: number; counts: Record<string, number>; wrong: string[]; indicator: boolean }>(`(() => {
      const want = ${JSON.stringify(LARGE_TABLE_LEVEL)};
      const wrong = [];
      const counts = {};
      const badges = document.querySelectorAll('naervaer-badge');
      for (const b of badges) {
        const n = Number(b.dataset.student.replace('generic:', '')) - 100000;
        const expected = n % 13 === 0 ? want.thirtyDays : n % 7 === 0 ? want.fiveDays : want.none;
        counts[b.dataset.level] = (counts[b.dataset.level] ?? 0) + 1;
        if (b.dataset.level !== expected) wrong.push(b.dataset.student + ':' + b.dataset.level + '≠' + expected);
        // In its own row's name cell, beside the name.
        if (b.parentElement?.closest('tr')?.dataset.id !== String(100000 + n) || b.parentElement !== b.closest('tr').cells[0]) wrong.push(b.dataset.student + ': not in its name cell');
      }
      const rows = [...document.querySelectorAll('#students tbody tr')].filter((row) => row.cells[0].querySelector('naervaer-badge')).length;
      const i = document.querySelector('naervaer-indicator');
      return { badges: badges.length, rows, counts, wrong: wrong.slice(0, 10), indicator: !!i && !i.hidden };
    })()`);
    console.info(`large table in ${browserName}: ${JSON.stringify({ badges: outcome.badges, counts: outcome.counts, wrong: outcome.wrong, indicator: outcome.indicator })}`);
    expect(outcome.indicator).toBe(false);
    expect(outcome.badges).toBe(20_000);
    expect(outcome.rows).toBe(20_000);
    expect(outcome.wrong).toEqual([]);
    // 0, 13, …: 1 539 rows of 30 days; multiples of 7 that are not of 13: 2 858 − 220 = 2 638.
    expect(outcome.counts).toEqual({ concern: 1_539, unknown: 2_638, ok: 20_000 - 1_539 - 2_638 });

    // Displayed: the badges of the rows on screen; not yet: those of rows far below (README, "The
    // badge data contract"). Scrolled to, a far row's badge shows, and the badges of rows far from
    // it stay in their cells, hidden.
    const displayed = (n: number) =>
      `(() => { const b = document.querySelector('tr[data-id="${100000 + n}"] naervaer-badge'); return !!b && getComputedStyle(b).display !== 'none' && b.getBoundingClientRect().width > 0; })()`;
    expect(await page.evaluate<boolean>(displayed(0))).toBe(true);
    expect(await page.evaluate<boolean>(displayed(1))).toBe(true);
    expect(await page.evaluate<boolean>(displayed(15_000))).toBe(false);
    expect(await page.evaluate<boolean>(displayed(19_999))).toBe(false);
    await page.evaluate(`document.querySelector('tr[data-id="115000"]').scrollIntoView({ block: 'center' })`);
    await page.waitFor(displayed(15_000));
    expect(await page.evaluate<boolean>(displayed(19_999))).toBe(false);
    expect(await page.evaluate<boolean>(displayed(0))).toBe(true);
    await page.evaluate(`document.querySelector('tr[data-id="119999"]').scrollIntoView({ block: 'center' })`);
    await page.waitFor(displayed(19_999));
    await hostStillResponds(page);
    expect(await page.evaluate<string[]>('window.hostErrors')).toEqual([]);
  }, 200_000);

  /**
   * Responsive: every real click on the page's own button, one every few hundred milliseconds
   * from the first badges on screen until the overlay has put in all 20 000 and a moment after,
   * reaches the page's handler, in order, while the overlay works. How long each click waited is
   * printed for docs/RELIABILITY.md and measured against a bound in the bench (`npm run bench`,
   * measure 6, the same page): a timing depends on the machine, so it is never asserted here.
   */
  // Firefox handles a click's move, press and release one task at a time, so a click waits for
  // whatever runs between them. The overlay keeps its tasks short for that: slices of about 8 ms
  // yielding with background-priority tasks, statuses asked 1 000 students at a time, rows measured
  // once per list, far rows' badges put in undisplayed and bare, 200 at a time, and an idle moment
  // after each batch of badges, so the browser's cycle collector works during the run rather than
  // in one pause of 73-124 ms after it (traced with a timer in the page and the collector's log).
  it('a table of 20 000 rows: every click on the page reaches its handler while the overlay works', async () => {
    const run = await clickWhileWorking(
      { goto: (url) => page.goto(url), evaluate: (expression) => page.evaluate(expression), click: (x, y) => page.clickAt(x, y), close: async () => {} },
      hostile.url('large-table.html'),
      20_000,
    );
    console.info(`large table in ${browserName}: clicks ${JSON.stringify(run.waitedMs.map((waitedMs, i) => ({ waitedMs, badges: run.badges[i] })))}`);
    // Every click sent reached the page's handler (else the run throws), each after it was sent.
    expect(run.waitedMs.every((ms) => ms >= 0)).toBe(true);
    expect(run.badges.at(-1)).toBe(20_000);
    // Clicks arrived while the overlay was putting its chunks of badges in, so they answer for that work.
    expect(run.badges.some((badges) => badges > run.badges[0]! && badges < 20_000)).toBe(true);
  }, 200_000);

  it('a page that changes itself every 20 ms: responsive throughout, and the badges follow its final state', async () => {
    await page.goto(hostile.url('mutating.html'));
    await page.waitFor(`window.hostReady === true && document.querySelectorAll('naervaer-badge[data-level]').length >= 4`);
    for (let i = 0; i < 5; i += 1) {
      await new Promise((done) => setTimeout(done, 300));
      await hostStillResponds(page);
      for (const [, level] of await page.evaluate<Array<[string, string]>>(allBadges)) expect(LEVELS).toContain(level);
    }
    await page.evaluate('window.stopMutating()');
    const final = MUTATING_FINAL_LEVELS;
    await page.waitFor(`!${badge('generic:799')}`);
    await page.waitFor(
      `Object.entries(${JSON.stringify(final)}).every(([key, level]) => document.querySelector('naervaer-badge[data-student="' + key + '"]')?.dataset.level === level)`,
    );
    expect(Object.fromEntries(await page.evaluate<Array<[string, string]>>(allBadges))).toEqual(final);
    expect(await page.evaluate<string[]>('window.hostErrors')).toEqual([]);
  });

  it('a register whose codes change every 20 ms: badges always sane, and right once it settles', async () => {
    await page.goto(hostile.url('mutating-register.html'));
    await page.waitFor(`window.hostReady === true && document.querySelectorAll('naervaer-badge[data-level]').length === 3`);
    for (let i = 0; i < 5; i += 1) {
      await new Promise((done) => setTimeout(done, 300));
      await hostStillResponds(page);
      for (const [, level] of await page.evaluate<Array<[string, string]>>(allBadges)) expect(LEVELS).toContain(level);
    }
    await page.evaluate('window.stopMutating()');
    const final = MUTATING_REGISTER_FINAL_LEVELS;
    await page.waitFor(
      `Object.entries(${JSON.stringify(final)}).every(([key, level]) => document.querySelector('naervaer-badge[data-student="' + key + '"]')?.dataset.level === level)`,
    );
    expect(Object.fromEntries(await page.evaluate<Array<[string, string]>>(allBadges))).toEqual(final);
    expect(await page.evaluate<string[]>('window.hostErrors')).toEqual([]);
  });

  it('a page that rewrites its name cells keeps a badge beside every name', async () => {
    await page.goto(hostile.url('mutating.html'));
    await page.waitFor(`window.hostReady === true && document.querySelectorAll('naervaer-badge[data-level]').length >= 4`);
    await page.evaluate('window.renameToo = true');
    await new Promise((done) => setTimeout(done, 1_000));
    await page.evaluate('window.stopMutating()');
    await hostStillResponds(page);
    // Give the overlay time to catch up, then every row must still have its badge.
    await new Promise((done) => setTimeout(done, 1_000));
    const missing = await page.evaluate<string[]>(
      `[...document.querySelectorAll('#students tbody tr')].filter((row) => !row.querySelector('naervaer-badge')).map((row) => row.dataset.id)`,
    );
    expect(missing).toEqual([]);
  });

  it("the page's main world cannot reach the extension, nor start teach mode by posting messages", async () => {
    await page.goto(hostile.url('markup-names.html'));
    await page.waitFor(`${levelOf('generic:901')} !== undefined`);
    const reach = await page.evaluate<{ runtimeId: unknown; sendMessage: string }>(`(() => {
      for (const type of ['startTeachMode', 'screenShareChanged', 'getPageSummary', 'settingsChanged']) {
        window.postMessage({ type, on: true }, '*');
        window.dispatchEvent(new MessageEvent('message', { data: { type, on: true } }));
      }
      const runtime = globalThis.chrome?.runtime ?? globalThis.browser?.runtime;
      let sendMessage = 'no runtime';
      if (runtime?.sendMessage) {
        try { runtime.sendMessage({ type: 'setScreenShare', on: true }); sendMessage = 'sent'; } catch { sendMessage = 'threw'; }
      }
      return { runtimeId: runtime?.id, sendMessage };
    })()`);
    expect(reach.runtimeId).toBeUndefined();
    expect(['no runtime', 'threw']).toContain(reach.sendMessage);
    await new Promise((done) => setTimeout(done, 500));
    expect(await page.evaluate<number>(`document.querySelectorAll('naervaer-teach').length`)).toBe(0);
    expect(await page.evaluate<boolean>(`[...document.querySelectorAll('naervaer-badge')].every((b) => !b.hidden)`)).toBe(true);
  });
});
