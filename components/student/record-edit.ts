import type {
  CaseOutcome,
  CaseRecord,
  ContactLogEntry,
  ContactParty,
  IsoDate,
  ConsentParty,
  ExportLogEntry,
  IsoTimestamp,
  Mapping,
  Reminder,
  StepProgress,
  StressItem,
  StudentRecord,
} from '../../lib/model';
import { emptyMapping } from '../../lib/model';
import { portalCaseStatusFor } from '../../lib/store/case-status';
import type { StudentHandoff } from '../../lib/store/student-handoff.browser';

/**
 * Every change the student page makes to a StudentRecord, as pure functions: the record in, a new
 * record out, never mutated. `now` (a toISOString() stamp) comes from the caller, so these never
 * read the clock; ids come from the caller too.
 */

/** The first version of a student's record, made from what the portal page handed over. */
export function recordFromHandoff(handoff: Pick<StudentHandoff, 'portal' | 'row'>, now: IsoTimestamp): StudentRecord {
  const student = handoff.row.student;
  return {
    studentKey: student.key,
    portal: handoff.portal,
    displayName: student.name,
    ...(student.className !== undefined ? { className: student.className } : {}),
    caseRecord: null,
    contactLog: [],
    mapping: emptyMapping(),
    stress: [],
    reminders: [],
    consents: [],
    exports: [],
    freeText: '',
    createdAt: now,
    updatedAt: now,
  };
}

const stamped = (record: StudentRecord, now: IsoTimestamp): StudentRecord => ({ ...record, updatedAt: now });

// --- contact log ----------------------------------------------------------------------------

export type ContactInput = Pick<ContactLogEntry, 'id' | 'date' | 'withWhom' | 'agreed'>;
export type ContactPatch = Partial<Pick<ContactLogEntry, 'date' | 'withWhom' | 'agreed'>>;

export function addContact(record: StudentRecord, entry: ContactInput, now: IsoTimestamp): StudentRecord {
  return stamped({ ...record, contactLog: [...record.contactLog, { ...entry, updatedAt: now }] }, now);
}

export function updateContact(record: StudentRecord, id: string, patch: ContactPatch, now: IsoTimestamp): StudentRecord {
  if (!record.contactLog.some((entry) => entry.id === id)) return record;
  const contactLog = record.contactLog.map((entry) => (entry.id === id ? { ...entry, ...patch, updatedAt: now } : entry));
  return stamped({ ...record, contactLog }, now);
}

export function removeContact(record: StudentRecord, id: string, now: IsoTimestamp): StudentRecord {
  if (!record.contactLog.some((entry) => entry.id === id)) return record;
  return stamped({ ...record, contactLog: record.contactLog.filter((entry) => entry.id !== id) }, now);
}

/** Newest first, for reading; entries of the same day keep the order they were written in, newest first. */
export function contactsNewestFirst(log: readonly ContactLogEntry[]): ContactLogEntry[] {
  return log
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : b.index - a.index))
    .map(({ entry }) => entry);
}

// --- mapping, stress, free text -------------------------------------------------------------

export function setMapping(record: StudentRecord, key: keyof Mapping, text: string, now: IsoTimestamp): StudentRecord {
  return stamped({ ...record, mapping: { ...record.mapping, [key]: text } }, now);
}

export function addStress(record: StudentRecord, id: string, now: IsoTimestamp): StudentRecord {
  return stamped({ ...record, stress: [...record.stress, { id, situation: '', rank: null, grade: null }] }, now);
}

export function updateStress(
  record: StudentRecord,
  id: string,
  patch: Partial<Pick<StressItem, 'situation' | 'rank' | 'grade'>>,
  now: IsoTimestamp,
): StudentRecord {
  if (!record.stress.some((item) => item.id === id)) return record;
  return stamped({ ...record, stress: record.stress.map((item) => (item.id === id ? { ...item, ...patch } : item)) }, now);
}

export function removeStress(record: StudentRecord, id: string, now: IsoTimestamp): StudentRecord {
  if (!record.stress.some((item) => item.id === id)) return record;
  return stamped({ ...record, stress: record.stress.filter((item) => item.id !== id) }, now);
}

export function setFreeText(record: StudentRecord, text: string, now: IsoTimestamp): StudentRecord {
  return stamped({ ...record, freeText: text }, now);
}

// --- reminders ------------------------------------------------------------------------------

export function addReminder(
  record: StudentRecord,
  reminder: Pick<Reminder, 'id' | 'dueOn' | 'text'>,
  now: IsoTimestamp,
): StudentRecord {
  return stamped({ ...record, reminders: [...record.reminders, { ...reminder, done: false, updatedAt: now }] }, now);
}

export function setReminderDone(record: StudentRecord, id: string, done: boolean, now: IsoTimestamp): StudentRecord {
  if (!record.reminders.some((r) => r.id === id)) return record;
  return stamped({ ...record, reminders: record.reminders.map((r) => (r.id === id ? { ...r, done, updatedAt: now } : r)) }, now);
}

export function removeReminder(record: StudentRecord, id: string, now: IsoTimestamp): StudentRecord {
  if (!record.reminders.some((r) => r.id === id)) return record;
  return stamped({ ...record, reminders: record.reminders.filter((r) => r.id !== id) }, now);
}

/** Open reminders due on or before asOf: the ones the page highlights. */
export function isReminderDue(reminder: Reminder, asOf: IsoDate): boolean {
  return !reminder.done && reminder.dueOn <= asOf;
}

