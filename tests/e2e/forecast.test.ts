import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The forecast in real Chromium and Firefox, on a modelled register (tests/fixtures/e2e/
 * forecast-register.html, worked by hand in tests/unit/forecast/forecast-page.test.ts): the "på vei"
 * mark beside the badge, inside its closed shadow root, and in its accessible name (the level stays), the popover's forecast
 * section, and the popup's class at a glance as a printable page, hidden in screen-share mode.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const badgeOf = (name: string) =>
  `[...document.querySelectorAll('naervaer-badge')].find((b) => b.parentElement.textContent.includes(${JSON.stringify(name)}))`;
const popoverOpen = `(() => { const p = document.querySelector('naervaer-popover'); return !!p && !p.hidden; })()`;

describe.each(browsers)('forecast in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  let page: E2EPage;
  let origin: string;

  beforeAll(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/e2e'));
    browser = await launch(browserName);
    origin = await browser.extensionOrigin();
    page = await browser.newPage();
    await page.goto(server.url('forecast-register.html'));
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length === 3`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the student on course beside the badge, inside its shadow root, and keeps the level', async () => {
    const marks: Record<string, { level: string; mark: string | null; name: string; attributes: string[] }> = {};
    for (const name of ['Per På-vei', 'Ola Stødig', 'Kari Kartlagt']) {
      const host = badgeOf(name);
      const inside = await page.inShadow<{ mark: string | null; name: string }>(
        host,
        `(root) => { const mark = root.querySelector('.on-course'); return {
          mark: mark && !mark.hidden && getComputedStyle(mark).display !== 'none' ? mark.textContent : null,
          name: root.querySelector('button').getAttribute('aria-label') }; }`,
      );
      const level = await page.evaluate<string>(`${host}.dataset.level`);
      const attributes = await page.evaluate<string[]>(`${host}.getAttributeNames().sort()`);
      marks[name] = { level, attributes, ...inside };
    }
    expect(Object.keys(marks).sort()).toEqual(['Kari Kartlagt', 'Ola Stødig', 'Per På-vei']);
    expect(marks['Per På-vei']).toMatchObject({ level: 'ok', mark: 'på vei' });
    expect(marks['Per På-vei']!.name).toContain('på vei: I dette tempoet passeres 25 % rundt 20.10.');
    expect(marks['Ola Stødig']).toMatchObject({ level: 'ok', mark: null });
    expect(marks['Ola Stødig']!.name).not.toContain('på vei');
    expect(marks['Kari Kartlagt']).toMatchObject({ level: 'concern', mark: null });
    // The mark is not a page element: the host carries only its documented attributes, and the
    // page's own text does not contain it.
    for (const badge of Object.values(marks)) expect(badge.attributes.filter((a) => a.startsWith('data-'))).toEqual(['data-level', 'data-student']);
    expect(await page.evaluate<boolean>(`document.body.textContent.includes('på vei')`)).toBe(false);
    await page.screenshot(`test-results/screenshots/${browserName}-on-course.png`);
  });

  it('shows the forecast in the popover under its own heading, with what it rests on', async () => {
    await page.clickInShadow(badgeOf('Per På-vei'), 'button');
    await page.waitFor(popoverOpen);
    const text = await page.inShadow<string>(`document.querySelector('naervaer-popover')`, `(root) => root.textContent`);
    expect(text).toContain('Hvis tempoet holder');
    expect(text).toContain('I dette tempoet passeres 25 % rundt 20.10.');
    expect(text).toContain('I dette tempoet passeres 15 % rundt 28.10.');
    expect(text).toContain('Bygger på 4 fraværsdager de siste 15 skoledagene (21.09–16.10)');
    expect(text).toContain('Anslaget er Nærværsradars eget, ikke veilederens.');
    await page.screenshot(`test-results/screenshots/${browserName}-popover-forecast.png`);
    await page.press('Escape');
    await page.waitFor(`!${popoverOpen}`);
  });

  it('lists the class at a glance by urgency on a printable page, hidden in screen-share mode', async () => {
    const glance = await browser.newPage();
    await glance.goto(`${origin}/popup.html`);
    const api = `(globalThis.browser ?? globalThis.chrome)`;
    await glance.waitFor(`!!${api}?.tabs`);
    const tabId = await glance.evaluate<number>(
      `${api}.tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').includes('forecast-register')).id)`,
    );
    await glance.goto(`${origin}/popup.html?glance=${tabId}`);
    await glance.waitFor(`document.querySelectorAll('[data-testid="class-glance"] li').length > 0`);
    const items = await glance.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="class-glance"] li')].map((li) => li.textContent)`);
    // Concern first (with its next step), then the student only on course; the steady one is not listed.
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Kari Kartlagt');
    expect(items[0]).toContain('Kartlegge eleven');
    expect(items[1]).toContain('Per På-vei');
    expect(items[1]).toContain('på vei');
    expect(items[1]).toContain('I dette tempoet passeres 25 % rundt 20.10.');
    expect(await glance.evaluate<string>(`document.body.textContent`)).toContain('16.10.2026');
    expect(await glance.evaluate<boolean>(`!!document.querySelector('.no-print button')`)).toBe(true);
    await glance.screenshot(`test-results/screenshots/${browserName}-class-glance.png`);

    // Screen-share mode (the shortcut, on the portal page) hides the list as it hides the badges.
    await page.press('Alt+Shift+KeyS');
    await page.waitFor(`[...document.querySelectorAll('naervaer-badge')].every((b) => b.hidden)`);
    await glance.goto(`${origin}/popup.html?glance=${tabId}`);
    await glance.waitFor(`document.body.textContent.includes('Skjult mens skjermdeling er på.')`);
    expect(await glance.evaluate<number>(`document.querySelectorAll('[data-testid="class-glance"] li').length`)).toBe(0);
    await page.press('Alt+Shift+KeyS');
    await page.waitFor(`[...document.querySelectorAll('naervaer-badge')].every((b) => !b.hidden)`);
    await glance.close();
  });
});
