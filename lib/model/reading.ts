import { z } from 'zod';
import { AbsenceEvent, AbsenceTotals } from './absence';
import { IsoDate } from './date';
import { Coverage } from './history';
import { ShownPeriod, UNSTATED_PERIOD } from './shown-period';
import { Student } from './student';

/** The kinds of page where teachers see absence. */
export const PageType = z.enum([
  'classOverview', // a class's absence overview: a row per student with totals
  'studentAbsence', // one student's absence list
  'lessonRegister', // the register where absence is entered: students × lessons/dates
  'eventList', // a row per absence, several students
]);
export type PageType = z.infer<typeof PageType>;

export const ReadingRow = z.object({
  student: Student,
  events: z.array(AbsenceEvent),
  totals: z.optional(AbsenceTotals),
  coverage: Coverage,
});
export type ReadingRow = z.infer<typeof ReadingRow>;

/**
 * What an adapter read from one page, checked before anything uses it: in the content script by
 * reading-check.ts, which follows this schema (a test holds the two to the same answers).
 */
export const Reading = z.object({
  portal: z.string().min(1),
  pageType: PageType,
  school: z.string().optional(),
  className: z.string().optional(),
  /** The date the page itself shows as "today", where it shows one. */
  pageDate: z.optional(IsoDate),
  /** The date range the page shows: every figure printed from this reading is about it. */
  shownPeriod: z._default(ShownPeriod, UNSTATED_PERIOD),
  rows: z.array(ReadingRow),
  /** Things the adapter noticed but could read around, in plain Norwegian. */
  warnings: z.array(z.string()).default([]),
});
export type Reading = z.infer<typeof Reading>;
