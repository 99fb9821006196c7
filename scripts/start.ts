/**
 * `npm start`: builds the extension (test build, so it also runs on 127.0.0.1), serves the demo
 * portal pages, and opens a browser with the extension on the demo index. Without a display it
 * says so and writes a screenshot of every demo page to demo-screenshots/ instead.
 *
 *   NAERVAER_BROWSER=firefox npm start   uses Firefox ESR instead of Chromium.
 *
 * Runs on the Node that npm installs (type stripping, no build step for the script itself).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, type BrowserName } from '../tests/e2e/support/browsers.ts';
import { startFixtureServer } from '../tests/e2e/support/fixture-server.ts';
import { DEMO_PAGES } from './demo-index.ts';
import { writeDemoSite } from './demo-site.ts';

const browserName: BrowserName = process.env.NAERVAER_BROWSER === 'firefox' ? 'firefox' : 'chromium';
const root = resolve('.output/demo');

function build(): void {
  const args = browserName === 'firefox' ? ['build', '-b', 'firefox', '--mv3'] : ['build'];
  console.log(`Bygger utvidelsen (${browserName}) …`);
  const result = spawnSync(resolve('node_modules/.bin/wxt'), args, {
    stdio: 'inherit',
    env: { ...process.env, NAERVAER_TEST_BUILD: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

build();
writeDemoSite(root);
const server = await startFixtureServer(root);
console.log(`Demosidene: ${server.url('index.html')}`);

if (hasDisplay() && !process.env.CI) {
  const browser = await launch(browserName, undefined, { headless: false });
  const page = await browser.newPage();
  await page.goto(server.url('index.html'));
  console.log('Nettleseren er åpen med Nærværsradar. Avslutt med Ctrl+C.');
  process.on('SIGINT', async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  });
} else {
  const out = resolve('demo-screenshots');
  mkdirSync(out, { recursive: true });
  console.log('Ingen skjerm funnet (DISPLAY er ikke satt): tar skjermbilder av demosidene i stedet.');
  const browser = await launch(browserName);
  const page = await browser.newPage();
  for (const demo of DEMO_PAGES) {
    await page.goto(server.url(demo.path));
    if (demo.expectsBadges) {
      await page.waitFor(`document.querySelectorAll('naervaer-badge[data-level]').length > 0`).catch(() => undefined);
    }
    const file = join(out, `${demo.path.replace(/[/.]/g, '-')}.png`);
    await page.screenshot(file);
    console.log(`  ${file}`);
  }
  await browser.close();
  await server.close();
}
