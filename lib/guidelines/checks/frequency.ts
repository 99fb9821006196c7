import { addDaysIso, type IsoDate } from '../../model/date';
import { type CheckContext, matchesFilter } from '../check-context';
import type { TriggerOf } from '../profile';
import { type CheckResult, notFired, undecidable } from './check-result';
import { NO_TERM } from './totals-scope';
import { totalsShowNoAbsence } from './totals-window';

/**
 * "Dersom eleven er borte tre eller flere ganger i løpet av en to ukers periode kontaktes elev selv
 * om fraværet er dokumentert." Each school day with absence (whole day, enkelttimer, left early)
 * is one time; lateness is not being away. Counting days rather than episodes keeps the rule
 * monotone: one more day away can never make the student look less absent.
 * Windows are `withinDays` calendar days ending on each day of the halvår up to asOf; the latest
 * stretch of days on which the rule held is reported.
 */
export function checkFrequency(trigger: TriggerOf<'frequency'>, ctx: CheckContext): CheckResult {
  if (totalsShowNoAbsence(ctx)) return notFired();
  if (ctx.history.coverage === 'totals') return undecidable({ code: 'no-dates-frequency', atLeast: trigger.atLeast, withinDays: trigger.withinDays });
  if (!ctx.term) return undecidable(NO_TERM);

  const awayDates = [
    ...new Set(
      ctx.termEvents.filter((e) => e.kind !== 'late' && matchesFilter(e, trigger.filter)).map((e) => e.date),
    ),
  ].sort();
  if (awayDates.length < trigger.atLeast) return notFired();

  const inWindow = (end: IsoDate) => {
    const start = addDaysIso(end, -(trigger.withinDays - 1));
    return awayDates.filter((d) => d >= start && d <= end);
  };
  let runStart: IsoDate | undefined;
  let latest: { since: IsoDate; dates: IsoDate[] } | undefined;
  for (let day = ctx.term.start; day <= ctx.term.end; day = addDaysIso(day, 1)) {
    const dates = inWindow(day);
    if (dates.length >= trigger.atLeast) {
      runStart ??= day;
      if (!latest || latest.since !== runStart || dates.length >= latest.dates.length) latest = { since: runStart, dates };
    } else {
      runStart = undefined;
    }
  }
  if (!latest) return notFired();
  const { dates } = latest;
  return {
    fired: true,
    detail: { code: 'frequency', count: dates.length, withinDays: trigger.withinDays, first: dates[0]!, last: dates.at(-1)!, atLeast: trigger.atLeast },
    values: { count: dates.length, withinDays: trigger.withinDays },
    since: latest.since,
    unknown: [],
  };
}
