import { checkContext } from '../../guidelines/check-context';
import { checkTrigger } from '../../guidelines/checks/check-trigger';
import type { GuidelineProfile } from '../../guidelines/profile';
import { schoolDaysBetween } from '../../model/calendar';
import type { IsoDate } from '../../model/date';
import type { StudentHistory } from '../../model/history';
import { FORECAST_KINDS, forecastCrossings } from '../forecast';
import type { ForecastMethod } from '../method';

/**
 * Cut each student's record at many dates, forecast from what was known then, and compare with
 * what the engine says happened in the three school weeks after. A case is one rule of the profile
 * that could be forecast and had not fired on the cut date.
 */
export interface BacktestCounts {
  /** Rule × student × cut date, the rule not fired on the cut date. */
  cases: number;
  /** Forecasts that the rule would fire within three school weeks. */
  soonForecasts: number;
  /** … of which the rule did fire within three school weeks. */
  soonCameTrue: number;
  /** Cases where the rule fired within three school weeks. */
  crossings: number;
  /** … with no "within three school weeks" forecast. */
  crossingsWithoutSoon: number;
  /** … with no forecast at all. */
  crossingsWithoutAny: number;
  /** For forecasts that came true: the sum of |forecast date − first day fired|, in school days. */
  dateErrorSum: number;
}

export const EMPTY_COUNTS: BacktestCounts = {
  cases: 0, soonForecasts: 0, soonCameTrue: 0, crossings: 0, crossingsWithoutSoon: 0, crossingsWithoutAny: 0, dateErrorSum: 0,
};

export function addCounts(a: BacktestCounts, b: BacktestCounts): BacktestCounts {
  return {
    cases: a.cases + b.cases,
    soonForecasts: a.soonForecasts + b.soonForecasts,
    soonCameTrue: a.soonCameTrue + b.soonCameTrue,
    crossings: a.crossings + b.crossings,
    crossingsWithoutSoon: a.crossingsWithoutSoon + b.crossingsWithoutSoon,
    crossingsWithoutAny: a.crossingsWithoutAny + b.crossingsWithoutAny,
    dateErrorSum: a.dateErrorSum + b.dateErrorSum,
  };
}

export interface BacktestOptions {
  /** A cut every this many school days, from the first day the forecast may speak. */
  cutEverySchoolDays: number;
}

/** Which of the profile's forecastable rules fired on each school day, per student (what happened). */
export type FiredByDay = Map<IsoDate, Set<string>>;

export function firedByDay(history: StudentHistory, profile: GuidelineProfile, days: readonly IsoDate[]): FiredByDay {
  const triggers = profile.triggers.filter((t) => FORECAST_KINDS.has(t.kind));
  const result: FiredByDay = new Map();
  for (const day of days) {
    const ctx = checkContext(history, day);
    result.set(day, new Set(triggers.filter((t) => checkTrigger(t, ctx).fired).map((t) => t.id)));
  }
  return result;
}

/** One student's term: its school days (as far as the record goes) and what fired on each. */
export interface TermRecord {
  history: StudentHistory;
  days: IsoDate[];
  truth: FiredByDay;
}

/**
 * What happened, worked out once by the engine for every school day of every term, so that many
 * forecast methods can be compared on the same record.
 */
export function termRecords(histories: readonly StudentHistory[], profile: GuidelineProfile, recordEnds?: IsoDate): TermRecord[] {
  const records: TermRecord[] = [];
  for (const history of histories) {
    for (const term of history.calendar.terms) {
      const end = recordEnds && recordEnds < term.end ? recordEnds : term.end;
      if (end < term.start) continue;
      const days = schoolDaysBetween(history.calendar, term.start, end);
      records.push({ history, days, truth: firedByDay(history, profile, days) });
    }
  }
  return records;
}

/** Counts per rule id, over every term record. */
export function backtest(records: readonly TermRecord[], profile: GuidelineProfile, method: ForecastMethod, options: BacktestOptions): Map<string, BacktestCounts> {
  const byRule = new Map<string, BacktestCounts>();
  for (const record of records) backtestTerm(record.history, profile, method, options, record.days, record.truth, byRule);
  return byRule;
}

export function totalCounts(byRule: ReadonlyMap<string, BacktestCounts>): BacktestCounts {
  let total = { ...EMPTY_COUNTS };
  for (const counts of byRule.values()) total = addCounts(total, counts);
  return total;
}

function backtestTerm(
  history: StudentHistory,
  profile: GuidelineProfile,
  method: ForecastMethod,
  options: BacktestOptions,
  days: readonly IsoDate[],
  truth: FiredByDay,
  byRule: Map<string, BacktestCounts>,
): void {
  const horizon = method.soonSchoolDays;
  const triggers = profile.triggers.filter((t) => FORECAST_KINDS.has(t.kind));
  for (let i = method.minObservedSchoolDays - 1; i + horizon < days.length; i += options.cutEverySchoolDays) {
    const cut = days[i]!;
    const firedNow = truth.get(cut)!;
    const forecasts = forecastCrossings(checkContext(history, cut), profile, firedNow, method);
    for (const trigger of triggers) {
      if (firedNow.has(trigger.id)) continue;
      let counts = byRule.get(trigger.id);
      if (!counts) byRule.set(trigger.id, (counts = { ...EMPTY_COUNTS }));
      counts.cases++;
      let firstFired = -1;
      for (let k = 1; k <= horizon; k++) {
        if (truth.get(days[i + k]!)!.has(trigger.id)) {
          firstFired = k;
          break;
        }
      }
      const forecast = forecasts.find((f) => f.triggerId === trigger.id);
      const soon = forecast !== undefined && forecast.basis.schoolDaysAhead <= horizon;
      if (soon) {
        counts.soonForecasts++;
        if (firstFired > 0) {
          counts.soonCameTrue++;
          counts.dateErrorSum += Math.abs(forecast.basis.schoolDaysAhead - firstFired);
        }
      }
      if (firstFired > 0) {
        counts.crossings++;
        if (!soon) counts.crossingsWithoutSoon++;
        if (!forecast) counts.crossingsWithoutAny++;
      }
    }
  }
}
