import {
  isoWeekday,
  isSchoolDay,
  LESSON_MINUTES,
  lessonCount,
  type AbsenceEvent,
  type AbsenceTotals,
  type SchoolCalendar,
} from '../model';
import { lessonsOn, type DayRecord } from './day-record';
import type { TermPeriod } from './period';
import type { Heatmap, LessonCount, SubjectCount, WeekdayCount } from './types';

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** "Fravær på faste dager": whole days and lessons per weekday, with the school days to compare against. */
export function byWeekday(period: TermPeriod, records: readonly DayRecord[]): WeekdayCount[] {
  const counts = WEEKDAYS.map((weekday) => ({ weekday, days: 0, lessons: 0, schoolDays: 0 }));
  for (const day of period.schoolDays) (counts[isoWeekday(day) - 1] as WeekdayCount).schoolDays++;
  for (const record of records) {
    const count = counts[record.weekday - 1] as WeekdayCount;
    count.days += record.wholeDay ? 1 : 0;
    count.lessons += lessonsOn(record);
  }
  return counts;
}

/**
 * Columns for the lesson views: the calendar's lessons per day, widened when the page numbers a
 * lesson beyond it (a long day), so no registered lesson falls off the grid.
 */
export function lessonColumns(records: readonly DayRecord[], lessonsPerDay: number): number {
  let columns = lessonsPerDay;
  for (const record of records) for (const n of record.lessonNumbers) columns = Math.max(columns, n);
  return columns;
}

/**
 * "Spesielle tidspunkt på dagen": single-lesson absences by lesson number. Whole days are left
 * out here — they fall on every lesson alike and say nothing about the time of day.
 */
export function byLesson(records: readonly DayRecord[], columns: number): LessonCount[] {
  const counts: LessonCount[] = Array.from({ length: columns }, (_, i) => ({ lesson: i + 1, count: 0 }));
  for (const record of records) for (const n of record.lessonNumbers) (counts[n - 1] as LessonCount).count++;
  return counts;
}

/**
 * The "Timeplan (rødt/gult/grønt)" grid: weekday × lesson. A whole-day absence was absence from
 * every lesson that day, so it fills its row.
 */
export function heatmap(records: readonly DayRecord[], columns: number): Heatmap {
  const counts = WEEKDAYS.map(() => new Array<number>(columns).fill(0));
  for (const record of records) {
    const row = counts[record.weekday - 1] as number[];
    if (record.wholeDay) for (let i = 0; i < columns; i++) row[i] = (row[i] as number) + 1;
    else for (const n of record.lessonNumbers) row[n - 1] = (row[n - 1] as number) + 1;
  }
  const max = Math.max(0, ...counts.flat());
  return { counts, max, lessonsPerDay: columns };
}

/**
 * "Er det mer fravær i enkelte fag enn i andre": lesson absences per subject in the period.
 * Minutes are the portal's own where given, otherwise a standard lesson's length per lesson.
 * Sorted by lessons, most first, then by name.
 */
export function bySubject(
  events: readonly AbsenceEvent[],
  calendar: SchoolCalendar,
  period: TermPeriod,
): SubjectCount[] {
  const totals = new Map<string, SubjectCount>();
  for (const event of events) {
    if (event.kind !== 'lesson' || event.date < period.from || event.date > period.to) continue;
    const subject = event.subject?.trim();
    if (!subject || !isSchoolDay(calendar, event.date)) continue;
    const lessons = lessonCount(event);
    const entry = totals.get(subject) ?? { subject, lessons: 0, minutes: 0 };
    entry.lessons += lessons;
    entry.minutes += event.minutes ?? lessons * LESSON_MINUTES;
    totals.set(subject, entry);
  }
  return sortSubjects([...totals.values()]);
}

/** The same view from a summary table's subject rows, converting between lessons and minutes where only one is given. */
export function bySubjectFromTotals(totals: AbsenceTotals): SubjectCount[] | null {
  if (totals.subjects.length === 0) return null;
  return sortSubjects(
    totals.subjects.map((s) => {
      const lessons = s.absentLessons ?? (s.absentMinutes !== undefined ? s.absentMinutes / LESSON_MINUTES : 0);
      const minutes = s.absentMinutes ?? lessons * LESSON_MINUTES;
      return { subject: s.subject, lessons, minutes };
    }),
  );
}

function sortSubjects(subjects: SubjectCount[]): SubjectCount[] {
  return subjects.sort((a, b) => b.lessons - a.lessons || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}
