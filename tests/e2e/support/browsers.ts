import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  /** Waits until the expression (a JS expression string evaluated in the page) is truthy; a Promise is awaited first. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Clicks an element of the page's light DOM by CSS selector. */
  click(selector: string): Promise<void>;
  /** A real (trusted) mouse click at a point of the viewport, e.g. inside a frame. */
  clickAt(x: number, y: number): Promise<void>;
  /** Uncaught errors the page's own scripts threw since the page was opened. */
  errors(): string[];
  /**
   * Runs `fn` (the source of a function that takes a ShadowRoot) on the shadow root of the element
   * `hostExpression` evaluates to, and returns its JSON result. The overlay's roots are closed, so
   * no page script can do this: the harness goes through the browser's automation protocol (Chrome
   * DevTools Protocol's DOM domain, WebDriver BiDi's node serialisation), which sees closed roots.
   */
  inShadow<T>(hostExpression: string, fn: string, frameUrlPart?: string): Promise<T>;
  /**
   * A real, trusted mouse click (isTrusted: true) at the centre of the element `selector` inside
   * the host's shadow root, optionally the one whose text is `text`. Scrolls it into view first.
   */
  clickInShadow(hostExpression: string, selector: string, text?: string): Promise<void>;
  /** Replaces a text field's value by typing, as a user would. */
  fill(selector: string, text: string): Promise<void>;
  setInputFile(selector: string, path: string): Promise<void>;
  /** Runs `clickExpression` in the page and returns the file it downloads. */
  download(clickExpression: string): Promise<{ name: string; path: string }>;
  /**
   * Runs `action` (e.g. a real click) and returns the file the extension then downloads with the
   * downloads API (which Playwright's download event does not report).
   */
  downloadAfter(action: () => Promise<void>): Promise<{ name: string; path: string }>;
  url(): string;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  newPage(): Promise<E2EPage>;
  /** Waits for a tab the extension opens itself whose URL contains `part`. */
  waitForExtensionPage(part: string, timeoutMs?: number): Promise<E2EPage>;
  /** Pages the extension opened itself (e.g. the student page), newest last. */
  extensionPages(): Promise<E2EPage[]>;
  /** The extension's origin (chrome-extension://id or moz-extension://uuid), once known. */
  extensionOrigin(): Promise<string>;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_ADDON_ID = 'naervaersradar@naervaersradar.no';
const FIREFOX_ADDON_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';

/** Source that evaluates `expression` in the page, awaits it when it is a Promise, and says whether it is truthy. */
function truthy(expression: string): string {
  return `(async () => !!(await (${expression})))()`;
}

/**
 * Polls an expression from Node. The browsers' own waitForFunction compiles the expression inside
 * the page, which an extension page's CSP (no eval) refuses; a plain evaluate is not affected.
 */
