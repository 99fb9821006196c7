import type { AbsenceTotals } from '../../model/absence';
import { schoolDaysBetween, schoolYearStart } from '../../model/calendar';
import { addDaysIso, type IsoDate } from '../../model/date';
import type { CheckContext } from '../check-context';
import type { Verdict } from './check-result';

/**
 * Deciding a rule about "the last N days" from totals over another period, the way a teacher would
 * with a pencil: the absence inside the rule's window is at least the total minus every school day
 * of the period that lies outside the window, and at most the part of the total that can fall
 * inside the window plus every school day of the window the period does not cover (any of those
 * could have been absent). If even the least possible absence passes the limit, the rule fired; if
 * even the most possible does not, it did not; otherwise the page cannot decide it.
 */

/** The period totals cover: the current halvår so far, or the school year so far. */
export interface TotalsPeriod {
  start: IsoDate;
  end: IsoDate;
  /** The school days of the period, in order (schoolDaysBetween). */
  days: IsoDate[];
}

/**
 * The school days the totals cover: this halvår so far (or the school year's, for school-year
 * totals), or, for totals whose own words name no period, the period the page states when that
 * leaves out some of the halvår so far ("Periode: 01.10.–23.11.2026"): the days outside it are
 * unseen, not days without absence.
 */
export function totalsPeriod(totals: AbsenceTotals, ctx: CheckContext): TotalsPeriod | undefined {
  if (totals.period === 'unknown' && ctx.period) {
    return { start: ctx.period.from, end: ctx.period.to, days: schoolDaysBetween(ctx.calendar, ctx.period.from, ctx.period.to) };
  }
  if (!ctx.term) return undefined;
  let start = ctx.term.start;
  if (totals.period === 'schoolYear' && !ctx.term.first) {
    const year = schoolYearStart(ctx.term.start);
    const first = ctx.calendar.terms.filter((t) => schoolYearStart(t.start) === year).map((t) => t.start).sort()[0];
    if (first !== undefined) start = first;
  }
  const end = ctx.term.end;
  return { start, end, days: schoolDaysBetween(ctx.calendar, start, end) };
}

type Counts = Pick<AbsenceTotals, 'days' | 'lessons' | 'documentedDays' | 'undocumentedDays' | 'documentedLessons' | 'undocumentedLessons'>;

/** The whole days and the enkelttimer the totals show: each its total, else its two parts added. */
function shownCounts(totals: Counts): { days?: number; lessons?: number } {
  const sum = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a + b : undefined);
  return { days: totals.days ?? sum(totals.documentedDays, totals.undocumentedDays), lessons: totals.lessons ?? sum(totals.documentedLessons, totals.undocumentedLessons) };
}

/**
 * All absence the totals show, in days: whole days plus enkelttimer as a share of a school day.
 * Undefined when the totals show neither.
 */
export function totalAbsenceDays(totals: Counts, lessonsPerDay: number): number | undefined {
  const { days, lessons } = shownCounts(totals);
  if (days === undefined && lessons === undefined) return undefined;
  return (days ?? 0) + (lessons ?? 0) / lessonsPerDay;
}

/**
 * True when a summary table shows no absence at all, whole days and enkelttimer both shown as 0:
 * then no rule about when or how the student was away can have fired.
 */
export function totalsShowNoAbsence(ctx: CheckContext): boolean {
  const totals = ctx.history.totals;
  if (ctx.history.coverage !== 'totals' || !totals) return false;
  const { days, lessons } = shownCounts(totals);
  return days === 0 && lessons === 0;
}

export interface WindowBounds {
  /** The least and the most absence, in days, the window can hold given the totals. */
  least: number;
  most: number;
  /** School days in the window. */
  schoolDays: number;
  /** School days of the window the totals do not cover. */
  unseen: number;
  windowStart: IsoDate;
}

/** The bounds on absence in the `calendarDays` ending at asOf, from `total` days over `period`. */
export function windowBounds(total: number, period: TotalsPeriod, calendarDays: number, ctx: CheckContext): WindowBounds {
  const windowStart = addDaysIso(ctx.asOf, -(calendarDays - 1));
  const window = schoolDaysBetween(ctx.calendar, windowStart, ctx.asOf);
  const covered = sharedDays(window, period.days);
  const unseen = window.length - covered;
  const outside = period.days.length - covered;
  const least = Math.max(0, Math.min(covered, total - outside));
  const most = Math.min(covered, total) + unseen;
  return { least, most, schoolDays: window.length, unseen, windowStart };
}

/** How many days two ordered lists of distinct days share, in one pass over both (no set per student and rule). */
function sharedDays(a: readonly IsoDate[], b: readonly IsoDate[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as IsoDate;
    const y = b[j] as IsoDate;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * A limit on the window's absence, decided from bounds: `passes` is the rule's own test on an
 * amount of days (and its share of the window's school days). "or": fired when the least amount
 * passes, not fired when the most does not. A rule is monotone in the absence, so that is exact.
 */
export function decideFromBounds(bounds: WindowBounds, passes: (days: number) => boolean): Verdict {
  if (bounds.schoolDays === 0) return 'notFired';
  if (passes(bounds.least)) return 'fired';
  if (!passes(bounds.most)) return 'notFired';
  return 'unknown';
}
