import { z } from 'zod';
import { currentTerm, schoolDaysBetween, schoolYearStart, type SchoolCalendar } from './calendar';
import { IsoDate } from './date';

/**
 * The date range a page shows, as the page gives it. Every figure the extension prints is about
 * this range, so a one-week register never speaks of "this term".
 *
 * - window: a dated register or event list showing the days from `from` to `to` (its date columns,
 *   its filter, the week it is set to);
 * - stated: totals over a range the page states ("Periode: 17.08.2026–23.11.2026");
 * - termSoFar / schoolYearSoFar: totals (or a student's whole record) for the current halvår or
 *   school year up to today, the page naming no dates;
 * - unstated: the page says nothing about its period; read as the term so far, and said so.
 */
export const ShownPeriodBasis = z.enum(['window', 'stated', 'termSoFar', 'schoolYearSoFar', 'unstated']);
export type ShownPeriodBasis = z.infer<typeof ShownPeriodBasis>;

export const ShownPeriod = z
  .object({
    basis: ShownPeriodBasis,
    from: z.optional(IsoDate),
    to: z.optional(IsoDate),
  })
  .refine((p) => (p.basis === 'window' || p.basis === 'stated' ? p.from !== undefined && p.to !== undefined : true), {
    message: 'a window or a stated range needs both dates',
    path: ['from'],
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'a period must start before it ends',
    path: ['to'],
  });
export type ShownPeriod = z.infer<typeof ShownPeriod>;

/** What a page with nothing to say about its period carries. */
export const UNSTATED_PERIOD: ShownPeriod = { basis: 'unstated' };

/** A shown period resolved against the school calendar, for printing figures and their basis. */
export interface ResolvedPeriod {
  basis: ShownPeriodBasis;
  from: IsoDate;
  /** Never later than `asOf`: a register showing the rest of this week has no absence there yet. */
  to: IsoDate;
  /** School days from `from` to `to`. */
  schoolDays: number;
  /** True when the period covers every school day of the current term up to `asOf`. */
  coversTermSoFar: boolean;
}

/**
 * The dates a shown period stands for on `asOf`: a window or a stated range as given (cut at
 * `asOf`), the term or school year so far from the calendar. null when the calendar has no term
 * for `asOf` and the page names no dates.
 */
export function resolvePeriod(shown: ShownPeriod | undefined, calendar: SchoolCalendar, asOf: IsoDate): ResolvedPeriod | null {
  const period = shown ?? UNSTATED_PERIOD;
  const term = currentTerm(calendar, asOf);
  const termTo = term ? (asOf < term.end ? asOf : term.end) : undefined;
  let from: IsoDate | undefined;
  let to: IsoDate | undefined;
  if ((period.basis === 'window' || period.basis === 'stated') && period.from && period.to) {
    from = period.from;
    to = period.to < asOf ? period.to : asOf;
  } else if (period.basis === 'schoolYearSoFar') {
    const year = schoolYearStart(asOf);
    from = calendar.terms.map((t) => t.start).filter((start) => schoolYearStart(start) === year).sort()[0];
    to = termTo ?? asOf;
  } else if (term && termTo) {
    from = term.start;
    to = termTo;
  }
  if (!from || !to) return null;
  if (to < from) to = from;
  const schoolDays = schoolDaysBetween(calendar, from, to).length;
  const termDays = term && termTo ? schoolDaysBetween(calendar, term.start, termTo) : [];
  const first = termDays[0];
  const last = termDays[termDays.length - 1];
  const coversTermSoFar = first !== undefined && last !== undefined && from <= first && to >= last;
  return { basis: period.basis, from, to, schoolDays, coversTermSoFar };
}
