import { resolvePeriod, type IsoDate, type StudentHistory } from '../model';
import { afterHolidays } from './after-holidays';
import { collectDays, hasLessonNumbers, hasSubjects, type DayRecord } from './day-record';
import { byLesson, bySubject, bySubjectFromTotals, byWeekday, heatmap, lessonColumns } from './distribution';
import { findings } from './findings';
import { onset } from './onset';
import { termPeriod, within, type TermPeriod } from './period';
import { streaks } from './streak';
import { trend } from './trend';
import type { EventCount, Patterns, ShownWindow } from './types';
import { weeklySeries } from './weekly';

/**
 * The absence patterns in one student's history as of `asOf`: pure and deterministic, no clock.
 *
 * - Events after `asOf` and on days that are not school days are ignored.
 * - Weekday, lesson, subject, heatmap, weekly series, lateness and leaving early describe the
 *   current term up to `asOf` (currentTerm: the term `asOf` is in, or the last one that ended).
 * - Streaks run over all school days up to `asOf`; holidays and weekends do not break them.
 * - A part is null when the data cannot support it: a summary table (coverage "totals") has no
 *   dates, a page without lesson numbers has no time-of-day pattern, a page without subjects no
 *   subject pattern, and there is no term view without a term.
 */
export function analysePatterns(history: StudentHistory, asOf: IsoDate): Patterns {
  const base = history.coverage === 'totals' ? fromTotals(history, asOf) : fromEvents(history, asOf);
  const withWindow = { ...base, shownWindow: shownWindow(history, asOf) };
  return { ...withWindow, findings: findings(withWindow, history.calendar.lessonsPerDay) };
}

/** What a badge draws: the sparkline's weekly series and the page's window; analysePatterns' values for them. */
export type SparklinePatterns = Pick<Patterns, 'weeklySeries' | 'shownWindow'>;

/**
 * Only the sparkline's part of analysePatterns (the same values): the overlay draws it for every
 * student on the page, and analyses the rest only for a student whose popover opens.
 */
export function sparklinePatterns(history: StudentHistory, asOf: IsoDate): SparklinePatterns {
  const shown = shownWindow(history, asOf);
  if (history.coverage === 'totals') return { weeklySeries: null, shownWindow: shown };
  const { calendar } = history;
  const period = termPeriod(calendar, asOf);
  if (!period) return { weeklySeries: null, shownWindow: shown };
  const records = collectDays(history.events, calendar, asOf);
  const inTerm = records.filter((r) => r.date >= period.from && r.date <= period.to);
  return { weeklySeries: weeklySeries(period, inTerm, calendar.lessonsPerDay), shownWindow: shown };
}

/** The page's window when it is shorter than the term so far; null when the figures cover the term. */
function shownWindow(history: StudentHistory, asOf: IsoDate): ShownWindow | null {
  const shown = resolvePeriod(history.shownPeriod, history.calendar, asOf);
  if (!shown || shown.coversTermSoFar) return null;
  return { from: shown.from, to: shown.to, schoolDays: shown.schoolDays };
}

type WithoutFindings = Omit<Patterns, 'findings' | 'shownWindow'>;

function fromEvents(history: StudentHistory, asOf: IsoDate): WithoutFindings {
  const { calendar, events } = history;
  const lessonsPerDay = calendar.lessonsPerDay;
  const records = collectDays(events, calendar, asOf);
  const { longest, current } = streaks(records, calendar, asOf);
  const period = termPeriod(calendar, asOf);
  const inTerm = period ? records.filter((r) => r.date >= period.from && r.date <= period.to) : [];
  const columns = lessonColumns(inTerm, lessonsPerDay);
  const withLessons = hasLessonNumbers(events);
  const series = period ? weeklySeries(period, inTerm, lessonsPerDay) : null;
  return {
    asOf,
    coverage: 'events',
    byWeekday: period ? byWeekday(period, inTerm) : null,
    byLesson: period && withLessons ? byLesson(inTerm, columns) : null,
    bySubject: period && hasSubjects(events) ? bySubject(events, calendar, period) : null,
    lateness: period ? eventCount(period, inTerm, (r) => r.late) : null,
    leftEarly: period ? eventCount(period, inTerm, (r) => r.leftEarly) : null,
    longestStreak: longest,
    currentStreak: current,
    trend: period ? trend(period, inTerm, lessonsPerDay) : null,
    onset: series ? onset(series) : null,
    afterHolidays: afterHolidays(calendar, records, asOf),
    weeklySeries: series,
    heatmap: period && withLessons ? heatmap(inTerm, columns) : null,
  };
}

/** A summary table gives lateness and per-subject totals, nothing with a date: the rest is unknown. */
function fromTotals(history: StudentHistory, asOf: IsoDate): WithoutFindings {
  const totals = history.totals;
  return {
    asOf,
    coverage: 'totals',
    byWeekday: null,
    byLesson: null,
    bySubject: totals ? bySubjectFromTotals(totals) : null,
    lateness:
      totals?.lateCount !== undefined
        ? { count: totals.lateCount, lastFourWeeks: 0, lastFourWeeksUnknown: true }
        : null,
    leftEarly: null,
    longestStreak: null,
    currentStreak: null,
    trend: null,
    onset: null,
    afterHolidays: null,
    weeklySeries: null,
    heatmap: null,
  };
}

function eventCount(period: TermPeriod, records: readonly DayRecord[], pick: (r: DayRecord) => number): EventCount {
  let count = 0;
  let lastFourWeeks = 0;
  for (const record of records) {
    count += pick(record);
    if (within(record.date, period.recent)) lastFourWeeks += pick(record);
  }
  return { count, lastFourWeeks };
}