async function pollUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
      lastError = null;
    } catch (error) {
      lastError = error; // the page may be navigating
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/** Node's URL gives "null" as the origin of chrome-extension:// and moz-extension:// URLs. */
function originOf(url: string): string {
  return url.split('/').slice(0, 3).join('/');
}

/** The test build's folder; NAERVAER_TEST_OUTPUT points at another checkout's (to measure an earlier commit). */
export function testOutputDir(): string {
  return resolve(process.env.NAERVAER_TEST_OUTPUT ?? '.output/test');
}

export function builtExtension(browser: BrowserName): string {
  const dir = join(testOutputDir(), browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
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
  /** Chromium: load this copy of the test build instead (support/managed-policy.ts). */
  extensionDir?: string;
  /** Firefox: run this Firefox binary instead (support/managed-policy.ts). */
  executablePath?: string;
  /**
   * Firefox: a tab behind another runs its timers as the tab in front does, not once a second, and
   * its page's animation frames from a timer, so that several pages can be read side by side (the
   * unseen corpus). Chromium's launcher already
   * turns its background throttling off.
   */
  backgroundTabsAtFullSpeed?: boolean;
}

export async function launch(name: BrowserName, userDataDir?: string, options: LaunchOptions = {}): Promise<E2EBrowser> {
  const headless = options.headless ?? true;
  return name === 'chromium'
    ? launchChromium(userDataDir, headless, options.extensionDir)
    : launchFirefox(headless, userDataDir, options.executablePath, options.backgroundTabsAtFullSpeed ?? false);
}

async function launchChromium(existingProfile: string | undefined, headless: boolean, extensionDir?: string): Promise<E2EBrowser> {
  const extension = extensionDir ?? builtExtension('chromium');
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
    waitForExtensionPage: async (part, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = context.pages().find((p) => p.url().includes(part) && /^chrome-extension:/.test(p.url()));
        if (found) {
          await found.waitForLoadState('load');
          return wrapPlaywright(found);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no extension page with ${part}`);
    },
    extensionOrigin: origin,
    close: async () => {
      await context.close();
      if (!existingProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

const wrappedErrors = new WeakMap<object, string[]>();

/** One list of uncaught page errors per browser page, however often the page is wrapped. */
function errorsOf(page: object, subscribe: (push: (message: string) => void) => void): string[] {
  let errors = wrappedErrors.get(page);
  if (!errors) {
    const list: string[] = [];
    subscribe((message) => list.push(message));
    wrappedErrors.set(page, list);
    errors = list;
  }
  return errors;
}

/** Source of a shadow-root function that scrolls to an element and returns its centre (viewport px). */
function centreOf(selector: string, text: string | undefined): string {
  return `(root) => {
    const found = [...root.querySelectorAll(${JSON.stringify(selector)})].filter((el) => ${JSON.stringify(text ?? null)} === null || el.textContent === ${JSON.stringify(text ?? null)});
    if (found.length === 0) return null;
    found[0].scrollIntoView({ block: 'center', inline: 'center' });
    const rect = found[0].getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }`;
}

function wrapPlaywright(page: PlaywrightPage): E2EPage {
  const errors = errorsOf(page, (push) => page.on('pageerror', (error) => push(error.message)));
  const inShadow = async <T>(hostExpression: string, fn: string, frameUrlPart?: string): Promise<T> => {
    const cdp = await page.context().newCDPSession(page);
    try {
      // In a frame: the frame's own window evaluates the host expression (a same-origin frame).
      const expression = frameUrlPart
        ? `[...document.querySelectorAll('iframe, frame')].find((f) => f.contentWindow.location.href.includes(${JSON.stringify(frameUrlPart)})).contentWindow.eval(${JSON.stringify(hostExpression)})`
        : hostExpression;
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      if (!result.objectId) throw new Error(`no element: ${hostExpression}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 1 });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) throw new Error(`no shadow root on ${hostExpression}`);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const out = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function () { return (${fn})(this); }`,
        returnByValue: true,
        awaitPromise: true,
      });
      if (out.exceptionDetails) throw new Error(`in shadow root: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
      return out.result.value as T;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  return {
    inShadow,
    clickInShadow: async (hostExpression, selector, text) => {
      const at = await inShadow<{ x: number; y: number } | null>(hostExpression, centreOf(selector, text));
      if (!at) throw new Error(`nothing matches ${selector}${text ? ` «${text}»` : ''} in ${hostExpression}`);
      await page.mouse.click(at.x, at.y);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn),
    waitFor: (expression, timeoutMs) => pollUntil(() => page.evaluate(truthy(expression)), expression, timeoutMs),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    errors: () => [...errors],
    fill: async (selector, text) => {
      await page.fill(selector, '');
      await page.locator(selector).pressSequentially(text);
    },
    setInputFile: (selector, path) => page.setInputFiles(selector, path),
    download: async (clickExpression) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(clickExpression)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), path };
    },
    downloadAfter: async (action) => {
      const dir = await mkdtemp(join(tmpdir(), 'nr-chromium-downloads-'));
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
        await action();
        return await newFileIn(dir, new Set());
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}

/**
 * The first finished file that appears in `dir` and is not in `before`. A file counts as finished
 * when it is still there, not empty and the same size for most of a second, and no partial file is
 * being written beside it: Firefox first writes a download under a random temporary name
 * ("XfZPZDBK.docx") or as "<name>.part" beside an empty placeholder, then renames it.
 */
