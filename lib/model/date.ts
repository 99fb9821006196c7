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

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, { message: 'not a real calendar date' });
export type IsoDate = z.infer<typeof IsoDate>;

/** Whole days since 1970-01-01. */
export function dayNumber(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
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

export function isWeekend(iso: IsoDate): boolean {
  return isoWeekday(iso) >= 6;
}

/** Lexical order is date order for YYYY-MM-DD. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
