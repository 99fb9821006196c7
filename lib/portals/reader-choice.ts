import type { PortalAdapter } from './adapter';

/**
 * Which reader reads a page, out of the readers at hand: the first portal reader whose URL matcher
 * accepts the page, else the generic table reader. The background chooses among every registered
 * reader (registry.ts, adapterForPage); the content script among the readers already loaded into
 * its frame (lib/overlay/loaded-readers.ts), so that it asks the background only when none fits.
 * Apart from the portals' list, so that the content script can choose without carrying the portals.
 *
 * `loopbackPortalPaths` (the test build and the demo only): on 127.0.0.1/localhost, a page whose
 * path has a portal id as a segment ("/vigilo/…") is read by that portal's reader, so the modelled
 * pages can be served locally. The store build never passes it.
 *
 * Null when no portal reader fits and no generic reader is at hand.
 */
export function chooseReader(
  portalReaders: Iterable<PortalAdapter>,
  generic: PortalAdapter | null,
  url: URL,
  loopbackPortalPaths = false,
): PortalAdapter | null {
  const readers = [...portalReaders];
  const own = readers.find((reader) => reader.matchesUrl(url));
  if (own) return own;
  if (loopbackPortalPaths && isLoopback(url)) {
    const segments = url.pathname.split('/');
    const byPath = readers.find((reader) => segments.includes(reader.id));
    if (byPath) return byPath;
  }
  return generic;
}

export function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost';
}
