import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/support/browsers.ts';

/**
 * Chromium for the bench: the same flags as the E2E launcher, but the raw playwright-core context
 * (the bench needs CDP sessions), and optionally without the extension — the baseline of the
 * side-by-side page-cost measure must differ from the measured run in nothing else.
 */
export interface BenchBrowser {
  context: BrowserContext;
  /** chrome-extension://<id>, or null for the baseline browser. */
  extensionOrigin: string | null;
  close(): Promise<void>;
}

/** `extension`: the unpacked build's folder, or null for the baseline browser. */
export async function launchBench(extension: string | null): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'nr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  let extensionOrigin: string | null = null;
  if (extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionOrigin = new URL(worker.url()).origin;
  }
  return {
    context,
    extensionOrigin,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
