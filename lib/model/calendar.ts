import { z } from 'zod';
import { addDaysIso, compareIso, dayNumber, fromDayNumber, IsoDate, isoWeekday, isRealDate, isWeekend, toDate } from './date';

/** A halvår: August–December or January–June. */
export const Term = z
  .object({ name: z.string().min(1), start: IsoDate, end: IsoDate })
  .refine((t) => t.start <= t.end, { message: 'a term must start before it ends', path: ['end'] });
export type Term = z.infer<typeof Term>;

export const Holiday = z
  .object({ name: z.string().min(1), start: IsoDate, end: IsoDate })
  .refine((h) => h.start <= h.end, { message: 'a holiday must start before it ends', path: ['end'] });
export type Holiday = z.infer<typeof Holiday>;

export const SchoolCalendar = z.object({
  terms: z.array(Term).min(1, 'a school calendar needs at least one term'),
  holidays: z.array(Holiday),
  lessonsPerDay: z.number().int().min(1).max(12).default(6),
});
export type SchoolCalendar = z.infer<typeof SchoolCalendar>;

/**
 * Every school day of a calendar, worked out once per calendar object and kept beside it: the
 * overlay asks "is this a school day?" and "which school days lie between?" thousands of times per
 * page, for the same calendar. Calendars are treated as immutable values (they come from zod
 * parsing or norwegianSchoolYear).
 */
interface SchoolDayIndex {
  set: Set<IsoDate>;
  /** The same days, sorted. */
  list: IsoDate[];
}

const schoolDayCache = new WeakMap<SchoolCalendar, SchoolDayIndex>();

function schoolDayIndex(calendar: SchoolCalendar): SchoolDayIndex {
  let index = schoolDayCache.get(calendar);
  if (index) return index;
  const set = new Set<IsoDate>();
  for (const term of calendar.terms) {
    const last = dayNumber(term.end);
    for (let n = dayNumber(term.start); n <= last; n++) {
      const date = fromDayNumber(n);
      if (!isWeekend(date) && !calendar.holidays.some((h) => h.start <= date && date <= h.end)) set.add(date);
    }
  }
  index = { set, list: [...set].sort() };
  schoolDayCache.set(calendar, index);
  return index;
}

/** Index of the first school day on or after `date` (list.length when there is none). */
function firstIndexFrom(list: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Weekends are never school days; holidays and days outside every term are not either. */
export function isSchoolDay(calendar: SchoolCalendar, date: IsoDate): boolean {
  return schoolDayIndex(calendar).set.has(date);
}

export function termOf(calendar: SchoolCalendar, date: IsoDate): Term | undefined {
  return calendar.terms.find((t) => t.start <= date && date <= t.end);
}

/**
 * The term `asOf` falls in, or the latest term that ended before it (absence in the summer
 * holiday still belongs to the spring term's picture).
 */
export function currentTerm(calendar: SchoolCalendar, asOf: IsoDate): Term | undefined {
  const inside = termOf(calendar, asOf);
  if (inside) return inside;
  return [...calendar.terms].filter((t) => t.end < asOf).sort((a, b) => compareIso(b.end, a.end))[0];
}

/** School days from `from` to `to`, both included, in order. */
export function schoolDaysBetween(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const { list } = schoolDayIndex(calendar);
  return list.slice(firstIndexFrom(list, from), firstIndexFrom(list, addDaysIso(to, 1)));
}

/** The last `count` school days up to and including `asOf`, oldest first. */
export function lastSchoolDays(calendar: SchoolCalendar, asOf: IsoDate, count: number): IsoDate[] {
  const { list } = schoolDayIndex(calendar);
  const end = firstIndexFrom(list, addDaysIso(asOf, 1));
  return list.slice(Math.max(0, end - count), end);
}

/**
 * The `n`th school day counted from `from` (from itself is day 1 when it is a school day). Past
 * the calendar's last school day, the day that many weekdays on stands in, so a deadline is never
 * lost at the end of a school year.
 */
export function nthSchoolDay(calendar: SchoolCalendar, from: IsoDate, n: number): IsoDate {
  const { list } = schoolDayIndex(calendar);
  const start = firstIndexFrom(list, from);
  const found = list[start + Math.max(1, n) - 1];
  if (found) return found;
  let d = from;
  for (let seen = 0; seen < n; d = addDaysIso(d, 1)) if (!isWeekend(d)) seen++;
  return addDaysIso(d, -1);
}

/** Easter Sunday (Gregorian), used for påskeferie, Kristi himmelfart and pinse. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  // March or April.
  return `${year}-0${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Monday to Friday of ISO week `week` of `year`, in whole days: week 1 is the week with 4 January in it. */
function isoWeekRange(year: number, week: number, name: string): Holiday {
  const fourth = `${year}-01-04`;
  const monday = addDaysIso(fourth, 1 - isoWeekday(fourth) + 7 * (week - 1));
  return { name, start: monday, end: addDaysIso(monday, 4) };
}

/** `date`, or the Monday after it when it is a Saturday or Sunday. */
function firstWeekdayOnOrAfter(date: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDaysIso(date, 8 - weekday) : date;
}

/** `date`, or the Friday before it when it is a Saturday or Sunday. */
function lastWeekdayOnOrBefore(date: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDaysIso(date, 5 - weekday) : date;
}

/**
 * A typical Norwegian school year starting in August of `startYear`: two halvår, høstferie
 * (week 40), juleferie, vinterferie (week 8), påskeferie and the public holidays in spring.
 * Municipalities differ by a week here and there; the calendar is configurable in options.
 */
export function norwegianSchoolYear(startYear: number): SchoolCalendar {
  const spring = startYear + 1;
  const easter = easterSunday(spring);
  const day = (iso: IsoDate, name: string): Holiday => ({ name, start: iso, end: iso });
  return {
    terms: [
      {
        name: `Høst ${startYear}`,
        start: firstWeekdayOnOrAfter(`${startYear}-08-18`),
        end: lastWeekdayOnOrBefore(`${startYear}-12-19`),
      },
      {
        name: `Vår ${spring}`,
        start: firstWeekdayOnOrAfter(`${spring}-01-03`),
        end: lastWeekdayOnOrBefore(`${spring}-06-19`),
      },
    ],
    holidays: [
      isoWeekRange(startYear, 40, 'Høstferie'),
      isoWeekRange(spring, 8, 'Vinterferie'),
      { name: 'Påskeferie', start: addDaysIso(easter, -6), end: addDaysIso(easter, 1) },
      day(`${spring}-05-01`, '1. mai'),
      day(`${spring}-05-17`, '17. mai'),
      day(addDaysIso(easter, 39), 'Kristi himmelfartsdag'),
      day(addDaysIso(easter, 50), '2. pinsedag'),
    ],
    lessonsPerDay: 6,
  };
}

/** The school year (by its August start year) that a date belongs to. */
export function schoolYearStart(date: IsoDate): number {
  // A real date from year 100 on reads back from a local Date as its own digits, so they are read
  // directly (the checks ask this for every term, per student); anything else goes through a Date.
  const year = Number(date.slice(0, 4));
  if (year >= 100 && isRealDate(date)) return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  const d = toDate(date);
  return d.getMonth() >= 7 ? d.getFullYear() : d.getFullYear() - 1;
}