/** Open reminders first (earliest due first), done ones after. */
export function remindersInOrder(reminders: readonly Reminder[]): Reminder[] {
  return [...reminders].sort((a, b) => Number(a.done) - Number(b.done) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

// --- case progress --------------------------------------------------------------------------

/** What a case needs when the first step is recorded: the profile it follows and the day it opened. */
export interface CaseContext {
  profileId: string;
  /** The page's asOf: the day the teacher recorded the first step. */
  openedOn: IsoDate;
}

function withCase(record: StudentRecord, context: CaseContext, change: (caseRecord: CaseRecord) => CaseRecord, now: IsoTimestamp) {
  const current: CaseRecord = record.caseRecord ?? {
    studentKey: record.studentKey,
    profileId: context.profileId,
    openedOn: context.openedOn,
    steps: [],
  };
  return stamped({ ...record, caseRecord: change(current) }, now);
}

/** Records a step as done on `doneOn` by `doneBy` (free text; left out when blank). Opens the case if needed. */
export function markStepDone(
  record: StudentRecord,
  step: { stepId: string; doneOn: IsoDate; doneBy?: string },
  context: CaseContext,
  now: IsoTimestamp,
): StudentRecord {
  const doneBy = step.doneBy?.trim();
  const progress: StepProgress = { stepId: step.stepId, doneOn: step.doneOn, ...(doneBy ? { doneBy } : {}) };
  return withCase(record, context, (c) => ({ ...c, steps: [...c.steps, progress] }), now);
}

/** Takes back one "done" record: the `occurrence`-th record of that step, in the order they were made. */
export function unmarkStepDone(record: StudentRecord, stepId: string, occurrence: number, now: IsoTimestamp): StudentRecord {
  const caseRecord = record.caseRecord;
  if (!caseRecord) return record;
  let seen = -1;
  const index = caseRecord.steps.findIndex((s) => s.stepId === stepId && ++seen === occurrence);
  if (index < 0) return record;
  return stamped({ ...record, caseRecord: { ...caseRecord, steps: caseRecord.steps.filter((_, i) => i !== index) } }, now);
}

/** The records of one step, oldest first. */
export function stepRecords(record: StudentRecord, stepId: string): StepProgress[] {
  return (record.caseRecord?.steps ?? []).filter((s) => s.stepId === stepId);
}

/** "Samarbeidsavtale signert": the engine counts "innen tre uker" from this date. */
export function signAgreement(record: StudentRecord, signedOn: IsoDate, context: CaseContext, now: IsoTimestamp): StudentRecord {
  return withCase(record, context, (c) => ({ ...c, agreementSignedOn: signedOn }), now);
}

export function clearAgreement(record: StudentRecord, now: IsoTimestamp): StudentRecord {
  const caseRecord = record.caseRecord;
  if (!caseRecord || caseRecord.agreementSignedOn === undefined) return record;
  const { agreementSignedOn: _signed, ...rest } = caseRecord;
  return stamped({ ...record, caseRecord: rest }, now);
}

/**
 * Closes the case with the guideline's outcome. Both the case and the record carry the day:
 * the engine stops proposing steps from caseRecord.closed, retention counts from record.closedAt.
 */
export function closeCase(
  record: StudentRecord,
  closing: { on: IsoDate; outcome: CaseOutcome },
  context: CaseContext,
  now: IsoTimestamp,
): StudentRecord {
  const closed = withCase(record, context, (c) => ({ ...c, closed: { on: closing.on, outcome: closing.outcome } }), now);
  return { ...closed, closedAt: closing.on };
}

export function reopenCase(record: StudentRecord, now: IsoTimestamp): StudentRecord {
  const { closedAt: _closedAt, ...rest } = record;
  const caseRecord = record.caseRecord;
  if (!caseRecord) return stamped(rest, now);
  const { closed: _closed, ...openCase } = caseRecord;
  return stamped({ ...rest, caseRecord: openCase }, now);
}

/**
 * Whether the facts the portal's badges show (step ids, dates, signed, closed) differ: only then
 * do the open portal tabs need to be told.
 */
export function caseStatusChanged(before: StudentRecord | null, after: StudentRecord | null): boolean {
  const status = (record: StudentRecord | null) => (record ? JSON.stringify(portalCaseStatusFor(record)) : 'null');
  return status(before) !== status(after);
}

// --- consent and the export log ---------------------------------------------------------------

/**
 * Records (or withdraws) one party's consent that `item` may go into an exported form: a
 * contact-log entry's id, or "<form id>/<field id>". Withdrawing removes the record, so what is
 * stored is always what holds now.
 */
export function setNoteConsent(
  record: StudentRecord,
  item: string,
  by: ConsentParty,
  given: boolean,
  givenOn: IsoDate,
  now: IsoTimestamp,
): StudentRecord {
  const others = record.consents.filter((c) => !(c.item === item && c.by === by));
  const consents = given ? [...others, { item, by, givenOn, recordedAt: now }] : others;
  if (!given && others.length === record.consents.length) return record;
  return stamped({ ...record, consents }, now);
}

export function logExport(record: StudentRecord, entry: Omit<ExportLogEntry, 'at'>, now: IsoTimestamp): StudentRecord {
  return stamped({ ...record, exports: [...record.exports, { ...entry, at: now }] }, now);
}
