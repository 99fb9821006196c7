import { z } from 'zod';
import { addDays, differenceInCalendarDays, format, getISODay, isValid, parse } from 'date-fns';

/**
 * Date-only values ("YYYY-MM-DD"). Absence is registered per school day, so nothing here
 * carries a time or a time zone: a date string means the same day in Europe/Oslo everywhere.
 * Arithmetic goes through date-fns on local-midnight Date objects, which is safe for
 * calendar-day differences across daylight-saving changes.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))), {
    message: 'not a real calendar date',
  });
export type IsoDate = z.infer<typeof IsoDate>;

export function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(iso), days));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  return getISODay(toDate(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  return isoWeekday(iso) >= 6;
}

/** Lexical order is date order for YYYY-MM-DD. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
