import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { fixturePagesWithGoldens } from './support/expectations';

/**
 * The toolbar popup in real Chromium and Firefox, on the portal page in the active tab: the count of
 * students at each level (the page's hand-worked levels, support/expectations.ts), what the reader
 * noted about the page as a whole (hidden with the badges in screen-share mode), and on a page it cannot read, the notice whose button starts teach
 * mode on that page.
 *
 * An automation client cannot press the toolbar button, so the popup's own page is opened in a tab
 * of the portal's window, and the portal's tab is made the active one before the popup loads: the
 * popup then asks the active tab, as it does when opened from the toolbar.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const api = `(globalThis.browser ?? globalThis.chrome)`;
const PAGINATED = 'generic/paginated.html';
const expectedPaginated = fixturePagesWithGoldens().find((fixture) => fixture.path === PAGINATED)!.expectedLevels;

describe.each(browsers)('popup in %s', (browserName) => {
  let portals: FixtureServer;
  let e2ePages: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;
  let popup: E2EPage;
  let origin: string;

  beforeAll(async () => {
    portals = await startFixtureServer();
    e2ePages = await startFixtureServer(resolve('tests/fixtures/e2e'));
    browser = await launch(browserName);
    origin = await browser.extensionOrigin();
    page = await browser.newPage();
    popup = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portals?.close();
    await e2ePages?.close();
  });

  /** Opens the popup as it would be for the tab showing `urlPart`: that tab active, the popup beside it. */
  async function openPopupFor(urlPart: string): Promise<void> {
    await popup.goto(`${origin}/popup.html`);
    await popup.waitFor(`!!${api}?.tabs`);
    await popup.evaluate(`(async () => {
      const tabs = await ${api}.tabs.query({});
      const portal = tabs.find((t) => (t.url ?? '').includes(${JSON.stringify(urlPart)}));
      const self = await ${api}.tabs.getCurrent();
      if (self.windowId !== portal.windowId) await ${api}.tabs.move(self.id, { windowId: portal.windowId, index: -1 });
      await ${api}.tabs.update(portal.id, { active: true });
    })()`);
    await popup.goto(`${origin}/popup.html`);
  }

  it('counts the students at each level as the badges show them, and says what it noted about the page', async () => {
    await page.goto(portals.url(PAGINATED));
    const count = Object.keys(expectedPaginated).length;
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length === ${count}`);
    await openPopupFor(PAGINATED);
    await popup.waitFor(`!!document.querySelector('.level-counts')`);

    expect(await popup.evaluate<string>(`document.querySelector('#pop-levels').textContent`)).toBe(`Elever på siden (${count})`);
    const shown = await popup.evaluate<Record<string, number>>(
      `Object.fromEntries([...document.querySelectorAll('.level-count')].map((li) => [li.lastElementChild.textContent.trim(), Number(li.querySelector('.count').textContent)]))`,
    );
    // Hand-worked: three students under every limit, one whose total cannot decide rule A.
    const tally = (level: string) => Object.values(expectedPaginated).filter((l) => l === level).length;
    expect(tally('ok')).toBe(3);
    expect(tally('unknown')).toBe(1);
    expect(shown).toMatchObject({ OK: 3, 'Kan ikke vurdere': 1, Bekymring: 0 });
    // The page is one of several: said once, as a sentence, in the popup rather than on a student.
    const text = await popup.evaluate<string>('document.body.textContent');
    expect(text.split('Tabellen er delt på flere sider; bare denne siden er lest').length - 1).toBe(1);
    await popup.screenshot(`test-results/screenshots/${browserName}-popup-portal.png`);

    // Screen-share mode, switched on in the popup: the badges on the page hide, and so do the notes.
    await popup.click('input[role="switch"]');
    await page.waitFor(`[...document.querySelectorAll('naervaer-badge')].every((b) => b.hidden)`);
    await popup.waitFor(`!document.querySelector('[data-testid="popup-reader-notes"]')`);
    expect(await popup.evaluate<string>('document.body.textContent')).not.toContain('Tabellen er delt på flere sider');
    await popup.click('input[role="switch"]');
    await page.waitFor(`[...document.querySelectorAll('naervaer-badge')].every((b) => !b.hidden)`);
    await popup.waitFor(`!!document.querySelector('[data-testid="popup-reader-notes"]')`);
  });

  it('on a page it cannot read, says so and starts teach mode on that page from its button', async () => {
    await page.goto(e2ePages.url('teach-unreadable.html'));
    await page.waitFor(`!!document.querySelector('naervaer-indicator')`);
    await openPopupFor('teach-unreadable.html');
    await popup.waitFor(`document.body.textContent.includes('Siden kunne ikke leses')`);
    expect(await popup.evaluate<boolean>(`!!document.querySelector('.level-counts')`)).toBe(false);
    await popup.screenshot(`test-results/screenshots/${browserName}-popup-unreadable.png`);
    // The button is pressed in the popup; teach mode opens on the portal page, not in the popup.
    await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Lær opp denne siden').click()`).catch(() => undefined);
    await page.waitFor(`!!document.querySelector('naervaer-teach')`);
  });
});
