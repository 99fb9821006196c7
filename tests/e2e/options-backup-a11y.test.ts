import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The extension's own pages in real Chromium and Firefox: switching the language and the
 * guideline in options changes what the badges say; backup → delete everything → restore gives
 * every note back; a reloaded extension still has the notes; and axe-core finds no WCAG 2.1 A/AA
 * violation on the overlay, the popover, the student page, options or the popup.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSPHRASE = 'Sikkerhetskopi er lurt 7';
const NOTE = 'Notat som må overleve gjenoppretting (privat-5150)';
const STUDENT_KEY = 'visma-flyt-skole:100202';
const testid = (id: string) => `[data-testid="${id}"]`;
const POPOVER = `document.querySelector('naervaer-popover')`;

async function axeViolations(page: E2EPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<string>(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => JSON.stringify(r.violations.map((v) => v.id + ': ' + v.help + ' @ ' + v.nodes.map((n) => n.target.join(' ')).join(' | '))))`);
  return JSON.parse(result) as string[];
}

/**
 * axe-core runs as a page script, so it cannot see into the overlay's closed shadow roots (which is
 * the point of closing them). The harness puts an exact copy of each closed tree, in an open root,
 * right after its host, with the rules of the style sheets the root adopted; axe then checks the same elements, styles and ARIA the teacher gets.
 */
async function copyOverlayForAxe(page: E2EPage): Promise<number> {
  const hosts = await page.evaluate<number>(`document.querySelectorAll('naervaer-badge, naervaer-popover:not([hidden])').length`);
  for (let i = 0; i < hosts; i++) {
    await page.inShadow(
      `document.querySelectorAll('naervaer-badge, naervaer-popover:not([hidden])')[${i}]`,
      `(root) => {
        const copy = document.createElement('div');
        copy.className = 'axe-copy-of-closed-root';
        const open = copy.attachShadow({ mode: 'open' });
        // A badge's styles come from a shared constructed sheet, which cloning its nodes leaves behind.
        const adopted = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
        if (adopted.length > 0) {
          const style = document.createElement('style');
          style.textContent = adopted.join('\\n');
          open.append(style);
        }
        open.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
        root.host.after(copy);
      }`,
    );
  }
  return hosts;
}

async function openBadgePopover(page: E2EPage, server: FixtureServer) {
  await page.goto(server.url('visma-flyt-skole/class-overview.html'));
  const badge = `document.querySelector('naervaer-badge[data-student="${STUDENT_KEY}"]')`;
  await page.waitFor(`!!${badge}?.dataset.level`);
  await page.clickInShadow(badge, 'button'); // a real click: the overlay ignores scripted ones
  await page.waitFor(`!!document.querySelector('naervaer-popover') && !document.querySelector('naervaer-popover').hidden`);
}

describe.each(browsers)('options, backup and accessibility in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  let origin: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    origin = await browser.extensionOrigin();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no WCAG 2.1 A/AA violations on the overlay and the popover', async () => {
    const page = await browser.newPage();
    await openBadgePopover(page, server);
    const copied = await copyOverlayForAxe(page);
    // Every badge on the class page and the open popover, each copied once.
    expect(copied).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate<number>(`document.querySelectorAll('.axe-copy-of-closed-root').length`)).toBe(copied);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('writes a note, and has no violations on the student page, options and popup', async () => {
    // From the badge, as a teacher gets there: the page's reading comes along for a new record.
    const portal = await browser.newPage();
    await openBadgePopover(portal, server);
    await portal.clickInShadow(POPOVER, 'button', 'Notater og skjema');
    const student = await browser.waitForExtensionPage(`student.html?student=${encodeURIComponent(STUDENT_KEY)}`);
    await student.waitFor(`!!document.querySelector('${testid('passphrase-input')}')`);
    expect(await axeViolations(student)).toEqual([]); // the unlock form
    await student.fill(testid('passphrase-input'), PASSPHRASE);
    await student.fill(testid('passphrase-repeat'), PASSPHRASE);
    await student.click(testid('unlock-submit'));
    await student.waitFor(`!!document.querySelector('${testid('free-text')}')`, 30_000);
    await student.fill(testid('free-text'), NOTE);
    await student.click(testid('save-button'));
    await student.waitFor(`/lagret/i.test(document.querySelector('${testid('save-status')}').textContent)`);
    expect(await axeViolations(student)).toEqual([]);

    const options = await browser.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitFor(`!!document.querySelector('#sprak')`);
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot(`test-results/screenshots/${browserName}-options.png`);

    const popup = await browser.newPage();
    await popup.goto(`${origin}/popup.html`);
    await popup.waitFor(`document.body.textContent.length > 20`);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('speaks the language and uses the guideline the teacher chooses in options', async () => {
    // A page whose popover was opened in bokmål before the change: its next opening follows the new language.
    const before = await browser.newPage();
    await openBadgePopover(before, server);
    expect(await before.inShadow<string>(POPOVER, `(root) => root.textContent`)).toContain('Neste steg');

    const options = await browser.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitFor(`!!document.querySelector('#sprak input[value="en"]')`);
    await options.click('#sprak input[value="en"]');
    await options.evaluate(`(() => {
      const select = document.querySelector('#veileder select');
      select.value = 'kearney-forskning';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await options.waitFor(`document.querySelector('#veileder select').value === 'kearney-forskning'`);

    const page = await browser.newPage();
    await openBadgePopover(page, server);
    const text = await page.inShadow<string>(POPOVER, `(root) => root.textContent`);
    expect(text).toContain('Next step');
    expect(text).toMatch(/Guideline: .*(Kearney|forskning)/i);
    const label = await page.inShadow<string>(
      `document.querySelector('naervaer-badge[data-student="${STUDENT_KEY}"]')`,
      `(root) => root.querySelector('button').getAttribute('aria-label')`,
    );
    expect(label).toMatch(/^(OK|Cannot assess|Watch|Concern|Serious)/);

    // The page that was open meanwhile: its badge follows the change, then its popover opens anew.
    const badgeBefore = `document.querySelector('naervaer-badge[data-student="${STUDENT_KEY}"]')`;
    const englishLabel = async () =>
      /^(OK|Cannot assess|Watch|Concern|Serious)/.test(await before.inShadow<string>(badgeBefore, `(root) => root.querySelector('button').getAttribute('aria-label')`));
    for (let waited = 0; !(await englishLabel()) && waited < 15_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    expect(await englishLabel()).toBe(true);
    await before.clickInShadow(badgeBefore, 'button');
    await before.waitFor(`!${POPOVER}.hidden`);
    const reopened = await before.inShadow<string>(POPOVER, `(root) => root.textContent`);
    expect(reopened).toContain('Next step');
    expect(reopened).not.toContain('Neste steg');

    // Back to bokmål and each portal's own guideline.
    await options.click('#sprak input[value="nb"]');
    await options.evaluate(`(() => {
      const select = document.querySelector('#veileder select');
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await options.waitFor(`document.documentElement.lang === 'nb'`);
  });

  it('gives every note back after backup, delete everything and restore', async () => {
    const options = await browser.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitFor(`!!document.querySelector('#sikkerhetskopi button')`);
    const backup = await options.download(
      `[...document.querySelectorAll('#sikkerhetskopi button')].find((b) => /sikkerhetskopi/i.test(b.textContent)).click()`,
    );
    expect(backup.name).toMatch(/^naervaersradar-sikkerhetskopi-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync(backup.path, 'utf8');
    expect(file).toContain('naervaersradar-backup');
    expect(file).not.toContain('privat-5150'); // the file is encrypted

    await options.click('#sikkerhetskopi .danger-zone input[type="checkbox"]');
    await options.click('#sikkerhetskopi .danger-zone button.danger');
    await options.waitFor(`/slettet|sletta|deleted/i.test(document.querySelector('#sikkerhetskopi').textContent)`);

    const list = await browser.newPage();
    await list.goto(`${origin}/student.html?student=${encodeURIComponent(STUDENT_KEY)}`);
    await list.waitFor(`!!document.querySelector('${testid('passphrase-repeat')}')`); // set up anew: nothing left
    // A passphrase long enough but among the first an attacker tries is refused; nothing is set up.
    await list.fill(testid('passphrase-input'), 'Sommer2024!');
    await list.fill(testid('passphrase-repeat'), 'Sommer2024!');
    await list.click(testid('unlock-submit'));
    await list.waitFor(`/for lett å gjette/.test(document.querySelector('${testid('unlock-form')}').textContent)`);

    // The import first says what it would change; cancelled, it changes nothing.
    await options.fill('#sikkerhetskopi input[type="password"]', PASSPHRASE);
    await options.setInputFile('#sikkerhetskopi input[type="file"]', backup.path);
    await options.waitFor(`!!document.querySelector('${testid('backup-preview')}')`, 30_000);
    expect(await options.evaluate<string>(`document.querySelector('${testid('backup-preview')}').textContent`)).toMatch(
      /^Sikkerhetskopien vil legge til 1 elever, oppdatere 0 og la 0 være som de er;.*Ingenting er endret ennå\./,
    );
    await options.click(testid('backup-cancel'));
    await options.waitFor(`/Innlesingen er avbrutt/.test(document.querySelector('#sikkerhetskopi').textContent)`);
    await list.goto(`${origin}/student.html?student=${encodeURIComponent(STUDENT_KEY)}`);
    await list.waitFor(`!!document.querySelector('${testid('passphrase-repeat')}')`); // still not set up: nothing written

    await options.setInputFile('#sikkerhetskopi input[type="file"]', backup.path);
    await options.waitFor(`!!document.querySelector('${testid('backup-apply')}')`, 30_000);
    await options.click(testid('backup-apply'));
    await options.waitFor(`/1 elever lagt til/.test(document.querySelector('#sikkerhetskopi').textContent)`, 30_000);

    const student = await browser.newPage();
    await student.goto(`${origin}/student.html?student=${encodeURIComponent(STUDENT_KEY)}`);
    await student.waitFor(`!!document.querySelector('${testid('free-text')}') || !!document.querySelector('${testid('passphrase-input')}')`, 30_000);
    if (await student.evaluate<boolean>(`!document.querySelector('${testid('free-text')}')`)) {
      await student.fill(testid('passphrase-input'), PASSPHRASE);
      await student.click(testid('unlock-submit'));
      await student.waitFor(`!!document.querySelector('${testid('free-text')}')`, 30_000);
    }
    expect(await student.evaluate<string>(`document.querySelector('${testid('free-text')}').value`)).toBe(NOTE);

    // Someone with a copy of the profile reads the extension's IndexedDB: no student key, name,
    // note or date in clear, only record ids and sealed values.
    const dump = await student.evaluate<string>(`(async () => {
      const db = await new Promise((ok, fail) => { const r = indexedDB.open('naervaersradar'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
      const out = {};
      for (const name of db.objectStoreNames) {
        out[name] = await new Promise((ok) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => ok(r.result); });
        out[name + ':keys'] = await new Promise((ok) => { const r = db.transaction(name).objectStore(name).getAllKeys(); r.onsuccess = () => ok(r.result); });
      }
      db.close();
      return JSON.stringify(out);
    })()`);
    expect(JSON.parse(dump).records).toHaveLength(1); // the check reads the store that holds the note
    for (const clear of [STUDENT_KEY, '100202', 'privat-5150', 'Notat som', '2026-']) expect(dump).not.toContain(clear);
  });

  // Chromium 156 blocks an extension loaded with --load-extension after runtime.reload()
  // (ERR_BLOCKED_BY_CLIENT), so in Chromium a full browser restart with the same profile is what
  // tests/e2e/student-page.test.ts covers; Firefox reloads a temporary add-on from disk.
  it.skipIf(browserName === 'chromium')('still has the notes after the extension is reloaded', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/options.html`);
    await page.evaluate(`(globalThis.browser ?? globalThis.chrome).runtime.reload()`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2000));
    const student = await browser.newPage();
    let opened = false;
    for (let attempt = 0; attempt < 20 && !opened; attempt++) {
      try {
        await student.goto(`${origin}/student.html?student=${encodeURIComponent(STUDENT_KEY)}`);
        opened = await student.evaluate<boolean>(`!!document.getElementById('root')`);
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    expect(opened).toBe(true);
    // Reloading ends the session: the notes are locked again and open with the passphrase.
    await student.waitFor(`!!document.querySelector('${testid('passphrase-input')}')`, 30_000);
    await student.fill(testid('passphrase-input'), PASSPHRASE);
    await student.click(testid('unlock-submit'));
    await student.waitFor(`!!document.querySelector('${testid('free-text')}')`, 30_000);
    expect(await student.evaluate<string>(`document.querySelector('${testid('free-text')}').value`)).toBe(NOTE);
  });
});
