import { schoolDaysBetween } from '../../model/calendar';
import type { IsoDate } from '../../model/date';
import type { CheckContext } from '../check-context';
import type { TriggerOf } from '../profile';
import { type CheckResult, notFired, undecidable } from './check-result';
import { NO_TERM } from './totals-scope';
import { totalsShowNoAbsence } from './totals-window';

/**
 * "Ved fravær uten at skolen er kontaktet …", "etter 1-3 sammenhengende dager med uvarslet fravær":
 * runs of consecutive school days absent without notice this halvår. A weekend or a holiday does
 * not break a run (they are not school days); a school day without unnotified absence does.
 * The latest qualifying run is reported, since that is the one the contact deadline runs from.
 */
export function checkUnnotified(trigger: TriggerOf<'unnotified'>, ctx: CheckContext): CheckResult {
  if (totalsShowNoAbsence(ctx)) return notFired();
  if (ctx.history.coverage === 'totals') return undecidable({ code: 'no-dates-unnotified' });
  if (!ctx.term) return undecidable(NO_TERM);
  // Where the source speaks of any absence without notice ("Ikke gitt beskjed om fravær"), a day
  // with unnotified enkelttimer counts as well as a whole day.
  const wholeDays = ctx.termEvents.filter((e) => e.kind === 'day' || (trigger.includeLessons && e.kind === 'lesson'));
  const unnotified = new Set(wholeDays.filter((e) => e.notified === false).map((e) => e.date));
  const schoolDays = schoolDaysBetween(ctx.calendar, ctx.term.start, ctx.term.end);

  const latest = latestRun(schoolDays, unnotified, trigger.minDays);
  if (latest) {
    const days = latest.length;
    const first = latest[0]!;
    return {
      fired: true,
      detail: { code: 'unnotified', days, first },
      values: { days, longest: longestRun(schoolDays, unnotified) },
      // The condition is met on the minDays-th day of the run; with minDays 1 that is its first day.
      since: latest[trigger.minDays - 1]!,
      // Each run is its own occurrence: a call about last month's run does not answer this one.
      occurrences: runs(schoolDays, unnotified)
        .filter((run) => run.length >= trigger.minDays)
        .map((run) => run[trigger.minDays - 1]!),
      unknown: [],
    };
  }
  const maybe = new Set(wholeDays.filter((e) => e.notified !== true).map((e) => e.date));
  if (latestRun(schoolDays, maybe, trigger.minDays)) {
    return undecidable({ code: 'notified-unknown' });
  }
  return notFired();
}

function runs(schoolDays: readonly IsoDate[], absent: ReadonlySet<IsoDate>): IsoDate[][] {
  const found: IsoDate[][] = [];
  let current: IsoDate[] = [];
  for (const day of schoolDays) {
    if (absent.has(day)) current.push(day);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

function latestRun(schoolDays: readonly IsoDate[], absent: ReadonlySet<IsoDate>, minDays: number): IsoDate[] | undefined {
  return runs(schoolDays, absent)
    .filter((run) => run.length >= minDays)
    .at(-1);
}

function longestRun(schoolDays: readonly IsoDate[], absent: ReadonlySet<IsoDate>): number {
  return Math.max(0, ...runs(schoolDays, absent).map((run) => run.length));
}
