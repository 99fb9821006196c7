import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { fixturePagesWithGoldens } from './support/expectations';
import { LEVEL_LOOK } from '../../components/overlay/level-style';

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

/** '#c2410c' as a computed style says it: 'rgb(194, 65, 12)'. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

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
      // And in its level's colours and icon (the shadow root's style sheet, in each browser's way of carrying it).
      if (!level) continue;
      const look = await page.inShadow<{ colours: string[]; iconLength: number; drawnLength: number }>(
        `document.querySelector('naervaer-badge[data-student="${key}"]')`,
        `(root) => {
          const button = getComputedStyle(root.querySelector('button'));
          const icon = root.querySelector('svg.icon path');
          // The level's path drawn from its attribute, outside the badge (whose sheet would restyle it).
          const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
          const drawn = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
          drawn.setAttribute('d', ${JSON.stringify(LEVEL_LOOK[level].iconPath)});
          const drawnLength = drawn.getTotalLength();
          svg.remove();
          return { colours: [button.color, button.backgroundColor, button.borderTopColor, getComputedStyle(icon).fill], iconLength: icon.getTotalLength(), drawnLength };
        }`,
      );
      const { foreground, background, border } = LEVEL_LOOK[level];
      expect(look.colours, key).toEqual([foreground, background, border, foreground].map(rgb));
      expect(look.iconLength, key).toBeCloseTo(look.drawnLength, 2);
    }
    if (!path.startsWith('generic/')) await page.screenshot(`${SCREENSHOTS}/${browserName}-${path.replace(/[/.]/g, '-')}.png`);
  });
});
