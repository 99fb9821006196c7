import browser from 'webextension-polyfill';
import { tabView, type TabView } from './popup-state';

/**
 * How long the popup waits for the content script. A tab without it rejects at once; this bounds
 * the wait for a page that is still loading, so the popup never hangs on "loading".
 */
const REPLY_WAIT_MS = 2000;

export async function inspectActiveTab(): Promise<TabView> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return { kind: 'unsupported' };
  let reply: unknown = null;
  try {
    reply = await Promise.race([
      browser.tabs.sendMessage(tab.id, { type: 'getPageSummary' }),
      new Promise((resolve) => setTimeout(() => resolve(null), REPLY_WAIT_MS)),
    ]);
  } catch {
    // "Receiving end does not exist": the extension is not running on this page.
  }
  return tabView(tab.id, tab.url, reply);
}

export async function startTeachMode(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'startTeachMode' });
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
