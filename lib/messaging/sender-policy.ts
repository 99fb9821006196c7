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

export function classifySender(sender: SenderFacts, policy: SenderPolicy): SenderKind | { refused: string } {
  if (sender.id !== policy.extensionId) return { refused: `annen avsender (${sender.id ?? 'ukjent'})` };
  if (!sender.url) return { refused: 'avsender uten adresse' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { refused: 'ugyldig avsenderadresse' };
  }
  // Scheme and host, not URL.origin: some parsers give every non-http(s) URL the opaque origin
  // "null", which would make any data: or file: sender look like one of our pages.
  const own = new URL(policy.extensionOrigin);
  if (url.protocol === own.protocol && url.host !== '' && url.host === own.host) return 'extensionPage';
  if (sender.fromTab && policy.isEnabledPage(url)) return 'portalTab';
  return { refused: `siden ${url.origin} er ikke aktivert` };
}

/** Match a URL against WebExtension match patterns ("https://*.example.no/*", "http://127.0.0.1/*"). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostname = url.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegex).join('.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
