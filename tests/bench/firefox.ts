import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_OFFLINE_PREFS, FIREFOX_PATH } from '../e2e/support/browsers.ts';

/**
 * Firefox ESR for the bench, through puppeteer-core over WebDriver BiDi as the E2E launcher does
 * (the extension installed as a temporary add-on), optionally without the extension: the baseline
 * of the side-by-side measure differs from the measured browser in nothing else. Firefox rounds
 * `performance.now()` to guard against timing attacks; the bench turns that off in both, so the
 * page's clock (which every Firefox number here is read from) has a fine resolution.
 */
export interface BenchFirefox {
  browser: Browser;
  version: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBenchFirefox(extension: string | null): Promise<BenchFirefox> {
  const profile = await mkdtemp(join(tmpdir(), 'nr-bench-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...FIREFOX_OFFLINE_PREFS,
      'privacy.reduceTimerPrecision': false,
    },
  });
  if (extension) await browser.installExtension(extension);
  return {
    browser,
    version: await browser.version(),
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export function firefoxVersion(): string {
  const result = spawnSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || 'unknown';
}
