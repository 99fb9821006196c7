import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

/**
 * Real browsers with the built test extension: Debian's Chromium through playwright-core
 * (--load-extension), Firefox ESR through puppeteer-core over WebDriver BiDi
 * (browser.installExtension). One small interface over both so each test runs in each browser.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  /** Waits until the expression (a JS expression string evaluated in the page) is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  newPage(): Promise<E2EPage>;
  /** Pages the extension opened itself (e.g. the student page), newest last. */
  extensionPages(): Promise<E2EPage[]>;
  /** The extension's origin (chrome-extension://id or moz-extension://uuid), once known. */
  extensionOrigin(): Promise<string>;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Node's URL gives "null" as the origin of chrome-extension:// and moz-extension:// URLs. */
function originOf(url: string): string {
  return url.split('/').slice(0, 3).join('/');
}

export function builtExtension(browser: BrowserName): string {
  const dir = resolve('.output/test', browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no test build in ${dir}: run npm run build:test`);
  return dir;
}

export function availableBrowsers(): BrowserName[] {
  const names: BrowserName[] = [];
  if (existsSync(CHROMIUM_PATH)) names.push('chromium');
  if (existsSync(FIREFOX_PATH)) names.push('firefox');
  return names;
}

export interface LaunchOptions {
  /** false opens a window (npm start on a machine with a display). */
  headless?: boolean;
}

export async function launch(name: BrowserName, userDataDir?: string, options: LaunchOptions = {}): Promise<E2EBrowser> {
  const headless = options.headless ?? true;
  return name === 'chromium' ? launchChromium(userDataDir, headless) : launchFirefox(headless);
}

async function launchChromium(existingProfile: string | undefined, headless: boolean): Promise<E2EBrowser> {
  const extension = builtExtension('chromium');
  const profile = existingProfile ?? (await mkdtemp(join(tmpdir(), 'nr-chromium-')));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const origin = async () => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    return originOf(worker.url());
  };
  return {
    name: 'chromium',
    newPage: async () => wrapPlaywright(await context.newPage()),
    extensionPages: async () => {
      const o = await origin();
      return context.pages().filter((p) => p.url().startsWith(o)).map(wrapPlaywright);
    },
    extensionOrigin: origin,
    close: async () => {
      await context.close();
      if (!existingProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

function wrapPlaywright(page: PlaywrightPage): E2EPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn),
    waitFor: async (expression, timeoutMs = 15_000) => {
      await page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 50 });
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}

async function launchFirefox(headless: boolean): Promise<E2EBrowser> {
  const extension = builtExtension('firefox');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Keep Firefox off the (closed) network.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.download.dir': join(tmpdir(), 'nr-firefox-downloads'),
      'browser.download.folderList': 2,
    },
  });
  const addonId = await browser.installExtension(extension);
  let cachedOrigin: string | null = null;
  const origin = async () => {
    if (cachedOrigin) return cachedOrigin;
    // The moz-extension UUID is per profile; the extension reports it on a page of its own.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      for (const target of browser.targets()) {
        if (target.url().startsWith('moz-extension://')) {
          cachedOrigin = originOf(target.url());
          return cachedOrigin;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no moz-extension target for ${addonId}`);
  };
  return {
    name: 'firefox',
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    extensionPages: async () => {
      const pages = await browser.pages();
      return pages.filter((p) => p.url().startsWith('moz-extension://')).map(wrapPuppeteer);
    },
    extensionOrigin: origin,
    close: () => browser.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): E2EPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn) as Promise<never>,
    waitFor: async (expression, timeoutMs = 15_000) => {
      await page.waitForFunction(expression, { timeout: timeoutMs, polling: 50 });
    },
    press: async (combo) => {
      // Puppeteer presses one key at a time: hold the modifiers of "Alt+Shift+KeyS" around the last.
      const keys = combo.split('+');
      const last = keys.pop() as never;
      for (const modifier of keys) await page.keyboard.down(modifier as never);
      await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}
