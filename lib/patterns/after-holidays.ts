import { addDaysIso, isSchoolDay, isWeekend, nthSchoolDay, type IsoDate, type SchoolCalendar } from '../model';
import { isAbsent, type DayRecord } from './day-record';
import type { Patterns } from './types';

/**
 * The first school day after each break, up to `asOf`: after every holiday in the calendar that
 * took away at least one school day (a holiday on a weekend is no break), and the first day of
 * every term (after sommerferie and juleferie, which the calendar marks as the gap between terms).
 */
export function firstDaysAfterBreaks(calendar: SchoolCalendar, asOf: IsoDate): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const holiday of calendar.holidays) {
    if (!tookSchoolDays(calendar, holiday.start, holiday.end)) continue;
    const next = nthSchoolDay(calendar, addDaysIso(holiday.end, 1), 1);
    if (isSchoolDay(calendar, next)) days.add(next);
  }
  for (const term of calendar.terms) {
    const first = nthSchoolDay(calendar, term.start, 1);
    if (isSchoolDay(calendar, first)) days.add(first);
  }
  return [...days].filter((d) => d <= asOf).sort();
}

/** Absence (a whole day or any lesson) on the first school day after a break. */
export function afterHolidays(
  calendar: SchoolCalendar,
  records: readonly DayRecord[],
  asOf: IsoDate,
): Patterns['afterHolidays'] {
  const firstDays = firstDaysAfterBreaks(calendar, asOf);
  if (firstDays.length === 0) return null;
  const absent = new Set(records.filter(isAbsent).map((r) => r.date));
  const dates = firstDays.filter((d) => absent.has(d));
  return { count: dates.length, dates, outOf: firstDays.length };
}

/**
 * Whether the holiday falls on at least one weekday that would otherwise have been a school day:
 * inside a term, and not covered by another holiday. (Checked directly rather than by building a
 * calendar without this holiday: a new calendar object would rebuild the school-day set.)
 */
function tookSchoolDays(calendar: SchoolCalendar, start: IsoDate, end: IsoDate): boolean {
  const others = calendar.holidays.filter((h) => !(h.start === start && h.end === end));
  for (let day = start; day <= end; day = addDaysIso(day, 1)) {
    if (isWeekend(day)) continue;
    if (!calendar.terms.some((t) => t.start <= day && day <= t.end)) continue;
    if (!others.some((h) => h.start <= day && day <= h.end)) return true;
  }
  return false;
}
