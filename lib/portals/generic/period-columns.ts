import { addDaysIso, type IsoDate, isoWeekday } from '../../model';
import { MONTHS } from '../norwegian-format';
import { normaliseHeader } from '../table';
import type { ColumnRole } from './columns';

/**
 * Reports that break the term down into periods side by side ("Aug | Sep | Okt | Nov | Sum",
 * "Uke 44 | Uke 45 | Uke 46 | Totalt hittil"): each period column is a stretch of its own, the
 * latest one so far as the as-of day.
 */

/** The days a header that is only a month ("Nov", "november 2026") or a week number ("Uke 45") covers, up to the as-of day. */
export function periodOfHeader(text: string, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const [first, second, third] = normaliseHeader(text).split(' ');
  const year = Number(asOf.slice(0, 4));
  let from: IsoDate;
  let end: IsoDate;
  const month = MONTHS[first ?? ''];
  if (month && third === undefined && (second === undefined || /^20\d\d$/u.test(second))) {
    // The month's latest start on or before the as-of day, unless the header gives the year.
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    const y = second ? Number(second) : year;
    from = day(y, month - 1, 1);
    if (!second && from > asOf) from = day(y - 1, month - 1, 1);
    end = addDaysIso(day(Number(from.slice(0, 4)), month, 1), -1);
  } else if (['uke', 'veke', 'week'].includes(first ?? '') && /^\d\d?$/u.test(second ?? '') && Number(second) <= 53) {
    // ISO week n starts on the Monday of the week that holds 4 January.
    const monday = (y: number) => addDaysIso(`${y}-01-04`, 7 * Number(second) - 6 - isoWeekday(`${y}-01-04`));
    from = monday(year) > asOf ? monday(year - 1) : monday(year);
    end = addDaysIso(from, 6);
  } else return undefined;
  return from > asOf ? undefined : { from, to: end < asOf ? end : asOf };
}

/**
 * Beside period columns, a column headed "Sum", "Totalt" or "Totalt hittil" adds them up: it is the
 * whole period's figure. Without them such a header says nothing of absence (a grade overview's sum).
 */
export function withPeriodSum(roles: ColumnRole[], headers: readonly string[], totalWords: readonly string[]): ColumnRole[] {
  if (roles.filter((role) => role.kind === 'stretch').length < 2) return roles;
  return roles.map((role, column) => {
    const header = normaliseHeader(headers[column] ?? '');
    return role.kind === 'other' && totalWords.some((word) => header === word || header.startsWith(`${word} `)) ? { kind: 'absence' } : role;
  });
}
