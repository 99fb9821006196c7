import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * Who may talk to the background. Only this extension's own pages, and content scripts running in
 * a tab whose URL is a page the extension is enabled on. Everything else is refused and logged.
 *
 * Pure: the caller passes what it knows about the sender, so the rule is testable without a browser.
 */
export interface SenderFacts {
  /** runtime.MessageSender.id: the extension that sent it. */
  id: string | undefined;
  /** The sending frame's URL. */
  url: string | undefined;
  /** Whether the sender is a content script in a tab (sender.tab present). */
  fromTab: boolean;
}

export interface SenderPolicy {
  extensionId: string;
  extensionOrigin: string;
  /** Is this URL a page the content script is enabled on (portal, test host, granted site)? */
  isEnabledPage(url: URL): boolean;
  /** Is this URL one of the built-in portals (or, in the test build, a loopback fixture page)? */
  isPortalPage(url: URL): boolean;
}

export type SenderKind = 'extensionPage' | 'portalTab';

/**
 * A refused sender, with why, as the background's log reads it (a developer's line in English; it
 * is never shown to the teacher).
 */
export function classifySender(sender: SenderFacts, policy: SenderPolicy): SenderKind | { refused: string } {
  if (sender.id !== policy.extensionId) return { refused: `other sender (${sender.id ?? 'unknown'})` };
  if (!sender.url) return { refused: 'sender without an address' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { refused: 'invalid sender address' };
  }
  // Scheme and host, not URL.origin: some parsers give every non-http(s) URL the opaque origin
  // "null", which would make any data: or file: sender look like one of our pages.
  const own = new URL(policy.extensionOrigin);
  if (url.protocol === own.protocol && url.host !== '' && url.host === own.host) return 'extensionPage';
  if (sender.fromTab && policy.isEnabledPage(url)) return 'portalTab';
  return { refused: `site not enabled: ${url.origin}` };
}

/**
 * The address a sending frame speaks for. A frame without an address of its own (about:blank, or
 * about:srcdoc: a report viewer's frame filled from a string) belongs to the origin that made it,
 * which the browser reports as the sender's origin; the frame then counts as a page of that origin.
 * An opaque origin ("null": a sandboxed frame) or none at all leaves the about: address, which no
 * site pattern matches, so such a frame is refused.
 */
export function senderPageUrl(url: string | undefined, origin: unknown): string | undefined {
  if (url === undefined || !url.startsWith('about:')) return url;
  if (typeof origin !== 'string' || !/^https?:\/\/[^/]+$/.test(origin)) return url;
  return `${origin}/`;
}

/**
 * Whether a URL is in a WebExtension match pattern ("https://*.example.no/*", "http://127.0.0.1/*"),
 * by WXT's MatchPattern: the same reading of a pattern as the manifest's content-script matches.
 * A pattern a browser would refuse matches nothing. The URL goes in as text: MatchPattern checks
 * for a `Location` object, a name a service worker does not have.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url.href);
  } catch {
    return false; // InvalidMatchPattern, or a scheme (ftp, urn) it cannot match
  }
}
