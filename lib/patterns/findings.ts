import type { FindingPeriod, PatternFinding, Patterns } from './types';

/**
 * The patterns worth a teacher's attention, each a rule over the analysed parts, strongest first.
 *
 * Strength is 0 … 1 on one scale for all kinds, so that findings of different kinds can be
 * ordered. It is a ranking aid, not a measurement: each rule below says how it is scaled.
 * Equal strengths keep the order of FINDING_ORDER, so the list is deterministic.
 */
export const FINDING_ORDER: readonly PatternFinding['id'][] = [
  'streak',
  'trend',
  'weekday',
  'lesson',
  'subject',
  'lateness',
  'leftEarly',
  'afterHolidays',
  'unknown',
];

/**
 * Concentration (weekday, lesson, subject): one value stands out when it has at least
 * CONCENTRATION_MIN_OCCASIONS absences, at least CONCENTRATION_MIN_RATIO times the mean of the
 * others, and at least CONCENTRATION_MIN_LEAD times the runner-up (two equal weekdays are not
 * "mest fravær" on either). Strength: how far it stands out (1 − others' mean / its value, 0.5 … 1 when the rule
 * fires), scaled down while there are fewer than CONCENTRATION_FULL_SUPPORT occasions.
 */
export const CONCENTRATION_MIN_OCCASIONS = 2;
export const CONCENTRATION_MIN_RATIO = 2;
export const CONCENTRATION_MIN_LEAD = 1.5;
export const CONCENTRATION_FULL_SUPPORT = 6;

/** Subjects differ in hours per week, so a subject needs a little more before it stands out. */
export const SUBJECT_MIN_LESSONS = 3;

/**
 * A streak is a finding from three school days: Trøndelag (004) "etablerer dialog med
 * elev/foresatte etter 1-3 sammenhengende dager med uvarslet fravær". Strength reaches 1 at two
 * school weeks in a row, well before the three weeks after which, in Rælingen's words (002), "blir
 * det vanskeligere å få effekt av tiltak"; a run still going on weighs STREAK_ONGOING_BONUS more,
 * as it is the absence to act on now.
 */
export const STREAK_MIN_DAYS = 3;
export const STREAK_FULL_DAYS = 10;
export const STREAK_ONGOING_BONUS = 0.2;

/**
 * Lateness and leaving early are both "faresignaler som krever handling" in Rælingen (002):
 * "Forsentkomming til skolestart", "Eleven møter opp på skolen, men forlater den igjen".
 * Lateness is a finding from two times in the last four weeks (or three in the term); leaving
 * early from once in the last four weeks (or twice in the term).
 */
export const LATE_MIN_RECENT = 2;
export const LATE_MIN_TERM = 3;
export const LEFT_EARLY_MIN_RECENT = 1;
export const LEFT_EARLY_MIN_TERM = 2;

/** Absence after a break is a pattern from the second time. */
export const AFTER_HOLIDAYS_MIN = 2;

/** The window a term-wide count covers: the term so far (null), or what the page showed. */
function findingPeriod(patterns: Pick<Patterns, 'shownWindow'>): FindingPeriod {
  const shown = patterns.shownWindow;
  return shown ? { from: shown.from, to: shown.to } : null;
}

export function findings(patterns: Omit<Patterns, 'findings'>, lessonsPerDay: number): PatternFinding[] {
  if (patterns.coverage === 'totals') return [{ id: 'unknown', strength: 0 }];
  const found = [
    streakFinding(patterns),
    trendFinding(patterns),
    weekdayFinding(patterns, lessonsPerDay),
    lessonFinding(patterns),
    subjectFinding(patterns),
    countFinding('lateness', patterns.lateness, LATE_MIN_RECENT, LATE_MIN_TERM, 8, findingPeriod(patterns)),
    countFinding('leftEarly', patterns.leftEarly, LEFT_EARLY_MIN_RECENT, LEFT_EARLY_MIN_TERM, 4, findingPeriod(patterns)),
    afterHolidaysFinding(patterns),
  ].filter((f): f is PatternFinding => f !== null);
  return found.sort(
    (a, b) => b.strength - a.strength || FINDING_ORDER.indexOf(a.id) - FINDING_ORDER.indexOf(b.id),
  );
}

function streakFinding(p: Omit<Patterns, 'findings'>): PatternFinding | null {
  // The run going on now matters more than an older, longer one once it is itself a finding.
  const ongoing = p.currentStreak && p.currentStreak.days >= STREAK_MIN_DAYS ? p.currentStreak : null;
  const streak = ongoing ?? p.longestStreak;
  if (!streak || streak.days < STREAK_MIN_DAYS) return null;
  return {
    id: 'streak',
    days: streak.days,
    ongoing: ongoing !== null,
    strength: round(Math.min(1, streak.days / STREAK_FULL_DAYS + (ongoing ? STREAK_ONGOING_BONUS : 0))),
  };
}

