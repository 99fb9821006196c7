import { addDaysIso, mondayOf, type IsoDate } from '../model';
import { dayEquivalents, lessonsOn, type DayRecord } from './day-record';
import type { TermPeriod } from './period';
import type { WeekPoint } from './types';

/**
 * One point per ISO week from the week the term starts in to the week of `asOf`, holiday weeks
 * included (with schoolDays 0) so the sparkline's x axis is calendar time and a gap shows as one.
 */
export function weeklySeries(period: TermPeriod, records: readonly DayRecord[], lessonsPerDay: number): WeekPoint[] {
  const points: WeekPoint[] = [];
  const last = mondayOf(period.to);
  let dayIndex = 0;
  let recordIndex = 0;
  for (let monday = mondayOf(period.from); monday <= last; monday = addDaysIso(monday, 7)) {
    const sunday = addDaysIso(monday, 6);
    const point: WeekPoint = { weekStart: monday, dayEquivalents: 0, days: 0, lessons: 0, late: 0, schoolDays: 0 };
    for (; dayIndex < period.schoolDays.length && (period.schoolDays[dayIndex] as IsoDate) <= sunday; dayIndex++) {
      point.schoolDays++;
    }
    for (; recordIndex < records.length; recordIndex++) {
      const record = records[recordIndex] as DayRecord;
      if (record.date > sunday) break;
      if (record.date < period.from || record.date < monday) continue;
      point.days += record.wholeDay ? 1 : 0;
      point.lessons += lessonsOn(record);
      point.late += record.late;
      point.dayEquivalents += dayEquivalents(record, lessonsPerDay);
    }
    points.push(point);
  }
  return points;
}
