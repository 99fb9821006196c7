import type { ReadingRow } from '../model';
import type { AbsenceCodeTable } from './absence-code';
import type { CouldNotRead, LocateResult, PageLayout, PortalAdapter, ReadOptions, StudentSlot } from './adapter';
import { couldNotRead, readSafely } from './could-not-read';

/**
 * Everything the extension knows about one portal, in the portal's own file: where it runs, the
 * guideline it starts with, its absence codes, example addresses, and how its pages are read.
 * The registry (lib/portals/registry.ts) lists the portals once; host permissions, the options
 * page's code tables and the URL tests all come from there.
 *
 * `Context` is what the portal's locate keeps for its readStudent (column indices, date headers …).
 */
export interface PortalDefinition<Context> {
  id: string;
  /** Shown to the teacher, e.g. "Visma Flyt Skole". */
  name: string;
  /** The built-in guideline profile (lib/guidelines/profiles) used until the teacher picks one. */
  defaultProfileId: string;
  /** WebExtension match patterns for the portal's pages: the content script runs there. */
  matches: readonly string[];
  /** Addresses of the portal's pages, from public information: matchesUrl must accept each, and no other portal any. */
  exampleUrls: readonly string[];
  /** The portal's absence codes; the teacher can override each on the options page. */
  codes: AbsenceCodeTable;
  /** Whether a page is this portal's (the match patterns let the content script in; this decides). */
  matchesUrl(url: URL): boolean;
  locate(doc: Document, url: URL, options: ReadOptions): LocateResult<Context>;
  readStudent(layout: PageLayout<Context>, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead;
}

/** A registered portal: its data, and a reader that never throws. */
export interface Portal extends PortalAdapter {
  defaultProfileId: string;
  matches: readonly string[];
  exampleUrls: readonly string[];
  codes: AbsenceCodeTable;
}

/**
 * Makes a portal from its definition. The reader it returns never throws (every surprise becomes
 * a "could not read"), and its readStudent accepts only a layout this portal's own locate
 * returned, so the context it reads is the one locate made, with the type locate gave it.
 */
export function definePortal<Context>(definition: PortalDefinition<Context>): Portal {
  // The contexts this portal's locate made, by layout: a layout from anywhere else has none.
  const located = new WeakMap<PageLayout, PageLayout<Context>>();
  return {
    id: definition.id,
    name: definition.name,
    defaultProfileId: definition.defaultProfileId,
    matches: definition.matches,
    exampleUrls: definition.exampleUrls,
    codes: definition.codes,
    matchesUrl: (url) => readSafely('adresse', () => definition.matchesUrl(url)) === true,
    locate: (doc, url, options) =>
      readSafely('finne elevene', () => {
        const result = definition.locate(doc, url, options);
        if (result.ok) located.set(result.layout, result.layout);
        return result;
      }),
    readStudent: (layout, slot, options) =>
      readSafely('lese eleven', () => {
        const own = located.get(layout);
        if (!own) return couldNotRead('siden ble funnet av en annen leser');
        return definition.readStudent(own, slot, options);
      }),
  };
}