/** Rising: strength 1 at a rise of 2.5 day-equivalents a week (half the week). Falling counts half as much. */
function trendFinding(p: Omit<Patterns, 'findings'>): PatternFinding | null {
  const t = p.trend;
  if (!t || t.direction === 'stabil') return null;
  const change = Math.min(1, Math.abs(t.recentPerWeek - t.earlierPerWeek) / 2.5);
  return t.direction === 'okende'
    ? { id: 'trend', direction: 'okende', strength: round(change) }
    : { id: 'trend', direction: 'synkende', strength: round(change / 2) };
}

/** Weekdays compare by rate (day-equivalents per school day on that weekday): a term has unequal numbers of each. */
function weekdayFinding(p: Omit<Patterns, 'findings'>, lessonsPerDay: number): PatternFinding | null {
  if (!p.byWeekday) return null;
  const rows = p.byWeekday.filter((w) => w.schoolDays > 0);
  const values = rows.map((w) => ({
    key: w.weekday,
    value: (w.days + w.lessons / lessonsPerDay) / w.schoolDays,
    occasions: w.days + w.lessons,
  }));
  const top = standsOut(values, CONCENTRATION_MIN_OCCASIONS);
  if (!top) return null;
  return { id: 'weekday', weekday: top.key, strength: top.strength };
}

function lessonFinding(p: Omit<Patterns, 'findings'>): PatternFinding | null {
  if (!p.byLesson) return null;
  const top = standsOut(
    p.byLesson.map((l) => ({ key: l.lesson, value: l.count, occasions: l.count })),
    CONCENTRATION_MIN_OCCASIONS,
  );
  if (!top) return null;
  return { id: 'lesson', lesson: top.key, strength: top.strength };
}

/** Only subjects with absence are known, so a subject is compared with the other subjects that have some. */
function subjectFinding(p: Omit<Patterns, 'findings'>): PatternFinding | null {
  if (!p.bySubject) return null;
  const top = standsOut(
    p.bySubject.map((s) => ({ key: s.subject, value: s.lessons, occasions: s.lessons })),
    SUBJECT_MIN_LESSONS,
  );
  if (!top) return null;
  return { id: 'subject', subject: top.key, strength: top.strength };
}

function countFinding(
  id: 'lateness' | 'leftEarly',
  counts: Patterns['lateness'],
  minRecent: number,
  minTerm: number,
  fullRecent: number,
  period: FindingPeriod,
): PatternFinding | null {
  if (!counts) return null;
  if (counts.lastFourWeeks >= minRecent) {
    return {
      id,
      count: counts.lastFourWeeks,
      over: 'lastFourWeeks',
      period,
      strength: round(Math.min(1, counts.lastFourWeeks / fullRecent)),
    };
  }
  if (counts.count >= minTerm) {
    // Spread over the term rather than recent: half the weight.
    return {
      id,
      count: counts.count,
      over: 'shown',
      period,
      strength: round(Math.min(1, counts.count / (4 * fullRecent)) / 2),
    };
  }
  return null;
}

/** Strength: the share of breaks followed by absence, at most 0.8 — a handful of days is thin evidence. */
function afterHolidaysFinding(p: Omit<Patterns, 'findings'>): PatternFinding | null {
  const a = p.afterHolidays;
  if (!a || a.count < AFTER_HOLIDAYS_MIN) return null;
  const share = a.outOf ? a.count / a.outOf : 1;
  return {
    id: 'afterHolidays',
    count: a.count,
    strength: round(0.8 * share),
  };
}

interface Candidate<K> {
  key: K;
  value: number;
  occasions: number;
}

function standsOut<K>(candidates: readonly Candidate<K>[], minOccasions: number): { key: K; strength: number } | null {
  if (candidates.length === 0) return null;
  // Highest value; the first of equals (candidates come in weekday/lesson/sorted-subject order).
  const top = candidates.reduce((best, c) => (c.value > best.value ? c : best));
  if (top.occasions < minOccasions || top.value <= 0) return null;
  const others = candidates.filter((c) => c !== top);
  const othersMean = others.length === 0 ? 0 : others.reduce((s, c) => s + c.value, 0) / others.length;
  if (top.value < CONCENTRATION_MIN_RATIO * othersMean) return null;
  const runnerUp = others.reduce((m, c) => Math.max(m, c.value), 0);
  if (top.value < CONCENTRATION_MIN_LEAD * runnerUp) return null;
  const clarity = 1 - othersMean / top.value;
  const support = Math.min(1, top.occasions / CONCENTRATION_FULL_SUPPORT);
  return { key: top.key, strength: round(clarity * support) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
