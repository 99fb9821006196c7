import { isSchoolDay, schoolDaysBetween, schoolYearStart } from '../../model/calendar';
import type { CheckContext } from '../check-context';
import type { TriggerOf } from '../profile';
import { type CheckResult, notFired, undecidable } from './check-result';
import { NO_TERM } from './totals-scope';

/** "Elever som ikke møter første skoledag kontaktes per telefon": a whole day away on the school year's first school day. */
export function checkFirstSchoolDay(trigger: TriggerOf<'firstSchoolDay'>, ctx: CheckContext): CheckResult {
  if (!ctx.term) return undecidable(NO_TERM);
  // Only in the school year's first halvår: by the spring the first day's call is long past.
  if (!ctx.term.first) return notFired();
  const year = schoolYearStart(ctx.term.start);
  const yearStart = ctx.calendar.terms.map((t) => t.start).filter((s) => schoolYearStart(s) === year).sort()[0] ?? ctx.term.start;
  const first = schoolDaysBetween(ctx.calendar, yearStart, ctx.asOf)[0];
  if (first === undefined || !isSchoolDay(ctx.calendar, first)) return notFired();
  const absent = ctx.events.some((e) => e.date === first && e.kind === 'day');
  if (absent) {
    return { fired: true, detail: { code: 'first-school-day', date: first }, values: {}, since: first, unknown: [] };
  }
  if (ctx.history.coverage === 'totals') {
    if (ctx.history.totals?.days === 0) return notFired();
    return undecidable({ code: 'no-dates', quote: trigger.quote });
  }
  return notFired();
}
