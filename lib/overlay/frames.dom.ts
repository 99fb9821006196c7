import { findTables, findTablesDeep } from '../portals/table/grid';

/**
 * Framed portal layouts: a menu in one frame, the register in another. The content script runs
 * in every frame, and each frame keeps its own overlay; these helpers decide which frame speaks
 * (the indicator, the popup's summary, teach mode) so the teacher meets one voice, not one per frame.
 */

export function isTopFrame(win: Window): boolean {
  try {
    return win.top === win;
  } catch {
    return false; // a cross-origin top: we are inside it
  }
}

/** Whether this document shows a table at all (light DOM or open shadow roots). */
export function holdsTables(doc: Document): boolean {
  return findTables(doc).length > 0 || findTablesDeep(doc).length > 0;
}

/**
 * Whether a same-origin frame inside this document shows a table: its own overlay reads it. An
 * <object> or an <embed> showing an HTML document is such a frame too (the content script runs in
 * it as in an iframe), so a report embedded that way is not the top frame's to call unreadable.
 * The frames are taken from the window, not the markup: an <embed> gives no way into its document
 * (no contentDocument), and a frame inside a shadow root is one of the window's frames as well.
 */
export function childFrameHoldsTables(doc: Document): boolean {
  const win = doc.defaultView;
  for (let index = 0; win && index < win.length; index += 1) {
    let inner: Document | undefined;
    try {
      inner = win[index]?.document;
    } catch {
      // a frame the browser will not open to us: not ours to read
    }
    if (inner && (holdsTables(inner) || childFrameHoldsTables(inner))) return true;
  }
  return false;
}

/** The page's address, for a frame without one of its own (about:blank, srcdoc) the address of the page around it. */
export function frameUrl(win: Window): URL {
  let current: Window = win;
  for (let depth = 0; depth < 5; depth += 1) {
    const href = current.location.href;
    if (!href.startsWith('about:')) return new URL(href);
    try {
      if (current.parent === current) break;
      void current.parent.location.href; // throws for a cross-origin parent
      current = current.parent;
    } catch {
      break;
    }
  }
  return new URL(win.location.href);
}
