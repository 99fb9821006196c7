import type { IsoDate } from '../../model';
import { cleanText, parseNorwegianDate } from '../norwegian-format';

/**
 * A report that lists each student's absence dates in one cell ("03.09, 04.09 · 15.10 (2 t)"):
 * a date alone is a whole day missed, a date with a count of lessons in brackets is that many
 * enkelttimer that day. The cell is read only when every item in it is such a date, so a cell of
 * remarks or of anything else is never taken for days missed.
 */
export interface ListedDay {
  date: IsoDate;
  /** The lessons missed that day; absent for a whole day. */
  lessons?: number;
}

/** "15.10", "15.10.2026", "15.10.", each perhaps with "(2 t)" / "(2 timer)" after it. */
const ITEM = /^(\d{1,2}\.\d{1,2}(?:\.(?:\d{4}|\d{2})?)?)\s*(?:\(\s*(\d{1,2})\s*(?:t|tim|time|timer|timar)\.?\s*\))?$/iu;
/** Items are parted by commas, semicolons or middle dots. */
const SEPARATOR = /\s*[,;·•]\s*/u;

/** The days a cell lists, in its order; undefined when any part of it is not a date of the list's form. */
export function listedDays(text: string, asOf: IsoDate): ListedDay[] | undefined {
  const value = cleanText(text);
  if (value === '') return [];
  const days: ListedDay[] = [];
  for (const item of value.split(SEPARATOR)) {
    const match = ITEM.exec(item);
    const date = match?.[1] ? parseNorwegianDate(match[1], asOf) : null;
    if (!match || date === null) return undefined;
    const lessons = match[2] === undefined ? undefined : Number(match[2]);
    if (lessons === 0) return undefined;
    days.push(lessons === undefined ? { date } : { date, lessons });
  }
  return days;
}
