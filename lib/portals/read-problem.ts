import { z } from 'zod';

/**
 * Why a reader could not read a page or a student, as a code with what the UI needs to word it
 * (the header words it looked for, the text it could not read, the student's name). Readers
 * never word a reason: the UI does, in the teacher's language (components/common/*-problem-words.ts),
 * and TypeScript checks that every code has its words.
 *
 * Header words in parameters are the page's own (Norwegian) words, shown as the page prints them.
 * Schemas are written from `z` calls only, so that the content script's bundle drops them
 * (docs/DECISIONS.md, "The content script carries no zod").
 */

/** Which part of a portal's pages a reader looked in: its class overview, a student's list, the register. */
export const PortalPart = z.enum(['overview', 'list', 'register']);
export type PortalPart = z.infer<typeof PortalPart>;

/** The step of reading that threw: matching the address, finding the students, reading one. */
export const ReadStep = z.enum(['url', 'locate', 'readStudent']);
export type ReadStep = z.infer<typeof ReadStep>;

/**
 * Why a page could not be read at all (a reader's locate). The page's indicator and the popup show
 * these, so they travel in the page summary and are checked there like every message.
 */
export const PageProblem = z.discriminatedUnion('code', [
  /** No table (nor role=table/grid) anywhere on the page. */
  z.object({ code: z.literal('no-table') }),
  /** Tables, but none the generic reader could use as a list of students. */
  z.object({ code: z.literal('no-student-table') }),
  /** No table with a column of names ("Navn", "Elev"). */
  z.object({ code: z.literal('no-name-column') }),
  /** A table of names with no column of absence; `columns`: the headers a portal reader looked for. */
  z.object({ code: z.literal('no-absence-column'), columns: z.optional(z.array(z.string())) }),
  /** A table of figures where no row holds a student's name: it lists something else (classes, groups). */
  z.object({ code: z.literal('no-student-names') }),
  /** A dated list of students whose every date is after the as-of day: something planned, not absence. */
  z.object({ code: z.literal('dates-ahead') }),
  /** A table of students whose rows are still empty placeholders: the figures are not loaded yet. */
  z.object({ code: z.literal('rows-not-loaded') }),
  /** A table of students with no rows, beside an error the page shows: the figures failed to load. */
  z.object({ code: z.literal('page-shows-error') }),
  /** The taught table (counting from 1) is not on the page, which has `tables` tables. */
  z.object({ code: z.literal('taught-table-missing'), table: z.number(), tables: z.number() }),
  /** The taught mapping does not hold together (no absence column, or meanings and columns differ). */
  z.object({ code: z.literal('taught-mapping-incomplete') }),
  /** The taught table (counting from 1) has no column `column` (counting from 1). */
  z.object({ code: z.literal('taught-column-missing'), table: z.number(), column: z.number() }),
  /** A taught column of codes (counting from 1) whose header holds no date, so its codes cannot be dated. */
  z.object({ code: z.literal('taught-column-undated'), column: z.number(), header: z.string() }),
  /** None of the headings that tell a portal's pages apart. */
  z.object({ code: z.literal('no-headings'), headings: z.array(z.string()) }),
  /**
   * No table with these columns; `oneOf`: and one of these columns too; `figures`: and absence figures.
   */
  z.object({
    code: z.literal('no-table-with'),
    columns: z.array(z.string()),
    oneOf: z.optional(z.array(z.string())),
    figures: z.optional(z.boolean()),
  }),
  /** The table was found, but not its column `column`. */
  z.object({ code: z.literal('no-column'), column: z.string(), part: PortalPart }),
  /** The table was found, but no student in it. */
  z.object({ code: z.literal('no-students'), part: PortalPart }),
  /** A student's page without the student's id (a link to the student, or the attribute `attribute`). */
  z.object({ code: z.literal('no-student-id'), attribute: z.string() }),
  /** A student's page without the student's name. */
  z.object({ code: z.literal('no-student-name') }),
  /** A register without its date (the field labelled `field`). */
  z.object({ code: z.literal('no-page-date'), field: z.string() }),
  /** A register without date columns, which look like `example`. */
  z.object({ code: z.literal('no-date-columns'), example: z.string() }),
  /** The page's embedded absence data was no valid JSON, or had a shape the reader does not know (`detail`: where, in the check's words). */
  z.object({ code: z.literal('embedded-data-not-json') }),
  z.object({ code: z.literal('embedded-data-unexpected'), detail: z.string() }),
  /** The page's reader could not be loaded into the page. */
  z.object({ code: z.literal('reader-not-loaded') }),
  /** The page's layout came from another reader (a page that changed reader between two reads). */
  z.object({ code: z.literal('other-reader') }),
  /** The reader threw at `step`; `message` is the error's own (technical, untranslated) text. */
  z.object({ code: z.literal('unexpected-error'), step: ReadStep, message: z.string() }),
]);
export type PageProblem = z.infer<typeof PageProblem>;

/** One value of a student's reading that does not fit the Reading schema: where, and what the schema says. */
export interface RowIssue {
  /** Where in the reading, e.g. "events[2].date". */
  path: string;
  /** The schema's own (technical, English) words. */
  message: string;
  /** What the reader found there, shortened. */
  found?: string;
}

/** A code of the portal's that neither the portal's table nor the teacher's overrides know, and the day it was on. */
export interface UnknownCode {
  text: string;
  date?: string;
}

