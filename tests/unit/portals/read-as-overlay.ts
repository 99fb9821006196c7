import { fieldIssues, issuesForLog, Reading, type ReadingRow } from '../../../lib/model';
import { pageReadingMessages } from '../../../lib/i18n/messages/page-reading';
import { readingMessages } from '../../../lib/i18n/messages/reading';
import { translatorFor } from '../../../lib/i18n/translate';
import { isCouldNotRead, type CouldNotRead, type PageLayout, type PortalAdapter, type ReadOptions } from '../../../lib/portals/adapter';
import type { PageNote, ReadProblem } from '../../../lib/portals/read-problem';
import { pageNoteWords } from '../../../components/common/read-problem-words';
import { adapterForPage } from '../../../lib/portals/registry';
import { runToEnd } from '../../../lib/portals/steps';
import { nameIn } from '../../../lib/portals/student-slot';

export type PageRead = { ok: true; reading: Reading; layout: PageLayout; notes: PageNote[] } | CouldNotRead<ReadProblem>;

/** The popup's words in bokmål, the UI's default: the golden readings keep their warnings as the teacher reads them. */
const nb = translatorFor({ ...pageReadingMessages, ...readingMessages }, 'nb');

/**
 * The reader the overlay uses for an address: the registry's portal whose URL matcher accepts
 * it, a loopback path naming a portal (as in the test build), else the generic reader.
 */
export function readerFor(url: URL): PortalAdapter {
  return adapterForPage(url, true);
}

/**
 * Reads a whole page the way the overlay does (components/overlay/controller/page-overlay.dom.ts):
 * the reader's locate finds the students (in steps, run here to the end, where the reader walks
 * long tables in steps), then readStudent reads each one, once per key (the
 * overlay never renders a key twice), with no safety net of its own around either call. The
 * Reading the golden and fuzz tests compare is put together here, from what the overlay would
 * show: a row per student read, and as warnings the layout's notes and, for a student who
 * could not be read, why — worded in bokmål as the popup words them; `notes` keeps them as codes. The page is unreadable when locate says so, or when it found students
 * and none of them could be read.
 */
export function readAsOverlay(reader: PortalAdapter, doc: Document, url: URL, options: ReadOptions): PageRead {
  const located = reader.locateInSteps ? runToEnd(reader.locateInSteps(doc, url, options)) : reader.locate(doc, url, options);
  if (!located.ok) return located;
  const { layout } = located;
  const rows: ReadingRow[] = [];
  const unread: string[] = [];
  const unreadNotes: PageNote[] = [];
  const missing = new Map<string, ReadProblem>();
  const seen = new Set<string>();
  for (const slot of layout.slots) {
    if (seen.has(slot.key)) continue;
    seen.add(slot.key);
    const row = reader.readStudent(layout, slot, options);
    if (isCouldNotRead(row)) {
      unread.push(`kunne ikke lese «${nameIn(slot.anchor) || slot.key}»: ${row.missing.map((problem) => pageNoteWords(nb, problem)).join('; ')}`);
      unreadNotes.push(...row.missing);
      for (const problem of row.missing) missing.set(JSON.stringify(problem), problem);
    } else {
      rows.push(row);
    }
  }
  if (seen.size > 0 && rows.length === 0) return { ok: false, missing: [...missing.values()] };
  // readStudent may add notes to layout.warnings, so they are taken after every student is read.
  const candidate = {
    portal: reader.id,
    pageType: layout.pageType,
    ...(layout.school ? { school: layout.school } : {}),
    ...(layout.className ? { className: layout.className } : {}),
    ...(layout.pageDate ? { pageDate: layout.pageDate } : {}),
    ...(layout.shownPeriod ? { shownPeriod: layout.shownPeriod } : {}),
    rows,
    warnings: [...layout.warnings.map((note) => pageNoteWords(nb, note)), ...unread],
  };
  const parsed = Reading.safeParse(candidate);
  if (!parsed.success) throw new Error(`the reading does not fit the schema: ${issuesForLog(fieldIssues(parsed.error, candidate))}`);
  return { ok: true, reading: parsed.data, layout, notes: [...layout.warnings, ...unreadNotes] };
}
