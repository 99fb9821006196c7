import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * What the reader could not read reaches the teacher, in real Chromium and Firefox, on two modelled
 * pages (tests/fixtures/e2e/, each says what it holds): a figure it could not parse is named in the
 * popover of the student whose badge cannot assess, and a student whose row it could not read is
 * counted, with why, in the quiet indicator. Both inside closed shadow roots: the page's scripts
 * cannot read them. Register codes painted by CSS into cells empty in the markup are read as the
 * teacher sees them, though the two browsers report painted content differently (Chromium resolves
 * `attr()`, Firefox gives it back as written), and a code painted as an image is left unread, never
 * taken for present (tests/fixtures/e2e/painted-register.html works out each level by hand).
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

const badgeOf = (name: string) =>
  `[...document.querySelectorAll('naervaer-badge')].find((b) => b.parentElement.textContent.includes(${JSON.stringify(name)}))`;
const POPOVER = `document.querySelector('naervaer-popover')`;
const popoverOpen = `(() => { const p = ${POPOVER}; return !!p && !p.hidden; })()`;
const INDICATOR = `document.querySelector('naervaer-indicator')`;
const indicatorShown = `(() => { const i = ${INDICATOR}; return !!i && !i.hidden; })()`;
/** Badge levels by the name in the row they sit in. */
const LEVELS = `Object.fromEntries([...document.querySelectorAll('naervaer-badge[data-level]')].filter((b) => !b.hidden).map((b) => [b.closest('tr').querySelector('th').textContent.trim(), b.dataset.level]))`;

describe.each(browsers)('reading problems in %s', (browserName) => {
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

  it('names the figure it could not read in the popover of the student it cannot assess, and only there', async () => {
    await page.goto(server.url('unreadable-figures.html'));
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length === 3`);
    expect(await page.evaluate<string>(`${badgeOf('Kari Uleselig')}.dataset.level`)).toBe('unknown');

    await page.clickInShadow(badgeOf('Kari Uleselig'), 'button');
    await page.waitFor(popoverOpen);
    const notes = await page.inShadow<{ heading: string | null; lines: string[] }>(
      POPOVER,
      `(root) => { const list = root.querySelector('ul.reader-notes');
        return { heading: list && list.previousElementSibling.textContent, lines: list ? [...list.children].map((li) => li.textContent) : [] }; }`,
    );
    expect(notes).toEqual({ heading: 'Fra lesingen av siden', lines: ['Kunne ikke lese «mye» i kolonnen «Dager» for Kari Uleselig'] });
    await page.screenshot(`${SCREENSHOTS}/${browserName}-popover-reader-notes.png`);
    // The page's own scripts see neither the popover's inside nor the note.
    expect(await page.evaluate<boolean>(`${POPOVER}.shadowRoot === null`)).toBe(true);
    expect(await page.evaluate<boolean>(`document.documentElement.textContent.includes('Fra lesingen')`)).toBe(false);
    await page.press('Escape');
    await page.waitFor(`!${popoverOpen}`);

    // Another student's popover does not carry Kari's note.
    await page.clickInShadow(badgeOf('Aksel Brenden'), 'button');
    await page.waitFor(popoverOpen);
    const other = await page.inShadow<string>(POPOVER, `(root) => root.textContent`);
    expect(other).toContain('Aksel Brenden');
    expect(other).not.toContain('Fra lesingen av siden');
    expect(other).not.toContain('Kari Uleselig');
    await page.press('Escape');
    await page.waitFor(`!${popoverOpen}`);
    // Every student was read, so there is no "could not read" indicator.
    expect(await page.evaluate<boolean>(indicatorShown)).toBe(false);
  });

  it('counts the student it could not read in the indicator, and says why', async () => {
    await page.goto(server.url('unknown-code-register.html'));
    await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length === 2`);
    await page.waitFor(indicatorShown);
    expect(await page.evaluate<boolean>(`!!${badgeOf('Kari Ukjentkode')}`)).toBe(false);
    expect(await page.inShadow<string>(INDICATOR, `(root) => root.querySelector('.pill').textContent`)).toBe('Nærværsradar: kunne ikke lese 1 elev');

    await page.clickInShadow(INDICATOR, '.pill');
    const readBox = () => page.inShadow<{ shown: boolean; paragraphs: string[]; items: string[] }>(
      INDICATOR,
      `(root) => { const box = root.querySelector('.box');
        return { shown: !box.hidden,
          paragraphs: [...box.querySelectorAll('p')].filter((p) => !p.hidden).map((p) => p.textContent),
          items: [...box.querySelectorAll('ul')].filter((ul) => !ul.hidden).flatMap((ul) => [...ul.children].map((li) => li.textContent)) }; }`,
    );
    await vi.waitFor(async () => expect((await readBox()).shown).toBe(true));
    const box = await readBox();
    expect(box).toEqual({
      shown: true,
      paragraphs: ['1 elev kunne ikke leses:'],
      items: ['ukjent fraværskode «XQ» (07.10.2026) for Kari Ukjentkode; legg koden til i kodetabellen i innstillingene'],
    });
    await page.screenshot(`${SCREENSHOTS}/${browserName}-indicator-unread-student.png`);
    expect(await page.evaluate<boolean>(`${INDICATOR}.shadowRoot === null`)).toBe(true);
    expect(await page.evaluate<boolean>(`document.documentElement.textContent.includes('kunne ikke leses')`)).toBe(false);

    // The portal corrects the code to one its key lists (G = gyldig fravær): Kari is read, gets her
    // badge, and the indicator, which named her, is gone.
    await page.evaluate(`(() => { const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === 'XQ'); cell.textContent = 'G'; })()`);
    await page.waitFor(`!!${badgeOf('Kari Ukjentkode')}`);
    await page.waitFor(`!${indicatorShown}`);
    expect(await page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`)).toBe(3);
  });

  it('reads register codes painted by CSS as the teacher sees them, and a code painted as an image as unread, never present', async () => {
    await page.goto(server.url('painted-register.html'));
    await page.waitFor(`Object.keys(${LEVELS}).length === 2`);
    await page.waitFor(indicatorShown);
    expect(await page.evaluate(LEVELS)).toEqual({ 'Kari Maling': 'concern', 'Ola Tomrute': 'unknown' });
    expect(await page.inShadow<string>(INDICATOR, `(root) => root.querySelector('.pill').textContent`)).toBe('Nærværsradar: kunne ikke lese 1 elev');
    expect(page.errors()).toEqual([]);
  });
});
