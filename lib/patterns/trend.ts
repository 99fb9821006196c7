import type { IsoDate } from '../model';
import { dayEquivalents, type DayRecord } from './day-record';
import { FOUR_WEEKS, SCHOOL_DAYS_PER_WEEK, type TermPeriod } from './period';
import type { Trend } from './types';

/**
 * A change counts as a trend when it is both
 * - large enough to matter: at least half a day-equivalent per school week (a tenth of the
 *   school time — the size of change a teacher would call "økende" rather than noise), and
 * - large relative to where it started: the higher rate is at least 1.5 × the lower one.
 */
export const TREND_MIN_CHANGE_PER_WEEK = 0.5;
export const TREND_MIN_RATIO = 1.5;

/**
 * The earlier window needs at least two school weeks, or there is nothing to compare against;
 * before that, early in the term, the trend is unknown (null).
 */
export const TREND_MIN_EARLIER_DAYS = 2 * SCHOOL_DAYS_PER_WEEK;

/**
 * Absence per school week in the last four school weeks of the term against the four before
 * ("Dersom fraværet er bekymringsfullt stort eller økende", Rælingen 002). Both windows are
 * counted in school days and scaled to a five-day week, so a holiday or a half week does not read
 * as a drop.
 */
export function trend(period: TermPeriod, records: readonly DayRecord[], lessonsPerDay: number): Trend | null {
  if (period.recent.length < FOUR_WEEKS || period.earlier.length < TREND_MIN_EARLIER_DAYS) return null;
  const recentPerWeek = perWeek(period.recent, records, lessonsPerDay);
  const earlierPerWeek = perWeek(period.earlier, records, lessonsPerDay);
  return { direction: direction(recentPerWeek, earlierPerWeek), recentPerWeek, earlierPerWeek };
}

export function direction(recent: number, earlier: number): Trend['direction'] {
  if (recent - earlier >= TREND_MIN_CHANGE_PER_WEEK && recent >= TREND_MIN_RATIO * earlier) return 'okende';
  if (earlier - recent >= TREND_MIN_CHANGE_PER_WEEK && earlier >= TREND_MIN_RATIO * recent) return 'synkende';
  return 'stabil';
}

function perWeek(days: readonly IsoDate[], records: readonly DayRecord[], lessonsPerDay: number): number {
  const set = new Set(days);
  let total = 0;
  for (const record of records) if (set.has(record.date)) total += dayEquivalents(record, lessonsPerDay);
  return round2((total / days.length) * SCHOOL_DAYS_PER_WEEK);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
