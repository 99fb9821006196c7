import type { AbsenceEvent, IsoDate } from '../model';
import type { AbsenceCodeMeaning } from './adapter';

/** A portal's absence codes: code → what it means. Each adapter keeps its own in its data object. */
export type AbsenceCodeTable = Readonly<Record<string, AbsenceCodeMeaning>>;

/**
 * What a code means on this page: the teacher's override first (their school may use a code
 * differently), then the portal's table. Codes are compared as written, then case-insensitively,
 * because some pages print "x" where the table says "X".
 */
export function meaningOf(
  code: string,
  table: AbsenceCodeTable,
  overrides?: Readonly<Record<string, AbsenceCodeMeaning>>,
): AbsenceCodeMeaning | undefined {
  const trimmed = code.trim();
  if (trimmed === '') return undefined;
  return lookup(trimmed, overrides) ?? lookup(trimmed, table);
}

function lookup(code: string, table: Readonly<Record<string, AbsenceCodeMeaning>> | undefined) {
  if (!table) return undefined;
  if (Object.hasOwn(table, code)) return table[code];
  const lower = code.toLowerCase();
  const key = Object.keys(table).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : table[key];
}

/** Where and when an absence happened, as the page shows it; the code says what kind it was. */
export interface EventPlace {
  date: IsoDate;
  lessons?: number[];
  minutes?: number;
  subject?: string;
  /** Facts the page states next to the code ("Dokumentert: Ja", an envelope for a parent's message). */
  documented?: boolean | null;
  notified?: boolean | null;
}

/**
 * The event a code stands for, or null for a code that is not absence (present, or a
 * school activity that the portal keeps out of the absence count). What the page states next to
 * the code wins over the table's default, because it is a fact about this one registration.
 */
export function eventFromCode(code: string, meaning: AbsenceCodeMeaning, place: EventPlace): AbsenceEvent | null {
  if (meaning.kind === 'present') return null;
  const event: AbsenceEvent = {
    date: place.date,
    kind: meaning.kind,
    documented: place.documented ?? meaning.documented,
    notified: place.notified ?? meaning.notified,
    code,
    countsTowardLimit: meaning.countsTowardLimit,
  };
  if (meaning.kind !== 'day') {
    if (place.lessons && place.lessons.length > 0) event.lessons = place.lessons;
    if (place.minutes !== undefined) event.minutes = place.minutes;
  }
  if (place.subject) event.subject = place.subject;
  return event;
}

/**
 * A register marks "left school" in every lesson the student missed after leaving; that is one
 * leaving, not one per lesson. Folds a day's leftEarly events into one carrying all the lessons
 * (and the subject only when they share one). Other events are kept as they are.
 */
export function foldLeftEarly(events: readonly AbsenceEvent[]): AbsenceEvent[] {
  const leavings = events.filter((e) => e.kind === 'leftEarly');
  if (leavings.length <= 1) return [...events];
  const [first] = leavings as [AbsenceEvent, ...AbsenceEvent[]];
  const lessons = [...new Set(leavings.flatMap((e) => e.lessons ?? []))].sort((a, b) => a - b);
  const subjects = new Set(leavings.map((e) => e.subject));
  const minutes = leavings.every((e) => e.minutes !== undefined)
    ? leavings.reduce((sum, e) => sum + (e.minutes ?? 0), 0)
    : undefined;
  const { subject: _subject, lessons: _lessons, minutes: _minutes, ...rest } = first;
  const folded: AbsenceEvent = {
    ...rest,
    ...(lessons.length > 0 ? { lessons } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(subjects.size === 1 && first.subject !== undefined ? { subject: first.subject } : {}),
  };
  const index = events.indexOf(first);
  return events.flatMap((e, i) => (i === index ? [folded] : e.kind === 'leftEarly' ? [] : [e]));
}