async function newFileIn(dir: string, before: Set<string>, timeoutMs = 15_000): Promise<{ name: string; path: string }> {
  const deadline = Date.now() + timeoutMs;
  const sizeOf = (name: string): number => {
    try {
      return statSync(join(dir, name)).size;
    } catch {
      return -1;
    }
  };
  while (Date.now() < deadline) {
    const names = readdirSync(dir);
    const writing = names.some((f) => f.endsWith('.part') || f.endsWith('.crdownload'));
    const fresh = names.filter((f) => !before.has(f) && !f.endsWith('.part') && !f.endsWith('.crdownload'));
    if (!writing && fresh.length > 0) {
      // Three looks 400 ms apart: a temporary name can sit for a moment before its rename.
      const sizes = new Map(fresh.map((f) => [f, sizeOf(f)]));
      let settled = fresh.filter((f) => sizes.get(f)! > 0);
      for (let look = 0; look < 2 && settled.length > 0; look++) {
        await new Promise((r) => setTimeout(r, 400));
        if (readdirSync(dir).some((g) => g.endsWith('.part'))) settled = [];
        settled = settled.filter((f) => sizeOf(f) === sizes.get(f));
      }
      if (settled.length > 0) return { name: settled[0]!, path: join(dir, settled[0]!) };
      continue;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no download arrived');
}

/** Preferences that keep Firefox off the (closed) network: the E2E launcher's and the bench's. */
export const FIREFOX_OFFLINE_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
} as const;

/** Background tabs' timers as fast as the front tab's (Firefox clamps them to once a second otherwise). */
const FIREFOX_UNTHROTTLED_BACKGROUND_PREFS = {
  'dom.timeout.enable_budget_timer_throttling': false,
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
} as const;

/**
 * Animation frames in a background tab, for pages read several at once: Firefox runs none there
 * (no preference turns that off), so a page that draws its table a frame or two after load, opened
 * just before the next page took the front, drew nothing until the "could not read" indicator had
 * settled it. A teacher's page is in front; in a hidden tab, the page's own script gets a frame
 * every 16 ms from a timer, as a front tab's would. Run in the page's world before its scripts.
 */
const FRAMES_IN_BACKGROUND_TABS = `(() => {
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  const timers = new Set();
  window.requestAnimationFrame = (callback) => {
    if (document.visibilityState !== 'hidden') return request(callback);
    const id = setTimeout(() => {
      timers.delete(id);
      callback(performance.now());
    }, 16);
    timers.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => (timers.delete(id) ? clearTimeout(id) : cancel(id));
})()`;

async function launchFirefox(headless: boolean, userDataDir: string | undefined, executablePath = FIREFOX_PATH, backgroundTabsAtFullSpeed = false): Promise<E2EBrowser> {
  const extension = builtExtension('firefox');
  // A fresh folder per launch, so a file from an earlier run never makes Firefox rename a download.
  const downloads = await mkdtemp(join(tmpdir(), 'nr-firefox-downloads-'));
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    ...(userDataDir ? { userDataDir } : {}),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...FIREFOX_OFFLINE_PREFS,
      ...(backgroundTabsAtFullSpeed ? FIREFOX_UNTHROTTLED_BACKGROUND_PREFS : {}),
      // A fixed internal UUID, so the extension's origin (moz-extension://<uuid>) is known to the tests.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.panel.shown': true,
      'browser.helperApps.neverAsk.saveToDisk':
        'application/json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/octet-stream,text/html',
    },
  });
  const addonId = await browser.installExtension(extension);
  if (addonId !== FIREFOX_ADDON_ID) throw new Error(`installed ${addonId}, expected ${FIREFOX_ADDON_ID}`);
  const origin = async () => `moz-extension://${FIREFOX_ADDON_UUID}`;
  // WebDriver BiDi refuses to navigate to moz-extension:// itself; a loopback page may (the test
  // build makes the extension's pages web-accessible to 127.0.0.1), and the tab then shows the
  // extension's own page with its full privileges.
  const blank = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>'));
  await new Promise<void>((done) => blank.listen(0, '127.0.0.1', done));
  const blankUrl = `http://127.0.0.1:${(blank.address() as AddressInfo).port}/`;
  const openExtensionUrl = async (url: string, existing?: PuppeteerPage): Promise<E2EPage> => {
    const page = existing ?? (await browser.newPage());
    await page.goto(blankUrl);
    await page.evaluate((target: string) => {
      location.href = target;
    }, url).catch(() => undefined);
    // Asked of the page itself: BiDi does not report a navigation to moz-extension://, so
    // puppeteer's page.url() keeps the loopback address and a wait on it ran to its deadline.
    const target = url.split('?')[0]!;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const at = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
      if (at.startsWith('complete ') && at.slice('complete '.length).startsWith(target)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return wrapPuppeteer(page, downloads, openExtensionUrl);
  };
  return {
    name: 'firefox',
    newPage: async () => {
      const page = await browser.newPage();
      if (backgroundTabsAtFullSpeed) await page.evaluateOnNewDocument(FRAMES_IN_BACKGROUND_TABS);
      return wrapPuppeteer(page, downloads, openExtensionUrl);
    },
    extensionPages: async () => {
      const pages = await browser.pages();
      return pages.filter((p) => p.url().startsWith('moz-extension://')).map((p) => wrapPuppeteer(p, downloads, openExtensionUrl));
    },
    waitForExtensionPage: async (part, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = (await browser.pages()).find((p) => p.url().includes(part) && /^moz-extension:/.test(p.url()));
        if (found) return wrapPuppeteer(found, downloads, openExtensionUrl);
        await new Promise((r) => setTimeout(r, 100));
      }
      // Firefox's WebDriver BiDi does not report a tab that an extension opens itself (its handler
      // fails with "context is null"), so the harness opens the same extension URL in a tab it
      // controls. What the badge handed over (storage.session) is what that page then shows.
      return openExtensionUrl(`${await origin()}/${part}`);
    },
    extensionOrigin: origin,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => blank.close(() => done()));
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

