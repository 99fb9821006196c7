import type { IsoDate, PageType, ReadingRow, ShownPeriod } from '../model';
import type { PageNote, PageProblem, RowProblem } from './read-problem';
import type { Steps } from './steps';

/**
 * A page reader: finds where on a page the students are (locate) and reads one student at a
 * time (readStudent), so that a live edit re-reads only the student it touched. Each portal is
 * one (lib/portals/portal.ts, definePortal); the generic table reader is the fallback.
 *
 * Readers never throw: every failure becomes a "could not read" with what was missing, as codes
 * (lib/portals/read-problem.ts) that the UI words.
 */
export interface PortalAdapter {
  id: string;
  /** Shown to the teacher, e.g. "Visma Flyt Skole". */
  name: string;
  matchesUrl(url: URL): boolean;
  /** Finds the students on the page. Cheap enough to run again when rows are added or removed. */
  locate(doc: Document, url: URL, options: ReadOptions): LocateResult;
  /**
   * The same as `locate`, in steps (lib/portals/steps.ts), for a reader that can meet a very long
   * table: the overlay runs it in short slices so that the page stays responsive meanwhile.
   */
  locateInSteps?(doc: Document, url: URL, options: ReadOptions): Steps<LocateResult>;
  /** Reads one student's absence from the elements `locate` found for it. */
  readStudent(layout: PageLayout, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem>;
}

export interface ReadOptions {
  /** Today's date, for pages that show dates without a year ("man. 24. nov."). */
  asOf: IsoDate;
  /** The teacher's overrides of the portal's absence-code table (code → meaning). */
  codeOverrides?: Record<string, AbsenceCodeMeaning>;
  /** The column mapping the teacher taught for this site (generic reader only). */
  taughtMapping?: TaughtMapping;
}

/** What one portal absence code means. */
export interface AbsenceCodeMeaning {
  description: string;
  kind: 'day' | 'lesson' | 'late' | 'leftEarly' | 'present';
  documented: boolean | null;
  notified: boolean | null;
  countsTowardLimit: boolean;
}

/** A mapping saved by teach mode: CSS-free, so it survives re-renders. */
export interface TaughtMapping {
  /** Index of the table on the page, counting every <table> and [role=table|grid]. */
  tableIndex: number;
  nameColumn: number;
  absenceColumns: number[];
  /** What each absence column holds. */
  columnMeaning: Array<'days' | 'lessons' | 'late' | 'percent' | 'codes'>;
}

/** What a reader found on a page; `Context` is the reader's own details that readStudent needs. */
export interface PageLayout<Context = unknown> {
  adapterId: string;
  pageType: PageType;
  school?: string;
  className?: string;
  pageDate?: IsoDate;
  /** The date range the page shows (its date columns, its filter, its stated period). */
  shownPeriod?: ShownPeriod;
  slots: StudentSlot[];
  /** Reader-private details (column indices, date headers …) that readStudent needs. */
  context: Context;
  /** What the reader noticed and read around (and readStudent may add to). */
  warnings: PageNote[];
}

export interface StudentSlot {
  /** The student's portal-local key: the same student gives the same key on every visit. */
  key: string;
  /** Where the badge goes: the element holding the student's name. */
  anchor: Element;
  /** Every element whose content makes up this student's reading (a row, or several). */
  elements: Element[];
}

export interface CouldNotRead<Problem = PageProblem | RowProblem> {
  ok: false;
  /** What was missing, as codes, e.g. [{ code: 'no-name-column' }]; never empty. */
  missing: Problem[];
}

export type LocateResult<Context = unknown> = { ok: true; layout: PageLayout<Context> } | CouldNotRead<PageProblem>;

export function isCouldNotRead<T>(value: T): value is Extract<T, CouldNotRead<unknown>> {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
