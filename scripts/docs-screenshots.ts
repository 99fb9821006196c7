/**
 * `npm run docs:screenshots`: takes the README's screenshots (docs/screenshots/) from the test
 * build in Chromium on the demo site, so they show what the extension does today. Never edit the
 * images by hand; run this after a change to what a teacher sees.
 *
 * The npm script builds the test build first; this file only drives the browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, type E2EBrowser, type E2EPage } from '../tests/e2e/support/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server.ts';
import { writeDemoSite } from './demo-site.ts';

const out = resolve('docs/screenshots');
const demoRoot = resolve('.output/demo');
/** A passphrase for the throwaway profile the student page is shown in. */
const PASSPHRASE = 'Skjermbilde av elevsiden 2026';
const CONCERN_STUDENT = 'visma-flyt-skole:100202';
const testid = (id: string) => `[data-testid="${id}"]`;
const badgeOf = (key: string) => `document.querySelector('naervaer-badge[data-student="${key}"]')`;
const POPOVER = `document.querySelector('naervaer-popover')`;

async function shoot(page: E2EPage, name: string): Promise<void> {
  const file = join(out, `${name}.png`);
  await page.screenshot(file);
  console.log(`  ${file}`);
}

/** Waits until the page has badges and their number has not changed for a second (all rendered). */
async function badgesSettled(page: E2EPage): Promise<void> {
  const count = () => page.evaluate<number>(`document.querySelectorAll('naervaer-badge[data-level]').length`);
  await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length > 0`);
  let last = -1;
  for (let seen = await count(); seen !== last; seen = await count()) {
    last = seen;
    await new Promise((settle) => setTimeout(settle, 1000));
  }
}

async function overlay(page: E2EPage, server: FixtureServer, path: string, name: string): Promise<void> {
  await page.goto(server.url(path));
  await badgesSettled(page);
  await shoot(page, name);
}

async function popoverAndStudentPage(browser: E2EBrowser, page: E2EPage, server: FixtureServer): Promise<void> {
  await page.goto(server.url('visma-flyt-skole/class-overview.html'));
  await page.waitFor(`${badgeOf(CONCERN_STUDENT)}?.dataset.level === 'concern'`);
  await page.clickInShadow(badgeOf(CONCERN_STUDENT), 'button');
  await page.waitFor(`!!${POPOVER} && !${POPOVER}.hidden`);
  await shoot(page, 'popover');

  await page.clickInShadow(POPOVER, 'button', 'Notater og skjema');
  const student = await browser.waitForExtensionPage(`student.html?student=${encodeURIComponent(CONCERN_STUDENT)}`);
  await student.waitFor(`!!document.querySelector('${testid('passphrase-input')}')`);
  await student.fill(testid('passphrase-input'), PASSPHRASE);
  await student.fill(testid('passphrase-repeat'), PASSPHRASE);
  await student.click(testid('unlock-submit'));
  await student.waitFor(`!!document.querySelector('${testid('free-text')}')`, 30_000);
  await shoot(student, 'student-page');

  // The kartleggingsskjema as the teacher downloads it, page 1 rendered at 60 dpi.
  const pdf = await student.download(`document.querySelector('${testid('export-pdf-kartlegging-fravaersmonster')}').click()`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf.path, join(out, 'kartleggingsskjema-side1')]);
  console.log(`  ${join(out, 'kartleggingsskjema-side1.png')}`);
}

async function unreadable(page: E2EPage, server: FixtureServer): Promise<void> {
  const indicator = `document.querySelector('naervaer-indicator')`;
  await page.goto(server.url('generic/no-student-table.html'));
  await page.waitFor(`!!${indicator} && !${indicator}.hidden`);
  await page.clickInShadow(indicator, 'button.pill');
  await shoot(page, 'unreadable-page');
}

writeDemoSite(demoRoot);
mkdirSync(out, { recursive: true });
const server = await startFixtureServer(demoRoot);
const profile = await mkdtemp(join(tmpdir(), 'nr-screenshots-'));
const browser = await launch('chromium', profile);
try {
  const page = await browser.newPage();
  await overlay(page, server, 'visma-flyt-skole/class-overview.html', 'overlay-visma-flyt-skole');
  await overlay(page, server, 'visma-inschool/class-overview.html', 'overlay-visma-inschool');
  await overlay(page, server, 'vigilo/class-overview.html', 'overlay-vigilo');
  await overlay(page, server, 'demo-9b.html', 'demo-class');
  await unreadable(page, server);
  await popoverAndStudentPage(browser, page, server);
  const options = await browser.newPage();
  await options.goto(`${await browser.extensionOrigin()}/options.html`);
  await options.waitFor(`document.querySelectorAll('section').length > 0`);
  await shoot(options, 'options');
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
