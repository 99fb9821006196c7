import type { PortalAdapter } from '../portals/adapter';

/**
 * The page readers loaded into this frame. The content script carries no reader: the background
 * injects the one a page needs (entrypoints/reader-<id>.ts) into the frame that asks, into the
 * content script's own isolated world, and the reader registers itself here. A global of that world
 * is the one thing the two scripts share; the page's own scripts cannot see it.
 */
const READERS = '__naervaerReaders';

type WithReaders = typeof globalThis & { [READERS]?: Map<string, PortalAdapter> };

export function loadedReaders(): Map<string, PortalAdapter> {
  const world = globalThis as WithReaders;
  world[READERS] ??= new Map();
  return world[READERS];
}

/** Called by a reader's script when it is injected. */
export function registerReader(reader: PortalAdapter): void {
  loadedReaders().set(reader.id, reader);
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

/** The file a reader is built to (an unlisted script of the extension). */
export function readerFile(id: string): string {
  return `/reader-${id}.js`;
}
