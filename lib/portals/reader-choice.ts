import type { PortalAdapter } from './adapter';

/**
 * Which reader reads a page, out of the readers at hand: the first portal reader whose URL matcher
 * accepts the page, else the generic table reader. The background chooses among every registered
 * reader (registry.ts, adapterForPage); the content script among the readers already loaded into
 * its frame (lib/overlay/loaded-readers.ts), so that it asks the background only when none fits.
 * Apart from the portals' list, so that the content script can choose without carrying the portals.
 *
 * `loopbackPortalPaths` (the test build and the demo only): on 127.0.0.1/localhost, a page whose
 * path has a reader's id as a segment ("/vigilo/…") is read by that reader, so the modelled pages
 * can be served locally (no portal's own matcher accepts a loopback address). The store build
 * never passes it.
 *
 * Null when no portal reader fits and no generic reader is at hand.
 */
export function chooseReader(
  readers: Iterable<PortalAdapter>,
  generic: PortalAdapter | null,
  url: URL,
  loopbackPortalPaths = false,
): PortalAdapter | null {
  const segments = loopbackPortalPaths && (url.hostname === '127.0.0.1' || url.hostname === 'localhost') ? url.pathname.split('/') : [];
  for (const reader of readers) if (reader.matchesUrl(url) || segments.includes(reader.id)) return reader;
  return generic;
}
