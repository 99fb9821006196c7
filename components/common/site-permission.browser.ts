import browser from 'webextension-polyfill';

/**
 * The optional host permission for one site (every page on its origin). Granting it is what lets
 * the background register the content script there (entrypoints/background/enabled-sites.ts).
 */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Must be called straight from a click handler, before any await: Firefox grants permission
 * prompts only within the user's gesture.
 */
export function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

/** Gives up the site's permission. False when the browser keeps it (a built-in portal's host). */
export async function releaseSite(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [sitePattern(origin)] });
  } catch {
    return false;
  }
}
