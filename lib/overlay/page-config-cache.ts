/**
 * The page configurations the background last gave, kept in the extension's storage.local so that
 * a portal page's content script can start reading at once instead of waiting for the background
 * (a service worker the browser may have to start first). Each answer the background gives is
 * stored here under its portal and site; any change to the teacher's settings or the school
 * owner's policy empties it (entrypoints/background/index.ts). The content script still asks the
 * background each time, without waiting, and takes the answer when it differs from the stored one.
 *
 * What is stored is what the background sends the page anyway (guideline, code overrides, taught
 * mapping, calendar, language, screen-share mode): no private data, and storage.local is the
 * extension's own, never the portal origin's.
 */
export const PAGE_CONFIG_CACHE = 'pageConfigCache';

/** At most this many pages' configurations are kept; the oldest goes first. */
const MAX_ENTRIES = 24;

type Entries = Record<string, unknown>;

export function cacheKey(portal: string, siteKey: string): string {
  return `${portal} ${siteKey}`;
}

/**
 * The configuration with the keys of every object in it in sorted order, as the background sends
 * and keeps it. Chromium's storage gives an object back with its keys sorted (Firefox's keeps the
 * order they were written in): a configuration sent in any other order differs as text from the
 * same configuration kept, and the page, comparing the two, would render every badge again on
 * every load. Lists keep their order.
 */
export function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys((value as Entries)[key])]),
  );
}

/** The stored configuration for a page (unchecked, as an answer from the background is), or undefined. */
export function cachedEntry(stored: unknown, key: string): unknown {
  return typeof stored === 'object' && stored !== null ? (stored as Entries)[key] : undefined;
}

/** The stored object with `config` as the page's entry, last; the oldest entries dropped beyond the limit. */
export function withEntry(stored: unknown, key: string, config: unknown): Entries {
  const entries = Object.entries(typeof stored === 'object' && stored !== null ? (stored as Entries) : {}).filter(([k]) => k !== key);
  entries.push([key, config]);
  return Object.fromEntries(entries.slice(-MAX_ENTRIES));
}
