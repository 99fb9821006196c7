import { z } from 'zod';
import { CaseRecord } from './case';
import { IsoDate } from './date';

/**
 * What a teacher keeps about one student: private, stored only encrypted in the extension's own
 * origin (lib/store/vault.ts). The shape follows the guidelines' own working tools:
 * - a contact log ("Kontakt med elev" / "Kontakt med foresatte", Rælingen's kartleggingsskjema 1,
 *   items 5–6; "Laget rundt eleven", Trøndelag);
 * - Trøndelag's Kartlegging: "Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende
 *   faktorer?";
 * - Trøndelag's "Kartlegging av stress": stressors ranked 1–6, or graded Lett / Middels /
 *   Vanskelig / Umulig on a staircase.
 */

/**
 * A moment in time, always in the form `Date.prototype.toISOString()` produces
 * ("2026-11-23T08:15:00.000Z"): UTC and millisecond precision, so that comparing two stamps as
 * strings is comparing them in time (merges and the updatedAt index rely on that).
 */
export const IsoTimestamp = z.iso.datetime({
  precision: 3,
  error: 'expected a UTC timestamp as produced by toISOString(), e.g. 2026-11-23T08:15:00.000Z',
});
export type IsoTimestamp = z.infer<typeof IsoTimestamp>;

/** Who the teacher was in contact with, in the guidelines' own names for the parties. */
export const ContactParty = z.enum([
  'elev',
  'foresatte',
  'ledelse',
  'kontaktlaerer',
  'helsesykepleier',
  'PPT',
  'UngdomsLOS',
  'barnevern',
  'NAV',
  'OT',
  'BUP',
  'annen',
]);
export type ContactParty = z.infer<typeof ContactParty>;

export const ContactLogEntry = z.object({
  id: z.string().min(1),
  date: IsoDate,
  withWhom: ContactParty,
  /** What was said and agreed, in the teacher's words. */
  agreed: z.string(),
  updatedAt: IsoTimestamp,
});
export type ContactLogEntry = z.infer<typeof ContactLogEntry>;

/** Trøndelag, Kartlegging: nærværsfaktorer, utløsende faktorer, opprettholdende faktorer. */
export const Mapping = z.object({
  naervaersfaktorer: z.string(),
  utlosendeFaktorer: z.string(),
  opprettholdendeFaktorer: z.string(),
});
export type Mapping = z.infer<typeof Mapping>;

export const emptyMapping = (): Mapping => ({
  naervaersfaktorer: '',
  utlosendeFaktorer: '',
  opprettholdendeFaktorer: '',
});

/** Trøndelag, "Kartlegging av stress": the staircase grades. */
export const StressGrade = z.enum(['Lett', 'Middels', 'Vanskelig', 'Umulig']);
export type StressGrade = z.infer<typeof StressGrade>;

export const StressItem = z.object({
  id: z.string().min(1),
  situation: z.string(),
  /** Rank among the stressors, 1–6 as in the source's exercise; null until ranked. */
  rank: z.number().int().min(1).max(6).nullable(),
  grade: z.nullable(StressGrade),
});
export type StressItem = z.infer<typeof StressItem>;

/**
 * A dated reminder ("evaluer samarbeidsavtalen", "ring foresatte igjen"). The text stays inside
 * the encrypted record; the store keeps a clear-text projection (id, student key, date) so that a
 * locked background can still say that something is due without knowing what.
 */
export const Reminder = z.object({
  id: z.string().min(1),
  dueOn: IsoDate,
  text: z.string(),
  done: z.boolean(),
  updatedAt: IsoTimestamp,
});
export type Reminder = z.infer<typeof Reminder>;

/**
 * Whose consent a note needs before it goes into an exported form ("hva synes du er greit at jeg
 * sier"): the student's and the parents' are kept apart.
 */
export const ConsentParty = z.enum(['elev', 'foresatte']);
export type ConsentParty = z.infer<typeof ConsentParty>;

/**
 * One consent, as the teacher records it: `item` is what it covers (a contact-log entry's id, or
 * "<form id>/<field id>" for a note that fills a whole field), `by` who gave it, `givenOn` the day.
 */
export const NoteConsent = z.object({
  item: z.string().min(1),
  by: ConsentParty,
  givenOn: IsoDate,
  recordedAt: IsoTimestamp,
});
export type NoteConsent = z.infer<typeof NoteConsent>;

/** One exported form: which, as what, when, and the consents its notes went out under. */
export const ExportLogEntry = z.object({
  formId: z.string().min(1),
  format: z.enum(['docx', 'pdf']),
  on: IsoDate,
  at: IsoTimestamp,
  consents: z.array(/* @__PURE__ */ NoteConsent.pick({ item: true, by: true, givenOn: true })),
});
export type ExportLogEntry = z.infer<typeof ExportLogEntry>;

export const StudentRecord = z.object({
  /** The portal-local key (Student.key) — an id, never a name. */
  studentKey: z.string().min(1),
  portal: z.string().min(1),
  displayName: z.string(),
  className: z.string().optional(),
  caseRecord: z.nullable(CaseRecord),
  contactLog: z.array(ContactLogEntry),
  mapping: Mapping,
  stress: z.array(StressItem),
  /** Added in schema v2; records written before it have none. */
  reminders: z.array(Reminder).default([]),
  /** Added in schema v3 (inside the encrypted record, like everything here); older records have none. */
  consents: z.array(NoteConsent).default([]),
  exports: z.array(ExportLogEntry).default([]),
  freeText: z.string(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  /** The day the teacher closed this student's file; retention counts from here. */
  closedAt: z.optional(IsoDate),
});
export type StudentRecord = z.infer<typeof StudentRecord>;
/** What a caller may hand in: `reminders`, `consents` and `exports` may be left out. */
export type StudentRecordInput = z.input<typeof StudentRecord>;
