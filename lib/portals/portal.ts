import type { ReadingRow } from '../model';
import type { AbsenceCodeTable } from './absence-code';
import type { CouldNotRead, LocateResult, PageLayout, PortalAdapter, ReadOptions, StudentSlot } from './adapter';
import { couldNotRead, readSafely } from './could-not-read';
import type { RowProblem } from './read-problem';

/**
 * Everything the extension knows about one portal, in the portal's own file: where it runs, the
 * guideline it starts with, its absence codes, example addresses. It is the data object at the
 * top of the portal's file (VIGILO, VISMA_FLYT_SKOLE …), which may hold more (its header words,
 * its labels); definePortal takes these fields from it. The registry (lib/portals/registry.ts)
 * lists the portals once; host permissions, the options page's code tables and the URL tests all
 * come from there.
 */
export interface PortalData {
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
}

/**
 * How a portal's pages are read. `Context` is what the portal's locate keeps for its readStudent
 * (column indices, date headers …).
 */
export interface PortalReader<Context> {
  /** Whether a page is this portal's (the match patterns let the content script in; this decides). */
  matchesUrl(url: URL): boolean;
  locate(doc: Document, url: URL, options: ReadOptions): LocateResult<Context>;
  readStudent(layout: PageLayout<Context>, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem>;
}

/** A registered portal: its data, and a reader that never throws. */
export interface Portal extends PortalAdapter, PortalData {}

/**
 * Makes a portal from its data and its reader. The reader it returns never throws (every
 * surprise becomes a "could not read"), and its readStudent accepts only a layout this portal's
 * own locate returned, so the context it reads is the one locate made, with the type locate gave it.
 */
export function definePortal<Context>(data: PortalData, reader: PortalReader<Context>): Portal {
  // The contexts this portal's locate made, by layout: a layout from anywhere else has none.
  const located = new WeakMap<PageLayout, PageLayout<Context>>();
  return {
    id: data.id,
    name: data.name,
    defaultProfileId: data.defaultProfileId,
    matches: data.matches,
    exampleUrls: data.exampleUrls,
    codes: data.codes,
    matchesUrl: (url) => readSafely('url', () => reader.matchesUrl(url)) === true,
    locate: (doc, url, options) =>
      readSafely('locate', () => {
        const result = reader.locate(doc, url, options);
        if (result.ok) located.set(result.layout, result.layout);
        return result;
      }),
    readStudent: (layout, slot, options) =>
      readSafely('readStudent', () => {
        const own = located.get(layout);
        if (!own) return couldNotRead({ code: 'other-reader' });
        return reader.readStudent(own, slot, options);
      }),
  };
}
