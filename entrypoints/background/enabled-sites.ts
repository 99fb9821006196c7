import browser from 'webextension-polyfill';
import { PORTAL_MATCHES, TEST_MATCHES } from '../../lib/portals/hosts';
import { matchesPattern } from '../../lib/messaging/sender-policy';
import { GENERIC_READER, readerScript } from '../../lib/overlay/loaded-readers';

/**
 * Sites the content script runs on: the built-in portals (manifest), the loopback hosts in the
 * test build, and any site whose optional host permission the teacher granted (registered here
 * as a dynamic content script, with the generic reader).
 */
const DYNAMIC_SCRIPT_ID = 'naervaer-enabled-sites';
let grantedOrigins: string[] = [];

export function isEnabledPage(url: URL): boolean {
  const patterns: readonly string[] = [...PORTAL_MATCHES, ...(__NAERVAER_TEST_BUILD__ ? TEST_MATCHES : []), ...grantedOrigins];
  return patterns.some((pattern) => matchesPattern(url, pattern));
}

export function isPortalPage(url: URL): boolean {
  const patterns: readonly string[] = [...PORTAL_MATCHES, ...(__NAERVAER_TEST_BUILD__ ? TEST_MATCHES : [])];
  return patterns.some((pattern) => matchesPattern(url, pattern));
}

export async function registerEnabledSites(): Promise<void> {
  const all = await browser.permissions.getAll();
  const builtIn = new Set<string>([...PORTAL_MATCHES, ...TEST_MATCHES]);
  grantedOrigins = (all.origins ?? []).filter((origin) => !builtIn.has(origin) && origin !== '<all_urls>');
  const scripting = browser.scripting;
  if (!scripting) return;
  try {
    await scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  } catch {
    // not registered yet
  }
  if (grantedOrigins.length === 0) return;
  await scripting.registerContentScripts([
    // In every frame, as the manifest's script: framed portal layouts put the register in an <iframe>.
    // No portal's reader knows these sites: the generic reader comes with the core, ahead of it, so
    // that the page is read without waiting for the background to inject it.
    {
      id: DYNAMIC_SCRIPT_ID,
      matches: grantedOrigins,
      js: [readerScript(GENERIC_READER), 'content-scripts/portal.js'],
      runAt: 'document_idle',
      allFrames: true,
    },
  ]);
}
