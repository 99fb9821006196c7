import type { AbsenceEvent, AbsenceTotals, StretchTotals, SubjectTotals } from './absence';
import { isRealDate, type IsoDate } from './date';
import type { Reading, ReadingRow } from './reading';
import { array, boolean, type Check, matching, nullable, number, object, oneOf, optional, refined, runCheck, type ShapeResult, string, withDefault } from './shape-check';
import type { ShownPeriod } from './shown-period';
import type { Student } from './student';

/**
 * The Reading schema's rules (lib/model/reading.ts and the schemas it is built from), written as
 * plain checks for the content script, which checks every row a reader makes of the page without
 * carrying zod. The schemas stay the reference: tests/unit/model/reading-check.test.ts holds these
 * checks to them, on hand-made rows and on generated ones. Change both together.
 */
const isoDate: Check<IsoDate> = refined(matching(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'), isRealDate, 'not a real calendar date');

const nonNegative = optional(number({ min: 0 }));
const percent = optional(number({ min: 0, max: 100 }));

const student: Check<Student> = object({
  key: string(1, 'a student needs a key'),
  name: string(1, 'a student needs a name'),
  className: optional(string()),
  grade: optional(number({ integer: true, min: 1, max: 13 })),
  ageBand: oneOf(['barnetrinn', 'ungdomstrinn', 'videregaende', 'ukjent']),
  adult: optional(boolean),
}) as Check<Student>;

const absenceEvent: Check<AbsenceEvent> = object({
  date: isoDate,
  kind: oneOf(['day', 'lesson', 'late', 'leftEarly']),
  lessons: optional(array(number({ integer: true, min: 1, max: 12 }))),
  minutes: nonNegative,
  subject: optional(string()),
  documented: nullable(boolean),
  notified: nullable(boolean),
  code: optional(string()),
  countsTowardLimit: optional(boolean),
}) as Check<AbsenceEvent>;

const subjectTotals: Check<SubjectTotals> = object({
  subject: string(1),
  subjectCode: optional(string()),
  absentLessons: nonNegative,
  absentMinutes: nonNegative,
  plannedLessons: nonNegative,
  percent,
  warningLimit: percent,
  limit: percent,
}) as Check<SubjectTotals>;

const stretchTotals: Check<StretchTotals> = object(
  { from: isoDate, to: isoDate, days: nonNegative, lessons: nonNegative, percent },
  { holds: (stretch) => stretch.from <= stretch.to, message: 'from must not be after to' },
  { holds: (stretch) => stretch.days !== undefined || stretch.lessons !== undefined || stretch.percent !== undefined, message: 'needs days, lessons or percent' },
) as Check<StretchTotals>;

const absenceTotals: Check<AbsenceTotals> = object({
  days: nonNegative,
  documentedDays: nonNegative,
  undocumentedDays: nonNegative,
  lessons: nonNegative,
  documentedLessons: nonNegative,
  undocumentedLessons: nonNegative,
  lateCount: optional(number({ integer: true, min: 0 })),
  percent,
  period: withDefault(oneOf(['term', 'schoolYear', 'unknown']), () => 'term' as const),
  stretches: optional(array(stretchTotals)),
  subjects: withDefault(array(subjectTotals), () => []),
}) as Check<AbsenceTotals>;

const readingRow: Check<ReadingRow> = object({
  student,
  events: array(absenceEvent),
  totals: optional(absenceTotals),
  coverage: oneOf(['events', 'totals']),
}) as Check<ReadingRow>;

const shownPeriod: Check<ShownPeriod> = object(
  {
    basis: oneOf(['window', 'stated', 'termSoFar', 'schoolYearSoFar', 'unstated']),
    from: optional(isoDate),
    to: optional(isoDate),
  },
  {
    holds: (p) => (p.basis === 'window' || p.basis === 'stated' ? p.from !== undefined && p.to !== undefined : true),
    message: 'a window or a stated range needs both dates',
    key: 'from',
  },
  { holds: (p) => p.from === undefined || p.to === undefined || p.from <= p.to, message: 'a period must start before it ends', key: 'to' },
) as Check<ShownPeriod>;

const reading: Check<Reading> = object({
  portal: string(1),
  pageType: oneOf(['classOverview', 'studentAbsence', 'lessonRegister', 'eventList']),
  school: optional(string()),
  className: optional(string()),
  pageDate: optional(isoDate),
  shownPeriod: withDefault(shownPeriod, (): ShownPeriod => ({ basis: 'unstated' })),
  rows: array(readingRow),
  warnings: withDefault(array(string()), () => []),
}) as Check<Reading>;

export const checkIsoDate = (value: unknown): ShapeResult<IsoDate> => runCheck(isoDate, value);
export const checkReadingRow = (value: unknown): ShapeResult<ReadingRow> => runCheck(readingRow, value);
export const checkReading = (value: unknown): ShapeResult<Reading> => runCheck(reading, value);
