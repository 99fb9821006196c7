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

/** The summary of one tab's page, or null when its content script does not answer with one. */
export async function summaryOfTab(tabId: number): Promise<TabView> {
  let reply: unknown = null;
  try {
    reply = await Promise.race([
      browser.tabs.sendMessage(tabId, { type: 'getPageSummary' }),
      new Promise((resolve) => setTimeout(() => resolve(null), REPLY_WAIT_MS)),
    ]);
  } catch {
    // The tab was closed or navigated away from the portal.
  }
  return tabView(tabId, undefined, reply);
}

/** The class at a glance as a page of its own, to print: the popup's page, told which tab to ask. */
export async function openPrintableGlance(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?glance=${tabId}`) });
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