type ExtensionOpener = (url: string, existing?: PuppeteerPage) => Promise<E2EPage>;

/** What puppeteer's WebDriver BiDi element handle carries: the node as BiDi serialised it. */
interface BidiElementHandleInternals {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } | null } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): { evaluate(fn: (root: unknown) => unknown): Promise<unknown>; dispose(): Promise<void> } };
}

function wrapPuppeteer(page: PuppeteerPage, downloads: string, openExtensionUrl?: ExtensionOpener): E2EPage {
  const errors = errorsOf(page, (push) => page.on('pageerror', (error) => push(error instanceof Error ? error.message : String(error))));
  const inShadow = async <T>(hostExpression: string, fn: string, frameUrlPart?: string): Promise<T> => {
    // In a frame, the host is looked up in that frame's own realm (BiDi resolves nodes per realm).
    const frame = frameUrlPart ? page.frames().find((candidate) => candidate.url().includes(frameUrlPart)) : undefined;
    if (frameUrlPart && !frame) throw new Error(`no frame whose address has ${frameUrlPart}`);
    const host = (await (frame ?? page).evaluateHandle(hostExpression)) as unknown as BidiElementHandleInternals & { dispose(): Promise<void> };
    try {
      // WebDriver BiDi serialises an element with a reference to its shadow root, closed or open.
      const shadow = host.remoteValue().value?.shadowRoot;
      if (!shadow?.sharedId) throw new Error(`no shadow root on ${hostExpression}`);
      const root = host.constructor.from({ type: 'node', sharedId: shadow.sharedId }, host.realm);
      try {
        // puppeteer sends a function's source; rebuild the caller's source as a function to send.
        const compiled = new Function(`return (${fn});`)() as (root: unknown) => unknown;
        return (await root.evaluate(compiled)) as T;
      } finally {
        await root.dispose().catch(() => undefined);
      }
    } finally {
      await host.dispose().catch(() => undefined);
    }
  };
  return {
    inShadow,
    clickInShadow: async (hostExpression, selector, text) => {
      const at = await inShadow<{ x: number; y: number } | null>(hostExpression, centreOf(selector, text));
      if (!at) throw new Error(`nothing matches ${selector}${text ? ` «${text}»` : ''} in ${hostExpression}`);
      await page.mouse.click(at.x, at.y);
    },
    goto: async (url) => {
      if (url.startsWith('moz-extension://') && openExtensionUrl) {
        await openExtensionUrl(url, page);
        return;
      }
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn) => page.evaluate(fn) as Promise<never>,
    waitFor: (expression, timeoutMs) => pollUntil(() => page.evaluate(truthy(expression)) as Promise<boolean>, expression, timeoutMs),
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
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    errors: () => [...errors],
    fill: async (selector, text) => {
      await page.$eval(selector, (el) => {
        (el as HTMLInputElement).focus();
        (el as HTMLInputElement).select?.();
      });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    setInputFile: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    download: async (clickExpression) => {
      // Firefox saves downloads to the profile's download folder without asking (see the prefs above).
      mkdirSync(downloads, { recursive: true });
      const before = new Set(readdirSync(downloads));
      await page.evaluate(clickExpression);
      return newFileIn(downloads, before);
    },
    downloadAfter: async (action) => {
      mkdirSync(downloads, { recursive: true });
      const before = new Set(readdirSync(downloads));
      await action();
      return newFileIn(downloads, before);
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}
