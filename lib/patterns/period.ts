import { currentTerm, schoolDaysBetween, type IsoDate, type SchoolCalendar, type Term } from '../model';

/**
 * "Four weeks" in school days. Counting school days rather than calendar weeks keeps a holiday
 * week (høstferie) or a half week at the start of term from looking like a week without absence.
 */
export const SCHOOL_DAYS_PER_WEEK = 5;
export const FOUR_WEEKS = 4 * SCHOOL_DAYS_PER_WEEK;

/** The part of the current term that has happened by `asOf`: what the term views analyse. */
export interface TermPeriod {
  term: Term;
  from: IsoDate;
  to: IsoDate;
  /** Every school day from `from` to `to`, oldest first. */
  schoolDays: IsoDate[];
  /** The last four school weeks of the period (fewer days early in the term). */
  recent: IsoDate[];
  /** The four school weeks before `recent` (fewer, or none, early in the term). */
  earlier: IsoDate[];
}

export function termPeriod(calendar: SchoolCalendar, asOf: IsoDate): TermPeriod | null {
  const term = currentTerm(calendar, asOf);
  if (!term) return null;
  const to = asOf < term.end ? asOf : term.end;
  const schoolDays = schoolDaysBetween(calendar, term.start, to);
  const recentStart = Math.max(0, schoolDays.length - FOUR_WEEKS);
  const earlierStart = Math.max(0, recentStart - FOUR_WEEKS);
  return {
    term,
    from: term.start,
    to,
    schoolDays,
    recent: schoolDays.slice(recentStart),
    earlier: schoolDays.slice(earlierStart, recentStart),
  };
}

export function within(date: IsoDate, days: readonly IsoDate[]): boolean {
  const first = days[0];
  const last = days[days.length - 1];
  return first !== undefined && last !== undefined && first <= date && date <= last;
}
