import { addMonths } from 'date-fns';
import { daysBetween, toDate, toIso, type IsoDate, type StudentRecord } from '../model';

/**
 * How long a closed student's notes are kept. Personal data about a student should not be kept
 * longer than needed; the default keeps a closed file for 12 months (a school year and a margin,
 * so that absence returning the next autumn still finds last year's notes), and warns 30 days
 * before deletion so the teacher can take a backup or reopen the file.
 *
 * Only records with `closedAt` count: an open file is never planned for deletion. Pure: the
 * background runs it with today's date and asks before it deletes.
 */
export interface RetentionPlan {
  /** Closed at least `months` months ago: due for deletion on or before `asOf`. */
  toDelete: string[];
  /** Due for deletion within `warnDays` days after `asOf`. */
  toWarn: Array<{ key: string; deleteOn: IsoDate }>;
}

export function deletionDate(closedAt: IsoDate, months: number): IsoDate {
  // date-fns clamps to the month's last day: closed 31 January → deleted 28/29 February next year.
  return toIso(addMonths(toDate(closedAt), months));
}

export function retentionPlan(
  records: ReadonlyArray<Pick<StudentRecord, 'studentKey' | 'closedAt'>>,
  asOf: IsoDate,
  months = 12,
  warnDays = 30,
): RetentionPlan {
  const plan: RetentionPlan = { toDelete: [], toWarn: [] };
  for (const record of records) {
    if (record.closedAt === undefined) continue;
    const deleteOn = deletionDate(record.closedAt, months);
    const daysLeft = daysBetween(asOf, deleteOn);
    if (daysLeft <= 0) plan.toDelete.push(record.studentKey);
    else if (daysLeft <= warnDays) plan.toWarn.push({ key: record.studentKey, deleteOn });
  }
  return plan;
}
