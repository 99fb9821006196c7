import { z } from 'zod';

/**
 * Date-only values ("YYYY-MM-DD"). Absence is registered per school day, so nothing here
 * carries a time or a time zone: a date string means the same day in Europe/Oslo everywhere.
 *
 * The arithmetic works on whole days since 1970-01-01 (UTC day numbers), not on Date objects in
 * local time: it is immune to daylight-saving changes and the machine's time zone, and it is cheap
 * enough for the overlay's hot paths (a class page steps over thousands of days per render).
 * date-fns does the calendar work elsewhere (weeks, months, formatting).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is YYYY-MM-DD naming a day that exists (years 0–99 read as Date.UTC reads them, 1900–1999). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(Number(y), month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) as Date.UTC counts them, without a Date per check: every date a page
 * shows is validated. Date.UTC reads years 0–99 as 1900–1999, so their leap years are those.
 */
function daysInMonth(year: number, month: number): number {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, { message: 'not a real calendar date' });
export type IsoDate = z.infer<typeof IsoDate>;

/*
 * Day numbers are converted by arithmetic on the proleptic Gregorian calendar (the days_from_civil
 * and civil_from_days algorithms of H. Hinnant, "chrono-compatible low-level date algorithms"),
 * not through a Date object: the guideline checks step day by day over a term for every student,
 * and a Date plus toISOString per step was the largest single cost of evaluating one. Inputs the
 * arithmetic does not cover (years before 100, which Date.UTC reads as 19xx; a month outside
 * 1–12; a day number that is not a whole day in years 0–9999) take the Date path, so every input
 * gives what it gave before.
 */
const DIGIT_0 = 48;
const FIRST_FAST_DAY = -682_969; // 0100-01-01
const LAST_FAST_DAY = 2_932_896; // 9999-12-31

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - DIGIT_0;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12; any day of month counts on from the 1st). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1; // the year counted from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function civilFromDays(days: number): IsoDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** Whole days since 1970-01-01. */
export function dayNumber(iso: IsoDate): number {
  const year = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const month = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const day = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  // NaN (a character that is not a digit) fails these comparisons too.
  if (year >= 100 && month >= 1 && month <= 12 && day >= 0) return daysFromCivil(year, month, day);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  if (Number.isInteger(day) && day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY) return civilFromDays(day);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A local-midnight Date for date-fns calendar functions (weeks, months). */
export function toDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The calendar date of a local Date, as YYYY-MM-DD. */
export function toIso(date: Date): IsoDate {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. (Day 0, 1970-01-01, was a Thursday.) */
export function isoWeekday(iso: IsoDate): number {
  return ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The Monday of `iso`'s ISO week, in whole days: a local-time Date (what date-fns' week functions
 * take) costs a time-zone lookup, and every badge's sparkline asks for two Mondays after each edit.
 */
export function mondayOf(iso: IsoDate): IsoDate {
  return addDaysIso(iso, 1 - isoWeekday(iso));
}

/** The Monday of ISO 8601 week `week` of `year`: week 1 is the week with 4 January in it. */
export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  const fourth = `${String(year).padStart(4, '0')}-01-04`;
  return addDaysIso(fourth, 1 - isoWeekday(fourth) + 7 * (week - 1));
}

export function isWeekend(iso: IsoDate): boolean {
  return isoWeekday(iso) >= 6;
}

/** Lexical order is date order for YYYY-MM-DD. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
