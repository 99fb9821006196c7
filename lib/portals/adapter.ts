import type { IsoDate, PageType, Reading, ReadingRow, ShownPeriod } from '../model';

/**
 * A portal adapter: finds where on a page the students are (locate) and reads one student at a
 * time (readStudent), so that a live edit re-reads only the student it touched.
 *
 * Adapters never throw: every failure becomes a "could not read" with what was missing.
 * What changes when a portal redesigns (selectors, header words, code tables) sits in a data
 * object at the top of each adapter's file.
 */
export interface PortalAdapter {
  id: string;
  /** Shown to the teacher, e.g. "Visma Flyt Skole". */
  name: string;
  /** The guideline profile used until the teacher picks one. */
  defaultProfileId: string;
  matchesUrl(url: URL): boolean;
  /** Finds the students on the page. Cheap enough to run again when rows are added or removed. */
  locate(doc: Document, url: URL, options: ReadOptions): LocateResult;
  /** Reads one student's absence from the elements `locate` found for it. */
  readStudent(layout: PageLayout, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead;
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

export interface PageLayout {
  adapterId: string;
  pageType: PageType;
  school?: string;
  className?: string;
  pageDate?: IsoDate;
  /** The date range the page shows (its date columns, its filter, its stated period). */
  shownPeriod?: ShownPeriod;
  slots: StudentSlot[];
  /** Adapter-private details (column indices, date headers …) that readStudent needs. */
  context: unknown;
  warnings: string[];
}

export interface StudentSlot {
  /** The student's portal-local key: the same student gives the same key on every visit. */
  key: string;
  /** Where the badge goes: the element holding the student's name. */
  anchor: Element;
  /** Every element whose content makes up this student's reading (a row, or several). */
  elements: Element[];
}

export interface CouldNotRead {
  ok: false;
  /** What was missing, in plain Norwegian, e.g. ["fant ingen tabell med kolonnen «Navn»"]. */
  missing: string[];
}

export type LocateResult = { ok: true; layout: PageLayout } | CouldNotRead;

export type ReadResult = { ok: true; reading: Reading; layout: PageLayout } | CouldNotRead;

export function isCouldNotRead(value: unknown): value is CouldNotRead {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
