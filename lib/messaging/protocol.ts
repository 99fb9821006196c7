import { z } from 'zod';
import { IsoDate, Level, levelRank, ReadingRow, SchoolCalendar, ShownPeriod } from '../model';
import type { Language } from '../store/settings';
import { TaughtMappingSchema } from '../portals/teach-mapping';
import type { AbsenceCodeMeaning, TaughtMapping } from '../portals/adapter';
import { PageNoteSchema, PageProblem } from '../portals/read-problem';
import { OVERLAY_PARTS } from '../overlay/overlay-parts';
import type { PageProfile } from '../guidelines/page-profile';

/**
 * The typed protocol between the content script (portal origin) and the extension's own pages and
 * background. Every message is validated with zod on arrival; anything that does not parse is
 * refused and logged, never acted on.
 *
 * What may cross from the extension to the page is limited by design: the page gets public,
 * derived data only (profile, settings it needs to read the page, and per-student case *status*:
 * guideline step ids and dates — never a note, a name typed by the teacher, or free text).
 */

const StudentKey = z.string().min(1).max(200);
const MAX_SNAPSHOT_CHARS = 5_000_000;

/** Requests the content script sends to the background. */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getPageConfig'), portal: z.string().max(64), siteKey: z.string().max(300) }),
  /** The reader for the frame's page, injected into the frame that asks unless it says it has it. */
  z.object({ type: z.literal('loadReader'), url: z.string().max(8192), loaded: z.array(z.string().max(64)).max(16) }),
  /** A part of the overlay the content script does not carry, injected into the frame that asks. */
  z.object({ type: z.literal('loadOverlayPart'), part: z.enum(OVERLAY_PARTS) }),
  z.object({ type: z.literal('getCaseStatus'), studentKeys: z.array(StudentKey).max(25_000) }),
  z.object({
    type: z.literal('openStudentPage'),
    portal: z.string().max(64),
    profileId: z.string().max(200),
    school: z.string().max(300).optional(),
    /** What the student page opens with: the notes, or straight to exporting the kartleggingsskjema. */
    intent: z.enum(['notes', 'exportMappingForm']),
    /** The date the page was evaluated for, so the student page shows the same assessment. */
    asOf: IsoDate,
    // A whole school year of lessons is a few thousand events; far more is not a real page.
    row: /* @__PURE__ */ ReadingRow.refine((row) => row.events.length <= 20_000, { message: 'too many absence events' }),
    /** The date range the page shows, so the student page states the period of its figures. */
    shownPeriod: z.optional(ShownPeriod),
  }),
  z.object({ type: z.literal('setScreenShare'), on: z.boolean() }),
  z.object({ type: z.literal('saveTaughtMapping'), siteKey: z.string().max(300), mapping: TaughtMappingSchema }),
  z.object({ type: z.literal('saveSnapshot'), html: z.string().max(MAX_SNAPSHOT_CHARS) }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/**
 * A student's case *status*: which guideline steps are done and when, when a samarbeidsavtale was
 * signed, whether the case is closed. Step ids and dates only — who did it, notes and free text
 * stay in the extension's origin.
 */
export const CaseStatus = z.object({
  steps: z.array(z.object({ stepId: z.string().max(200), doneOn: IsoDate })).max(200),
  openedOn: IsoDate,
  agreementSignedOn: z.optional(IsoDate),
  closedOn: z.optional(IsoDate),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * What the background tells a portal page: the guideline profile it applies (checked by the
 * background, and only the part the overlay uses) and the settings it needs to read the page.
 * The content script takes it as checked (lib/messaging/from-background.ts).
 */
export interface PageConfig {
  profile: PageProfile | null;
  codeOverrides: Record<string, AbsenceCodeMeaning>;
  screenShare: boolean;
  /** Apply rules marked as Nærværsradar defaults (options: on unless the teacher switched them off). */
  ownDefaults: boolean;
  taughtMapping: TaughtMapping | null;
  calendar: SchoolCalendar | null;
  language: Language;
}

export const CaseStatusResponse = z.object({
  locked: z.boolean(),
  statuses: z.record(z.string(), CaseStatus),
});
export type CaseStatusResponse = z.infer<typeof CaseStatusResponse>;

/** Messages the background or the popup sends to a portal tab's content script. */
export const TabMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('screenShareChanged'), on: z.boolean() }),
  z.object({ type: z.literal('settingsChanged') }),
  z.object({ type: z.literal('caseStatusChanged') }),
  z.object({ type: z.literal('getPageSummary') }),
  z.object({ type: z.literal('startTeachMode') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

export const PageSummary = z.object({
  portal: z.string(),
  portalName: z.string(),
  readable: z.boolean(),
  missing: z.array(PageProblem),
  /** What the reader noted about no student the page lists: the page as a whole, a row left out. */
  notes: z.array(PageNoteSchema).max(100).default([]),
  counts: z.object({ ok: z.number(), unknown: z.number(), watch: z.number(), concern: z.number(), serious: z.number() }),
  urgent: z.array(
    z.object({
      studentName: z.string(),
      level: Level,
      /** The next step's title; null for a student only "på vei". */
      step: z.string().nullable(),
      deadline: z.nullable(IsoDate),
      overdue: z.boolean(),
      /** The forecast line when a rule is expected to fire within three school weeks. */
      onCourse: z.string().nullable().default(null),
    }),
  ),
  screenShare: z.boolean(),
  /** The day the page was evaluated on (the class list prints it). */
  asOf: z.optional(IsoDate),
});
export type PageSummary = z.infer<typeof PageSummary>;
export type UrgentItem = PageSummary['urgent'][number];

/**
 * The class at a glance, most urgent first: an overdue step, then concern or serious, then "på
 * vei", then the rest; within each, the higher level, then the earlier deadline.
 */
export function compareUrgency(a: UrgentItem, b: UrgentItem): number {
  const rank = (item: UrgentItem) =>
    item.overdue ? 0 : item.level === 'serious' || item.level === 'concern' ? 1 : item.onCourse ? 2 : 3;
  return (
    rank(a) - rank(b) ||
    levelRank(b.level) - levelRank(a.level) ||
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
    a.studentName.localeCompare(b.studentName, 'nb')
  );
}

export type Refusal = { refused: true; reason: string };

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { refused?: unknown }).refused === true;
}

/** Requests only the extension's own pages (student page, options, popup) may send to the background. */
export const ExtensionPageRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('broadcast'), message: TabMessage }),
  z.object({ type: z.literal('setScreenShare'), on: z.boolean() }),
  z.object({ type: z.literal('vaultActivity') }),
]);
export type ExtensionPageRequest = z.infer<typeof ExtensionPageRequest>;
