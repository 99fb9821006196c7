import { z } from 'zod';
import { IsoDate } from './date';

/**
 * One registered absence, as a portal shows it.
 * - day: the whole school day
 * - lesson: one or more lessons (enkelttimer), with minutes where the portal gives them
 * - late: forsentkomming (arrived after the lesson or the day started)
 * - leftEarly: came to school but left during the day ("møter opp på skolen, men forlater den igjen")
 */
export const AbsenceKind = z.enum(['day', 'lesson', 'late', 'leftEarly']);
export type AbsenceKind = z.infer<typeof AbsenceKind>;

export const AbsenceEvent = z.object({
  date: IsoDate,
  kind: AbsenceKind,
  /** Lesson-of-day numbers, 1 = first lesson. Empty/absent when the portal does not say. */
  lessons: z.array(z.number().int().min(1).max(12)).optional(),
  minutes: z.number().nonnegative().optional(),
  subject: z.string().optional(),
  /** gyldig (true) / ugyldig (false); null when the page does not say. */
  documented: z.boolean().nullable(),
  /** meldt (true) / ikke meldt (false); null when the page does not say. */
  notified: z.boolean().nullable(),
  /** The portal's own absence code, kept so the code table can be re-applied. */
  code: z.string().optional(),
  /** Counts toward the 10 % fraværsgrense (videregående), when the code table says so. */
  countsTowardLimit: z.boolean().optional(),
});
export type AbsenceEvent = z.infer<typeof AbsenceEvent>;

/** Minutes in one lesson when a portal gives minutes but not lesson numbers. */
export const LESSON_MINUTES = 45;

/** How many enkelttimer (single lessons) an event stands for. A whole day is not counted here. */
export function lessonCount(event: AbsenceEvent): number {
  if (event.kind !== 'lesson') return 0;
  if (event.lessons && event.lessons.length > 0) return event.lessons.length;
  if (event.minutes !== undefined) return Math.max(1, Math.round(event.minutes / LESSON_MINUTES));
  return 1;
}

/**
 * Totals as a summary table shows them, when the page has no dated events.
 * Every field is optional: a page shows what it shows, and the engine says what it could not know.
 */
export const SubjectTotals = z.object({
  subject: z.string().min(1),
  subjectCode: z.string().optional(),
  absentLessons: z.number().nonnegative().optional(),
  absentMinutes: z.number().nonnegative().optional(),
  plannedLessons: z.number().nonnegative().optional(),
  /** Absence in the subject as a percentage of its teaching time, as the portal computes it. */
  percent: z.number().min(0).max(100).optional(),
  /** The portal's own warning limit for the subject, in percent. */
  warningLimit: z.number().min(0).max(100).optional(),
  /** The subject's absence limit in percent (the national fraværsgrense is 10). */
  limit: z.number().min(0).max(100).optional(),
});
export type SubjectTotals = z.infer<typeof SubjectTotals>;

/**
 * A figure over a shorter stretch the page names beside the period's totals ("Siste 14 dager",
 * "Denne måneden"): the absence between `from` and `to`, both included, in days and enkelttimer, or
 * as a share of the stretch's school time.
 */
export const StretchTotals = z
  .object({
    from: IsoDate,
    to: IsoDate,
    days: z.number().nonnegative().optional(),
    lessons: z.number().nonnegative().optional(),
    percent: z.number().min(0).max(100).optional(),
  })
  .refine((stretch) => stretch.from <= stretch.to, { message: 'from must not be after to' })
  .refine((stretch) => stretch.days !== undefined || stretch.lessons !== undefined || stretch.percent !== undefined, {
    message: 'needs days, lessons or percent',
  });
export type StretchTotals = z.infer<typeof StretchTotals>;

export const AbsenceTotals = z.object({
  days: z.number().nonnegative().optional(),
  documentedDays: z.number().nonnegative().optional(),
  undocumentedDays: z.number().nonnegative().optional(),
  /** Enkelttimer. */
  lessons: z.number().nonnegative().optional(),
  documentedLessons: z.number().nonnegative().optional(),
  undocumentedLessons: z.number().nonnegative().optional(),
  lateCount: z.number().int().nonnegative().optional(),
  /** Share of teaching time, when the page gives the basis. */
  percent: z.number().min(0).max(100).optional(),
  /** What period the totals cover. */
  period: z.enum(['term', 'schoolYear', 'unknown']).default('term'),
  /** Figures over shorter stretches inside the period, which bound a rule's window more tightly. */
  stretches: z.array(StretchTotals).optional(),
  subjects: z.array(SubjectTotals).default([]),
});
export type AbsenceTotals = z.infer<typeof AbsenceTotals>;
