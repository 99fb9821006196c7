/**
 * A cell for text the page writes without an element of its own (a figure inside a line, a date a
 * log implies): an element of the page's document, detached, never put into the page, that the
 * table reader reads by its text as it reads any cell.
 */
export function detachedCell(near: Element, value: string): Element {
  const cell = near.ownerDocument.createElement('span');
  cell.textContent = value;
  return cell;
}
