/**
 * The parts of the in-page overlay that the content script does not carry: each is built to a
 * script of its own (entrypoints/overlay-<name>.ts) that the background injects into the frame that
 * asks, into the content script's isolated world, the first time the teacher needs it — the way the
 * page readers are loaded (loaded-readers.ts). A part registers itself in a global of that world
 * (components/overlay/controller/loaded-parts.ts); the page's own scripts cannot see it.
 *
 * - `teach`: teach mode and the anonymised snapshot, which a teacher starts on a page that could
 *   not be read (they bring the generic reader's table heuristics with them);
 * - `popover`: the popover a badge opens, with its words;
 * - `indicator`: the quiet sign that a page could not be read, with the words of why.
 */
export const OVERLAY_PARTS = ['teach', 'popover', 'indicator'] as const;
export type OverlayPartName = (typeof OVERLAY_PARTS)[number];

/** The file a part is built to (an unlisted script of the extension). */
export function overlayPartFile(name: OverlayPartName): string {
  return `/overlay-${name}.js`;
}
