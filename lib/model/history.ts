import { z } from 'zod';
import { AbsenceEvent, AbsenceTotals } from './absence';
import { SchoolCalendar } from './calendar';
import { ShownPeriod } from './shown-period';
import { Student } from './student';

/**
 * What is known about one student's absence.
 * - coverage "events": `events` is the full record for the period the page shows (register grids,
 *   event lists, the portal's own attendance JSON) — patterns can be analysed.
 * - coverage "totals": only `totals` are known (a summary table) — the engine evaluates what totals
 *   allow and reports the rest as unknown; pattern analysis says patterns are unknown.
 */
export const Coverage = z.enum(['events', 'totals']);
export type Coverage = z.infer<typeof Coverage>;

export const StudentHistory = z.object({
  student: Student,
  events: z.array(AbsenceEvent),
  totals: z.optional(AbsenceTotals),
  coverage: Coverage,
  calendar: SchoolCalendar,
  /** The date range the page showed (absent: unstated, read as the term so far). */
  shownPeriod: z.optional(ShownPeriod),
});
export type StudentHistory = z.infer<typeof StudentHistory>;
