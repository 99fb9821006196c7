import type { PortalAdapter } from './adapter';
import type { Portal } from './portal';
import { PORTALS } from './portal-list';
import { genericAdapter } from './generic';
import { chooseReader } from './reader-choice';

/**
 * The portals (listed in portal-list.ts, the one place a portal is registered) and what follows
 * from the list: host permissions (hosts.ts), the default guidelines, the options page's code
 * tables and the URL tests' examples all come from it.
 */
export { PORTALS };

/** The guideline profile for a site no portal knows: the research thresholds. */
export const GENERIC_PROFILE_ID = 'kearney-forskning';

/** The built-in profile a portal (or the generic reader) starts with until the teacher picks one. */
export function defaultProfileIdFor(portalId: string): string {
  return PORTALS.find((portal) => portal.id === portalId)?.defaultProfileId ?? GENERIC_PROFILE_ID;
}

/**
 * The adapter for a page: the first portal adapter whose URL matcher accepts it.
 * null when no portal adapter knows the page.
 */
export function adapterForUrl(url: URL): Portal | null {
  for (const adapter of PORTALS) {
    if (adapter.matchesUrl(url)) return adapter;
  }
  return null;
}

/**
 * The adapter the content script uses on a page: the portal's own adapter, else the generic table
 * reader (which also applies the teacher's taught mapping). `loopbackPortalPaths`: see
 * reader-choice.ts (the test build and the demo only).
 */
export function adapterForPage(url: URL, loopbackPortalPaths = false): PortalAdapter {
  return chooseReader(PORTALS, genericAdapter, url, loopbackPortalPaths) ?? genericAdapter;
}
