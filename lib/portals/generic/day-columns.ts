import { addDaysIso, daysBetween, type IsoDate, isoWeekday, isWeekend } from '../../model';
import { cleanText, WEEKDAYS } from '../norwegian-format';
import type { ColumnRole } from './columns';

/** "ma 02", "ti03", "Fr 6.", "16": a day of the month, perhaps after its weekday, as a month's register heads its columns. */
const DAY_OF_MONTH = /^(?:(\p{L}{2,7})\.?\s*)?(\d{1,2})\.?$/u;
/** Fewer day columns than a school week could be a table of something else numbered 1, 2, 3. */
const MIN_DAY_COLUMNS = 5;
/** A range longer than a month would let one day number stand for two dates. */
const MAX_RANGE_DAYS = 31;

/** The one date in `range` with this day of the month, if exactly one has it. */
function dateInRange(day: number, range: { from: IsoDate; to: IsoDate }): IsoDate | undefined {
  const found: IsoDate[] = [];
  for (let date = range.from; date <= range.to; date = addDaysIso(date, 1)) if (Number(date.slice(8, 10)) === day) found.push(date);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A month's register heads a column per school day with only the day of the month, perhaps under
 * its weekday ("ma 02 | ti 03 | … | ma 23"), and says the month above the table ("Viser skoledager
 * 02.11.2026–23.11.2026"). Each such column is that day's register column when every one falls in
 * the stated range, on the weekday its header names, in the order of the columns. Else undefined.
 */
export function daysOfMonthColumns(roles: ColumnRole[], headers: string[], range: { from: IsoDate; to: IsoDate } | undefined): ColumnRole[] | undefined {
  return daysInRange(roles, headers, range, false);
}

/**
 * A register of the last school days heads each column with its weekday and day of the month
 * ("Tue 10 | Wed 11 | … | Mon 23") and states no month: the columns are then the days up to the
 * as-of day, each the one date in the month before it with that day number, when each falls on
 * the weekday its header names and the columns run in order. A bare day number is not enough here.
 */
export function lastDaysColumns(roles: ColumnRole[], headers: string[], asOf: IsoDate): ColumnRole[] | undefined {
  return daysInRange(roles, headers, { from: addDaysIso(asOf, -(MAX_RANGE_DAYS - 1)), to: asOf }, true);
}

function daysInRange(
  roles: ColumnRole[],
  headers: string[],
  range: { from: IsoDate; to: IsoDate } | undefined,
  weekdayNeeded: boolean,
): ColumnRole[] | undefined {
  if (!range || daysBetween(range.from, range.to) + 1 > MAX_RANGE_DAYS) return undefined;
  if (roles.some((role) => role.kind === 'dateColumn')) return undefined;
  const dates = new Map<number, IsoDate>();
  for (const [column, header] of headers.entries()) {
    if (roles[column]?.kind !== 'other') continue;
    const match = DAY_OF_MONTH.exec(cleanText(header).toLowerCase());
    if (!match?.[2]) continue;
    const date = dateInRange(Number(match[2]), range);
    const weekday = match[1] === undefined ? undefined : WEEKDAYS[match[1]];
    if (weekdayNeeded && weekday === undefined) return undefined;
    // A bare number is read as a day only on a school day: "1 | 2 | … | 8" may number lessons.
    if (!date || (match[1] === undefined ? isWeekend(date) : weekday !== isoWeekday(date))) return undefined;
    dates.set(column, date);
  }
  const inOrder = [...dates.values()];
  if (inOrder.length < MIN_DAY_COLUMNS || inOrder.some((date, i) => i > 0 && date <= (inOrder[i - 1] as IsoDate))) return undefined;
  return roles.map((role, column): ColumnRole => {
    const date = dates.get(column);
    return date === undefined ? role : { kind: 'dateColumn', date };
  });
}
