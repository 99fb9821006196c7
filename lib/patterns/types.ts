import type { Coverage, IsoDate } from '../model';

/**
 * What the absence pattern analysis finds in one student's history. Every part is null when the
 * data does not support it (a summary table has no dates; a page without lesson numbers has no
 * lesson-of-day pattern): the analysis says "unknown" rather than guessing.
 */
export interface Patterns {
  asOf: IsoDate;
  coverage: Coverage;
  /**
   * The period the page showed, as the figures below cover it: null when it is the term so far
   * (or the calendar has no term), else the window, so every figure can say "i perioden 16.11–20.11".
   */
  shownWindow: ShownWindow | null;
  /** Absence by weekday, Monday (1) … Friday (5): "Fravær på faste dager". */
  byWeekday: WeekdayCount[] | null;
  /** Absence by lesson of the day (1 = first lesson). */
  byLesson: LessonCount[] | null;
  /** Absence by subject: "Er det mer fravær i enkelte fag enn i andre". */
  bySubject: SubjectCount[] | null;
  lateness: EventCount | null;
  leftEarly: EventCount | null;
  /** Longest run of consecutive school days absent (whole days), and the run that ends today. */
  longestStreak: Streak | null;
  currentStreak: Streak | null;
  trend: Trend | null;
  /** Item 4 of the mapping form: "Hvordan oppstod fraværet? Plutselig, gradvis?" */
  onset: 'plutselig' | 'gradvis' | null;
  /** Absence on the first school day after a holiday. */
  afterHolidays: {
    count: number;
    dates: IsoDate[];
    /** How many first-school-days-after-a-holiday fell up to asOf (the count is out of these). */
    outOf?: number;
  } | null;
  /** One point per school week of the current term, oldest first: the sparkline. */
  weeklySeries: WeekPoint[] | null;
  /** Weekday × lesson counts for the "Timeplan (rødt/gult/grønt)" heatmap. */
  heatmap: Heatmap | null;
  /** The patterns worth a teacher's attention, strongest first. */
  findings: PatternFinding[];
}

export interface ShownWindow {
  from: IsoDate;
  to: IsoDate;
  schoolDays: number;
}

/** Forsentkomming or leaving early: occurrences in the current term and in its last four school weeks. */
export interface EventCount {
  count: number;
  lastFourWeeks: number;
  /**
   * True when the count comes from a summary table (coverage "totals"): no dates are known, so
   * lastFourWeeks is 0 for want of data, not because nothing happened.
   */
  lastFourWeeksUnknown?: boolean;
}

export interface WeekdayCount {
  weekday: 1 | 2 | 3 | 4 | 5;
  /** Whole days absent on this weekday. */
  days: number;
  /** Lessons (enkelttimer) absent on this weekday. */
  lessons: number;
  /** School days on this weekday in the period analysed. */
  schoolDays: number;
}

export interface LessonCount {
  lesson: number;
  count: number;
}

export interface SubjectCount {
  subject: string;
  lessons: number;
  minutes: number;
}

export interface Streak {
  days: number;
  from: IsoDate;
  to: IsoDate;
}

export interface Trend {
  direction: 'okende' | 'stabil' | 'synkende';
  /** Absence (day-equivalents) per school week in the last four weeks vs. the four weeks before. */
  recentPerWeek: number;
  earlierPerWeek: number;
}

export interface WeekPoint {
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  /** Whole days absent plus lessons/lessonsPerDay: one number a sparkline can plot. */
  dayEquivalents: number;
  days: number;
  lessons: number;
  late: number;
  schoolDays: number;
}

export interface Heatmap {
  /** rows = weekdays Monday … Friday, columns = lessons 1 … lessonsPerDay */
  counts: number[][];
  max: number;
  lessonsPerDay: number;
}

/**
 * A pattern worth a teacher's attention, as a code with its numbers: the UI words it in the
 * teacher's language (components/overlay/pattern-words.ts), the forms in Norwegian
 * (lib/forms/pattern-answer.ts). `strength` is 0 … 1: how clear the pattern is; findings are
 * sorted by it.
 */
export type PatternFinding =
  /** School days absent in a row; `ongoing` when the run reaches today. */
  | { id: 'streak'; days: number; ongoing: boolean; strength: number }
  | { id: 'trend'; direction: 'okende' | 'synkende'; strength: number }
  /** Concentrations: where the absence concentrates. */
  | { id: 'weekday'; weekday: WeekdayCount['weekday']; strength: number }
  | { id: 'lesson'; lesson: number; strength: number }
  /** The subject as the page names it. */
  | { id: 'subject'; subject: string; strength: number }
  /**
   * Lateness or leaving early: `count` times in the last four school weeks (`over` "lastFourWeeks"),
   * or over the period shown (`over` "shown": the term so far when `period` is null, else the window).
   */
  | { id: 'lateness' | 'leftEarly'; count: number; over: 'lastFourWeeks' | 'shown'; period: FindingPeriod; strength: number }
  | { id: 'afterHolidays'; count: number; strength: number }
  /** The page shows only totals: patterns cannot be known. */
  | { id: 'unknown'; strength: number };

/** The period a finding's count covers: the term so far (null), or the shorter window the page showed. */
export type FindingPeriod = { from: IsoDate; to: IsoDate } | null;
