/**
 * The forecast's settings. `rateSchoolDays` and `longRunSchoolDays` were chosen by the back-test on
 * the tuning set of generated school years (docs/FORECAST.md, written by scripts/forecast-report.ts);
 * the rest are fixed by what a teacher is promised: four school weeks before anything is said,
 * three school weeks for "på vei".
 */
export interface ForecastMethod {
  /** The rate is measured over this many of the term's latest school days (a long run left out). */
  rateSchoolDays: number;
  /** This many consecutive school days absent whole days, or more, is a long run (an illness). */
  longRunSchoolDays: number;
  /** The page must show at least this many school days of the term: four school weeks. */
  minObservedSchoolDays: number;
  /** "På vei": expected to fire within this many school days: three school weeks. */
  soonSchoolDays: number;
  /** Fewer school days of the term than this (six school weeks) is "usikkert: kort periode". */
  shortPeriodBelowSchoolDays: number;
  /** A rate resting on fewer school days with absence than this is "usikkert: få fraværsdager". */
  fewAbsencesBelowDays: number;
}

export const FORECAST_METHOD: ForecastMethod = {
  rateSchoolDays: 15,
  longRunSchoolDays: 8,
  minObservedSchoolDays: 20,
  soonSchoolDays: 15,
  shortPeriodBelowSchoolDays: 30,
  fewAbsencesBelowDays: 3,
};
