/**
 * The one way the overlay puts an element into the portal's page: a host element of its own tag
 * (naervaer-…) with a closed shadow root. The page's styles cannot reach inside, and the page's
 * scripts cannot read or drive what is inside: `host.shadowRoot` is null to them, and the root's
 * reference exists only here, in the content script's world (docs/SECURITY.md). Assistive
 * technology reads closed roots all the same.
 */
export interface ShadowHost {
  host: HTMLElement;
  /** Keep this in the content script; never hand it to the page. */
  root: ShadowRoot;
}

/**
 * A host with a closed root, holding the given style sheet (text) when there is one. The caller
 * appends the host where it belongs; `hidden` starts it out of sight (popover, indicator).
 */
export function createShadowHost(doc: Document, tag: string, options: { css?: string; hidden?: boolean } = {}): ShadowHost {
  const host = doc.createElement(tag);
  if (options.hidden) host.hidden = true;
  const root = attachClosedRoot(host);
  if (options.css !== undefined) {
    const style = doc.createElement('style');
    style.textContent = options.css;
    root.append(style);
  }
  return { host, root };
}

/**
 * The closed root of a host made earlier without one: a badge that waits undisplayed gets its root
 * only when it is shown (components/overlay/badge.dom.ts). The same rules as above: closed, and
 * the reference kept in the content script.
 */
export function attachClosedRoot(host: HTMLElement): ShadowRoot {
  return host.attachShadow({ mode: 'closed' });
}
