import { type AbsenceEvent, lessonCount } from '../model/absence';
import { currentTerm, isSchoolDay, type SchoolCalendar, schoolDaysBetween, schoolYearStart, type Term } from '../model/calendar';
import { addDaysIso, compareIso, type IsoDate } from '../model/date';
import type { StudentHistory } from '../model/history';
import { resolvePeriod } from '../model/shown-period';
import type { FigurePeriod } from '../model/trigger-detail';
import type { DocumentedFilter } from './profile';

/**
 * What every trigger check reads: the history cut to what counts on `asOf`. Absence after asOf,
 * on a weekend, in a holiday or outside every term is dropped here, once, so no check can count it.
 */
export interface CheckContext {
  history: StudentHistory;
  calendar: SchoolCalendar;
  asOf: IsoDate;
  /** The current halvår, cut off at asOf; undefined when the calendar has no term up to asOf. */
  term: { name: string; start: IsoDate; end: IsoDate; first: boolean } | undefined;
  /** Events on school days up to asOf, oldest first. */
  events: AbsenceEvent[];
  /** The same, within the current halvår. */
  termEvents: AbsenceEvent[];
  /** The period a rule's figures are about: null for this halvår, or the window a page showing less shows. */
  period: FigurePeriod;
}

export function checkContext(history: StudentHistory, asOf: IsoDate): CheckContext {
  const calendar = history.calendar;
  const events = history.events
    .filter((e) => e.date <= asOf && isSchoolDay(calendar, e.date))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareIso(a.e.date, b.e.date) || a.i - b.i)
    .map(({ e }) => e);
  const term = currentTerm(calendar, asOf);
  const cut = term ? { name: term.name, start: term.start, end: term.end < asOf ? term.end : asOf, first: isFirstTermOfYear(calendar, term) } : undefined;
  const termEvents = cut ? events.filter((e) => e.date >= cut.start && e.date <= cut.end) : [];
  const shown = resolvePeriod(history.shownPeriod, calendar, asOf);
  const period = shown && !shown.coversTermSoFar ? { from: shown.from, to: shown.to } : null;
  return { history, calendar, asOf, term: cut, events, termEvents, period };
}

/** True when no other term of the same school year starts before this one: then "schoolYear" totals are this term's. */
function isFirstTermOfYear(calendar: SchoolCalendar, term: Term): boolean {
  const year = schoolYearStart(term.start);
  return !calendar.terms.some((t) => t.start < term.start && schoolYearStart(t.start) === year);
}

export function matchesFilter(event: AbsenceEvent, filter: DocumentedFilter): boolean {
  if (filter === 'documented') return event.documented === true;
  if (filter === 'undocumented') return event.documented === false;
  return true;
}

/** Would match if the page had said whether the absence was documented. */
export function mightMatchFilter(event: AbsenceEvent, filter: DocumentedFilter): boolean {
  return matchesFilter(event, filter) || event.documented === null;
}

/** School dates with a whole-day absence among `events`. */
export function wholeDayDates(events: readonly AbsenceEvent[]): Set<IsoDate> {
  return new Set(events.filter((e) => e.kind === 'day').map((e) => e.date));
}

/**
 * Enkelttimer among `events`. The same lesson registered twice (two readings of one page) counts
 * once; lessons without numbers are summed as lessonCount gives them.
 */
export function lessonTotal(events: readonly AbsenceEvent[]): number {
  const numbered = new Set<string>();
  let unnumbered = 0;
  for (const e of events) {
    if (e.kind !== 'lesson') continue;
    if (e.lessons && e.lessons.length > 0) for (const l of e.lessons) numbered.add(`${e.date}#${l}`);
    else unnumbered += lessonCount(e);
  }
  return numbered.size + unnumbered;
}

/**
 * The first date on which a running count over `events` (oldest first) satisfies `met`, counting
 * whole days and enkelttimer as above.
 */
export function firstDateMet(events: readonly AbsenceEvent[], met: (days: number, lessons: number) => boolean): IsoDate | undefined {
  const byDate = groupByDate(events);
  const seen: AbsenceEvent[] = [];
  for (const [date, dayEvents] of byDate) {
    seen.push(...dayEvents);
    if (met(wholeDayDates(seen).size, lessonTotal(seen))) return date;
  }
  return undefined;
}

export function groupByDate(events: readonly AbsenceEvent[]): Map<IsoDate, AbsenceEvent[]> {
  const map = new Map<IsoDate, AbsenceEvent[]>();
  for (const e of events) {
    const list = map.get(e.date);
    if (list) list.push(e);
    else map.set(e.date, [e]);
  }
  return map;
}

/**
 * How much of each school day the student was away, 0–1: a whole-day absence is 1, enkelttimer a
 * share of the calendar's lessons per day. Used where the source speaks of school time (Kearney).
 */
export function absentShareByDate(events: readonly AbsenceEvent[], lessonsPerDay: number): Map<IsoDate, number> {
  const shares = new Map<IsoDate, number>();
  for (const [date, dayEvents] of groupByDate(events)) {
    const share = dayEvents.some((e) => e.kind === 'day') ? 1 : Math.min(1, lessonTotal(dayEvents) / lessonsPerDay);
    if (share > 0) shares.set(date, share);
  }
  return shares;
}

/** School days from `from` to `to`, both included, with a running sum of absence for window queries. */
export class SchoolDayLedger {
  readonly days: IsoDate[] = [];
  private readonly prefix: number[] = [0];

  constructor(calendar: SchoolCalendar, from: IsoDate, to: IsoDate, shares: Map<IsoDate, number>) {
    // The calendar's own sorted list of school days, not a walk over every calendar day: a ledger
    // is built for each window rule of each student.
    for (const d of schoolDaysBetween(calendar, from, to)) {
      this.days.push(d);
      this.prefix.push(this.prefix[this.prefix.length - 1]! + (shares.get(d) ?? 0));
    }
  }

  /** School days and absent days in [from, to]. */
  window(from: IsoDate, to: IsoDate): { schoolDays: number; absentDays: number } {
    const lo = this.lowerBound(from);
    const hi = this.lowerBound(addDaysIso(to, 1));
    // Rounded so that shares of a day summed in floating point never tip "more than 10 days" over.
    const absentDays = Math.round((this.prefix[hi]! - this.prefix[lo]!) * 1e6) / 1e6;
    return { schoolDays: hi - lo, absentDays };
  }

  private lowerBound(date: IsoDate): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid]! < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