/** Why one student could not be read (a reader's readStudent). `student` is the name as the page shows it. */
export type RowProblem =
  | { code: 'other-reader' }
  | { code: 'reader-not-loaded' }
  | { code: 'unexpected-error'; step: ReadStep; message: string }
  | { code: 'no-student-name' }
  | { code: 'student-not-found'; key: string }
  | { code: 'row-gone'; student?: string }
  | { code: 'invalid-row'; student: string; issues: RowIssue[] }
  /** A column headed only "Fravær": days or lessons, the page does not say. */
  | { code: 'column-unit-unclear'; header: string; student: string }
  /** Two columns each give the same count, neither a total, with different figures: which is it, the page does not say. */
  | { code: 'columns-disagree'; first: string; second: string; student: string }
  | { code: 'unreadable-value'; text: string; header: string; student?: string }
  | { code: 'no-figures'; student: string }
  | { code: 'unknown-codes'; codes: UnknownCode[]; student?: string }
  | { code: 'unreadable-date'; text: string; header?: string; student?: string }
  | { code: 'no-date'; student: string }
  | { code: 'end-before-start'; start: string; end: string; student: string }
  | { code: 'unknown-absence-type'; text: string; date: string }
  | { code: 'unreadable-minutes'; text: string; date?: string; student?: string }
  | { code: 'no-code'; date: string };

/**
 * What a reader noticed on a page it could read around: a partial table, a row it skipped, a
 * value it left out. Kept with the page's layout.
 */
export type PageNote =
  /**
   * A note about one student's row carries that row's key (StudentSlot.key) where the reader
   * knows it: two students on a page may share a name, never a key.
   */
  | (RowProblem & { row?: string })
  /** The table is split into pages; only the one shown was read. */
  | { code: 'paginated' }
  /** More than one table of students; only the first was read. */
  | { code: 'several-tables' }
  /** The table counts one subject's absence (a subject teacher's table): a part of each student's, not the whole. */
  | { code: 'one-subject'; subject: string }
  | { code: 'empty-table' }
  /** A row with a name but no student id, which was left out. */
  | { code: 'row-without-id'; name: string }
  /** An optional column the reader did not find; what it would have said is unknown. */
  | { code: 'column-not-found'; column: string }
  /** Embedded data the reader could not use, and read the page's table instead. */
  | Extract<PageProblem, { code: 'embedded-data-not-json' | 'embedded-data-unexpected' }>;

/** Every reason a reader gives. */
export type ReadProblem = PageProblem | RowProblem;

/** The longest text of the page a note keeps when the popup takes it in. */
const MAX_NOTE_TEXT = 2000;

/**
 * A text of the page in a note: a page may write anything in a cell (a paragraph, an icon painted
 * from a data URL), so a long one is clipped, not refused; refusing it would lose the whole summary.
 */
const Text = z.string().transform((text) => (text.length > MAX_NOTE_TEXT ? `${text.slice(0, MAX_NOTE_TEXT - 1)}…` : text));
const Student = z.optional(Text);

/**
 * The notes as the page's summary carries them to the popup (lib/messaging/protocol.ts), checked
 * there like every message. TypeScript holds the schema to PageNote.
 */
export const PageNoteSchema: z.ZodType<PageNote> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('other-reader') }),
  z.object({ code: z.literal('reader-not-loaded') }),
  z.object({ code: z.literal('unexpected-error'), step: ReadStep, message: Text }),
  z.object({ code: z.literal('no-student-name') }),
  z.object({ code: z.literal('student-not-found'), key: Text }),
  z.object({ code: z.literal('row-gone'), student: Student }),
  z.object({
    code: z.literal('invalid-row'),
    student: Text,
    issues: z.array(z.object({ path: Text, message: Text, found: z.optional(Text) })).max(50),
  }),
  z.object({ code: z.literal('column-unit-unclear'), header: Text, student: Text }),
  z.object({ code: z.literal('columns-disagree'), first: Text, second: Text, student: Text }),
  z.object({ code: z.literal('unreadable-value'), text: Text, header: Text, student: Student }),
  z.object({ code: z.literal('no-figures'), student: Text }),
  z.object({ code: z.literal('unknown-codes'), codes: z.array(z.object({ text: Text, date: z.optional(Text) })).max(100), student: Student }),
  z.object({ code: z.literal('unreadable-date'), text: Text, header: z.optional(Text), student: Student }),
  z.object({ code: z.literal('no-date'), student: Text }),
  z.object({ code: z.literal('end-before-start'), start: Text, end: Text, student: Text }),
  z.object({ code: z.literal('unknown-absence-type'), text: Text, date: Text }),
  z.object({ code: z.literal('unreadable-minutes'), text: Text, date: z.optional(Text), student: Student }),
  z.object({ code: z.literal('no-code'), date: Text }),
  z.object({ code: z.literal('paginated') }),
  z.object({ code: z.literal('several-tables') }),
  z.object({ code: z.literal('one-subject'), subject: Text }),
  z.object({ code: z.literal('empty-table') }),
  z.object({ code: z.literal('row-without-id'), name: Text }),
  z.object({ code: z.literal('column-not-found'), column: Text }),
  z.object({ code: z.literal('embedded-data-not-json') }),
  z.object({ code: z.literal('embedded-data-unexpected'), detail: Text }),
]);
