import type { GuidelineProfile } from '../../guidelines/profile';
import { kearneyForskning } from '../../guidelines/profiles/kearney-forskning';
import { raelingenGrunnskole } from '../../guidelines/profiles/raelingen-grunnskole';
import { FORECAST_METHOD, type ForecastMethod } from '../method';
import { backtest, type BacktestCounts, type TermRecord, totalCounts } from './backtest';

/**
 * The back-test as docs/FORECAST.md reports it: which generated classes tune the method, which
 * report on it, the profiles it runs against, and the tables. The tables are written from a run
 * (tests/unit/forecast/backtest.test.ts with FORECAST_REPORT_WRITE=1), never by hand.
 */

/** Seeds of the generated classes the method was tuned on, and of those it is reported on. */
export const TUNING_SEEDS = [1, 2, 3, 4] as const;
export const REPORT_SEEDS = [101, 102] as const;
/** A cut every school week. */
export const CUT_EVERY_SCHOOL_DAYS = 5;

/**
 * The profiles with rules a forecast can speak to: Kearney (the generic reader's default) and
 * Rælingen. Trøndelag's rules are frequency and per-subject percentages, which are not forecast.
 */
export const BACKTEST_PROFILES: readonly GuidelineProfile[] = [kearneyForskning, raelingenGrunnskole];

export const TUNING_GRID = {
  rateSchoolDays: [10, 15, 20, 30, 40],
  longRunSchoolDays: [3, 5, 8, 1000],
} as const;

/** A long run this long never happens in a term: the grid's "never leave a run out". */
const NEVER = 1000;

export interface RecordSet {
  name: string;
  /** Per profile id: the term records (what happened) of every student in the set. */
  records: Map<string, TermRecord[]>;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

function share(part: number, whole: number): string {
  return `${part} of ${whole} (${percent(part, whole)})`;
}

/**
 * Hits over hits, misses and false alarms (the critical success index): one number that falls
 * both when a "within three weeks" forecast fails and when a crossing comes without one.
 */
export function successIndex(c: BacktestCounts): number {
  const denominator = c.soonForecasts + c.crossingsWithoutSoon;
  return denominator === 0 ? 0 : c.soonCameTrue / denominator;
}

/** The report table: one row per rule and set, then each set's total. */
export function reportTable(sets: readonly RecordSet[], method: ForecastMethod = FORECAST_METHOD): string {
  const lines = [
    '| Set | Rule | Cases | Forecast "within three weeks" | … and it came true | Crossed within three weeks | … without that forecast | … without any forecast | Mean date error (school days) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const set of sets) {
    let all: BacktestCounts[] = [];
    for (const profile of BACKTEST_PROFILES) {
      const byRule = backtest(set.records.get(profile.id) ?? [], profile, method, { cutEverySchoolDays: CUT_EVERY_SCHOOL_DAYS });
      for (const [ruleId, c] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(row(set.name, `${profile.id} / ${ruleId}`, c));
        all = [...all, c];
      }
    }
    lines.push(row(set.name, '**all**', totalCounts(new Map(all.map((c, i) => [String(i), c])))));
  }
  return lines.join('\n');
}

function row(set: string, rule: string, c: BacktestCounts): string {
  const error = c.soonCameTrue === 0 ? '–' : (c.dateErrorSum / c.soonCameTrue).toFixed(1);
  return `| ${set} | ${rule} | ${c.cases} | ${c.soonForecasts} | ${share(c.soonCameTrue, c.soonForecasts)} | ${c.crossings} | ${share(c.crossingsWithoutSoon, c.crossings)} | ${share(c.crossingsWithoutAny, c.crossings)} | ${error} |`;
}

export interface TuningResult {
  best: Pick<ForecastMethod, 'rateSchoolDays' | 'longRunSchoolDays'>;
  table: string;
}

/**
 * Every combination of the grid on the tuning set; the best success index wins (ties: the first in
 * grid order). "Never" (no run is ever left out) is run for comparison but cannot win: extending an
 * illness as if it went on is what the method promises not to do.
 */
export function tune(set: RecordSet): TuningResult {
  const lines = ['| Rate over (school days) | Long run from (school days) | Success index | "Within three weeks" came true | Crossed without that forecast |', '|---:|---:|---:|---:|---:|'];
  let best: TuningResult['best'] | null = null;
  let bestScore = -1;
  for (const rateSchoolDays of TUNING_GRID.rateSchoolDays) {
    for (const longRunSchoolDays of TUNING_GRID.longRunSchoolDays) {
      const method = { ...FORECAST_METHOD, rateSchoolDays, longRunSchoolDays };
      const parts: BacktestCounts[] = [];
      for (const profile of BACKTEST_PROFILES) {
        const byRule = backtest(set.records.get(profile.id) ?? [], profile, method, { cutEverySchoolDays: CUT_EVERY_SCHOOL_DAYS });
        parts.push(totalCounts(byRule));
      }
      const c = totalCounts(new Map(parts.map((p, i) => [String(i), p])));
      const score = successIndex(c);
      const eligible = longRunSchoolDays < NEVER;
      const longRun = eligible ? String(longRunSchoolDays) : 'never (comparison only)';
      lines.push(`| ${rateSchoolDays} | ${longRun} | ${score.toFixed(3)} | ${share(c.soonCameTrue, c.soonForecasts)} | ${share(c.crossingsWithoutSoon, c.crossings)} |`);
      if (eligible && score > bestScore) {
        bestScore = score;
        best = { rateSchoolDays, longRunSchoolDays };
      }
    }
  }
  return { best: best!, table: lines.join('\n') };
}

/** The line in the docs that names the method's tuned settings. */
export function chosenLine(method: Pick<ForecastMethod, 'rateSchoolDays' | 'longRunSchoolDays'>): string {
  return `Chosen: the rate over the last ${method.rateSchoolDays} school days; a long run from ${method.longRunSchoolDays} school days.`;
}
