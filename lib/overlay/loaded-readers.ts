import type { PortalAdapter } from '../portals/adapter';
import { chooseReader } from '../portals/reader-choice';

/**
 * The page readers loaded into this frame. The content script carries no reader: a portal's reader
 * (entrypoints/reader-<id>.ts) is a content script of its own on that portal's pages, declared in
 * the manifest beside the core (wxt.config.ts), and the generic reader beside it on the sites the
 * teacher enabled (entrypoints/background/enabled-sites.ts); where the reader a page needs is not
 * loaded, the background injects it into the frame that asks. Either way it runs in the content
 * script's own isolated world and registers itself here. A global of that world is the one thing
 * the scripts share; the page's own scripts cannot see it.
 */
const READERS = '__naervaerReaders';
/** The generic table reader's id (lib/portals/generic): the reader of a page no portal's reader knows. */
export const GENERIC_READER = 'generic';

type WithReaders = typeof globalThis & { [READERS]?: Map<string, PortalAdapter> };

export function loadedReaders(): Map<string, PortalAdapter> {
  const world = globalThis as WithReaders;
  world[READERS] ??= new Map();
  return world[READERS];
}

/** Called by a reader's script when it runs. */
export function registerReader(reader: PortalAdapter): void {
  loadedReaders().set(reader.id, reader);
}

/**
 * The reader already loaded into this frame that reads the page at `url` (the choice the background
 * would make, among the loaded readers), or null when the background must load one.
 */
export function loadedReaderFor(url: URL, loopbackPortalPaths: boolean): PortalAdapter | null {
  const readers = loadedReaders();
  // The generic reader's matcher accepts no address: among the others it is chosen only by a loopback path naming it.
  return chooseReader(readers.values(), readers.get(GENERIC_READER) ?? null, url, loopbackPortalPaths);
}

/** The reader the background's answer to `loadReader` names, once it is loaded; null otherwise. */
export function readerFromAnswer(answer: unknown): PortalAdapter | null {
  const id = typeof answer === 'object' && answer !== null ? (answer as { reader?: unknown }).reader : undefined;
  return typeof id === 'string' ? (loadedReaders().get(id) ?? null) : null;
}

/** The page configuration the background sends with its answer to `loadReader` (checked where it is used); undefined when none came. */
export function configFromAnswer(answer: unknown): unknown {
  return typeof answer === 'object' && answer !== null ? (answer as { config?: unknown }).config : undefined;
}

/** The file a reader is built to (an unlisted script of the extension), from the extension's root: as the manifest and registered content scripts name it. */
export function readerScript(id: string): string {
  return `reader-${id}.js`;
}

/** The same file as `scripting.executeScript` names it. */
export function readerFile(id: string): string {
  return `/${readerScript(id)}`;
}
