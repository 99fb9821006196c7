/** Every element the overlay puts in the page has a tag starting with this (naervaer-badge, …). */
const OWN_TAG_PREFIX = 'NAERVAER-';

/** Whether a node is one of the overlay's own elements (the watcher and teach mode ignore them). */
export function isOwn(node: Node): boolean {
  return node instanceof Element && node.tagName.startsWith(OWN_TAG_PREFIX);
}
