import { lastSchoolDays, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../model';
import type { DayRecord } from './day-record';
import type { Streak } from './types';

export interface Streaks {
  longest: Streak | null;
  current: Streak | null;
}

/**
 * Runs of whole-day absence over consecutive school days. Weekends and holidays do not break a
 * run — only a school day the student was there does — so Friday, høstferie and the Monday after
 * are two days in a row. Runs are not cut at the term's edge: a run that goes on over juleferie is
 * one run. The longest run wins; of equally long runs the latest, the one that matters now.
 */
export function streaks(records: readonly DayRecord[], calendar: SchoolCalendar, asOf: IsoDate): Streaks {
  const absent = records.filter((r) => r.wholeDay).map((r) => r.date);
  const first = absent[0];
  if (first === undefined) return { longest: null, current: null };
  const absentSet = new Set(absent);

  let longest: Streak | null = null;
  let run: Streak | null = null;
  for (const day of schoolDaysBetween(calendar, first, asOf)) {
    if (absentSet.has(day)) {
      const from: IsoDate = run === null ? day : run.from;
      run = { days: run === null ? 1 : run.days + 1, from, to: day };
      if (!longest || run.days >= longest.days) longest = run;
    } else {
      run = null;
    }
  }

  const lastDay = lastSchoolDays(calendar, asOf, 1)[0];
  const current = run && lastDay !== undefined && run.to === lastDay ? run : null;
  return { longest, current };
}
