import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * Register codes painted by CSS into cells empty in the markup, read in real Chromium and Firefox,
 * which report the painted content differently (Chromium resolves `attr()`, Firefox gives it back as
 * written). The page, tests/fixtures/e2e/painted-register.html, works out each level by hand.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

/** Badge levels by the name in the row they sit in. */
const LEVELS = `Object.fromEntries([...document.querySelectorAll('naervaer-badge[data-level]')].filter((b) => !b.hidden).map((b) => [b.closest('tr').querySelector('th').textContent.trim(), b.dataset.level]))`;
const INDICATOR = `document.querySelector('naervaer-indicator')`;
const indicatorShown = `(() => { const i = ${INDICATOR}; return !!i && !i.hidden; })()`;

describe.each(browsers)('codes painted by CSS in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;

  beforeAll(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/e2e'));
    browser = await launch(browserName);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the painted codes as the teacher sees them, and a code painted as an image as unread, never present', async () => {
    await page.goto(server.url('painted-register.html'));
    await page.waitFor(`Object.keys(${LEVELS}).length === 2`);
    await page.waitFor(indicatorShown);
    expect(await page.evaluate(LEVELS)).toEqual({ 'Kari Maling': 'concern', 'Ola Tomrute': 'unknown' });
    expect(await page.inShadow<string>(INDICATOR, `(root) => root.querySelector('.pill').textContent`)).toBe('Nærværsradar: kunne ikke lese 1 elev');
    expect(page.errors()).toEqual([]);
  });
});
