import {
  isoWeekday,
  isSchoolDay,
  lessonCount,
  type AbsenceEvent,
  type IsoDate,
  type SchoolCalendar,
} from '../model';

/**
 * Everything registered for one student on one school day. Portals often list a whole day both
 * as a day and as each of its lessons, or repeat a lesson under two codes; folding the events
 * into one record per date keeps every view (weekdays, weeks, streaks, heatmap) counting the same
 * absence once.
 */
export interface DayRecord {
  date: IsoDate;
  weekday: 1 | 2 | 3 | 4 | 5;
  wholeDay: boolean;
  /** Lesson numbers absent that day, sorted, each once. Empty on a whole day (the day covers them). */
  lessonNumbers: number[];
  /** Lessons absent without a lesson number (counted from minutes where the portal gives them). */
  unnumberedLessons: number;
  late: number;
  leftEarly: number;
}

/** Enkelttimer absent on a day that is not a whole-day absence. */
export function lessonsOn(record: DayRecord): number {
  return record.wholeDay ? 0 : record.lessonNumbers.length + record.unnumberedLessons;
}

export function isAbsent(record: DayRecord): boolean {
  return record.wholeDay || lessonsOn(record) > 0;
}

/** Whole days plus lessons as a share of a school day: one number for a sparkline or a trend. */
export function dayEquivalents(record: DayRecord, lessonsPerDay: number): number {
  return (record.wholeDay ? 1 : 0) + lessonsOn(record) / lessonsPerDay;
}

/**
 * One record per school day up to `asOf`, oldest first. Events after `asOf` have not happened
 * yet as far as the analysis knows; events on a weekend or holiday are registration slips, not
 * missed school, and are left out.
 */
export function collectDays(events: readonly AbsenceEvent[], calendar: SchoolCalendar, asOf: IsoDate): DayRecord[] {
  const byDate = new Map<IsoDate, { wholeDay: boolean; numbers: Set<number>; unnumbered: number; late: number; leftEarly: number }>();
  for (const event of events) {
    if (event.date > asOf || !isSchoolDay(calendar, event.date)) continue;
    let entry = byDate.get(event.date);
    if (!entry) {
      entry = { wholeDay: false, numbers: new Set(), unnumbered: 0, late: 0, leftEarly: 0 };
      byDate.set(event.date, entry);
    }
    switch (event.kind) {
      case 'day':
        entry.wholeDay = true;
        break;
      case 'lesson':
        if (event.lessons && event.lessons.length > 0) for (const n of event.lessons) entry.numbers.add(n);
        else entry.unnumbered += lessonCount(event);
        break;
      case 'late':
        entry.late++;
        break;
      case 'leftEarly':
        entry.leftEarly++;
        break;
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, e]) => ({
      date,
      weekday: isoWeekday(date) as DayRecord['weekday'],
      wholeDay: e.wholeDay,
      lessonNumbers: e.wholeDay ? [] : [...e.numbers].sort((a, b) => a - b),
      unnumberedLessons: e.wholeDay ? 0 : e.unnumbered,
      late: e.late,
      leftEarly: e.leftEarly,
    }));
}

/** Whether the page gives lesson numbers at all: without them there is no time-of-day pattern. */
export function hasLessonNumbers(events: readonly AbsenceEvent[]): boolean {
  return events.some((e) => (e.lessons?.length ?? 0) > 0);
}

export function hasSubjects(events: readonly AbsenceEvent[]): boolean {
  return events.some((e) => e.subject !== undefined && e.subject.trim() !== '');
}
